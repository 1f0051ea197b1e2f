import { refuse } from "../core/result.ts";
import type { Order } from "../actions/orders.ts";
import type { Ctx } from "../engine/context.ts";
import type { Handler } from "../engine/handler.ts";
import type { RuleError } from "../core/result.ts";
import type { PowerId } from "../model/state.ts";
import { ORDER_RULES } from "./registry.ts";
import { ruleFor } from "./types.ts";
import type { Known } from "../knowledge/known.ts";

function orderCost(order: Order, ctx: Ctx): number {
  return ctx.scenario.rules.orderCosts[order.kind];
}

/** Legality of giving this order now (phase, action points, the order's own rule). */
function checkOrder(state: Known, power: PowerId, order: Order, ctx: Ctx): RuleError | undefined {
  if (state.phase !== "orders")
    return refuse("ERR_WRONG_PHASE", "Orders are given in the Orders phase.");
  const p = state.powers[power];
  if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
  if (p.orders.length >= ctx.scenario.rules.maxOrdersPerTurn) {
    return refuse("ERR_LIMIT", "You have given as many orders as a turn allows.");
  }
  const cost = orderCost(order, ctx);
  const ap = p.ap ?? 0;
  if (cost > ap) {
    return refuse(
      "ERR_NOT_ENOUGH_AP",
      `That order costs ${cost} action points; you have ${ap} left.`,
    );
  }
  if (p.orders.some((o) => sameOrder(o, order))) {
    return refuse("ERR_ALREADY_DONE", "You have already given that order this turn.");
  }
  return ruleFor(ORDER_RULES, order.kind).check(state, power, order, ctx);
}

function sameOrder(a: Order, b: Order): boolean {
  if (a.kind !== b.kind) return false;
  // Economic and rearmament orders may be repeated; the rest act once per target.
  if (a.kind === "rearm" || a.kind === "invest" || a.kind === "fortify") return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export const giveOrder: Handler<"order"> = {
  check(state, by, action, ctx) {
    if (by === "system") return refuse("ERR_NOT_ALLOWED", "Only a power gives orders.");
    return checkOrder(state, by, action.order, ctx);
  },
  run(d, by, action, ctx) {
    const p = d.power(by);
    p.ap -= orderCost(action.order, ctx);
    p.orders.push(action.order);
  },
};

export const cancelOrder: Handler<"cancelOrder"> = {
  check(state, by, action) {
    if (by === "system") return refuse("ERR_NOT_ALLOWED", "Only a power gives orders.");
    if (state.phase !== "orders")
      return refuse("ERR_WRONG_PHASE", "Orders are given in the Orders phase.");
    if (!state.powers[by]?.orders[action.index])
      return refuse("ERR_BAD_ACTION", "There is no such order.");
    return undefined;
  },
  run(d, by, action, ctx) {
    const p = d.power(by);
    const [removed] = p.orders.splice(action.index, 1);
    if (removed) p.ap += orderCost(removed, ctx);
  },
};
