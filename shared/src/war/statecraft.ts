import type { OrderRules } from "../orders/types.ts";
import { notYet } from "../orders/stub.ts";
import type { DecisionResolver } from "../engine/decisions.ts";

export const STATECRAFT_ORDERS: Pick<
  OrderRules,
  "demand" | "callConference" | "aid" | "intelligence" | "embargo" | "invest"
> = {
  demand: notYet(),
  callConference: notYet(),
  aid: notYet(),
  intelligence: notYet(),
  embargo: notYet(),
  invest: notYet(),
};

/** Answers to demands: accepted ones transfer the regions (under threat, an aggression). */
export const resolveDemandAnswers: DecisionResolver = () => undefined;
