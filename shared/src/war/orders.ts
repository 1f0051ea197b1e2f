import type { OrderRules } from "../orders/types.ts";
import { notYet } from "../orders/stub.ts";

export const MILITARY_ORDERS: Pick<
  OrderRules,
  | "rearm"
  | "mobilise"
  | "demobilise"
  | "fortify"
  | "remilitarise"
  | "occupy"
  | "annex"
  | "declareWar"
  | "attack"
  | "blockade"
> = {
  rearm: notYet(),
  mobilise: notYet(),
  demobilise: notYet(),
  fortify: notYet(),
  remilitarise: notYet(),
  occupy: notYet(),
  annex: notYet(),
  declareWar: notYet(),
  attack: notYet(),
  blockade: notYet(),
};
