import type { OrderRules } from "../orders/types.ts";
import { notYet } from "../orders/stub.ts";

/** Diplomatic orders about treaties and guarantees. */
export const DIPLOMATIC_ORDERS: Pick<
  OrderRules,
  "ratify" | "denounce" | "guarantee" | "grantAccess" | "refuseAccess" | "recognise"
> = {
  ratify: notYet(),
  denounce: notYet(),
  guarantee: notYet(),
  grantAccess: notYet(),
  refuseAccess: notYet(),
  recognise: notYet(),
};
