import type { OrderRules } from "../orders/types.ts";
import { notYet } from "../orders/stub.ts";

export const LEAGUE_ORDERS: Pick<OrderRules, "joinLeague" | "leaveLeague"> = {
  joinLeague: notYet(),
  leaveLeague: notYet(),
};
