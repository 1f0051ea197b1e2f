import type { RuleError } from "../core/result.ts";
import type { Order, OrderKind } from "../actions/orders.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";

type OrderOf<K extends OrderKind> = Extract<Order, { kind: K }>;

/**
 * One order kind's rules. `check` runs when the order is given (and again at resolution,
 * since the state may have changed): undefined means legal. `resolve` carries it out at
 * Resolution; it may assume `check` passed.
 */
export interface OrderRule<K extends OrderKind> {
  check(state: Known, power: PowerId, order: OrderOf<K>, ctx: Ctx): RuleError | undefined;
  resolve(d: Draft, power: PowerId, order: OrderOf<K>, ctx: Ctx): void;
  /** Candidate orders of this kind for legalActions (before AP and `check` filtering). */
  candidates(state: Known, power: PowerId, ctx: Ctx): OrderOf<K>[];
}

export type OrderRules = { [K in OrderKind]: OrderRule<K> };

/** An order rule seen through the union of all orders, for dispatch by kind. */
export interface AnyOrderRule {
  check(state: Known, power: PowerId, order: Order, ctx: Ctx): RuleError | undefined;
  resolve(d: Draft, power: PowerId, order: Order, ctx: Ctx): void;
  candidates(state: Known, power: PowerId, ctx: Ctx): Order[];
}

export const ruleFor = (rules: OrderRules, kind: OrderKind): AnyOrderRule => rules[kind];
