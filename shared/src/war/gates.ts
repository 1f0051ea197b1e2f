import { refuse, type RuleError } from "../core/result.ts";
import type { Order } from "../actions/orders.ts";
import type { Ctx } from "../engine/context.ts";
import type { PowerId } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";

/** Checks shared by the military and statecraft orders. */

export function checkTarget(state: Known, power: PowerId, target: PowerId): RuleError | undefined {
  if (target === power) return refuse("ERR_NOT_ALLOWED", "You cannot do that to yourself.");
  if (!state.powers[target]) return refuse("ERR_UNKNOWN_POWER", `There is no power ${target}.`);
  if (!state.powers[target].alive) return refuse("ERR_NOT_ALLOWED", `${target} no longer exists.`);
  return undefined;
}

const PRODUCTION_COST: Partial<Record<Order["kind"], (ctx: Ctx) => number>> = {
  rearm: (ctx) => ctx.scenario.rules.economy.rearmCost,
  fortify: (ctx) => ctx.scenario.rules.economy.fortifyCost,
  invest: (ctx) => ctx.scenario.rules.economy.investCost,
};

/**
 * Production is spent at resolution; an order given now must be payable after every
 * costed order already given this turn, so that none fails later for want of it.
 */
export function checkProduction(
  state: Known,
  power: PowerId,
  cost: number,
  ctx: Ctx,
): RuleError | undefined {
  const p = state.powers[power];
  if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
  let committed = 0;
  for (const o of p.orders) committed += PRODUCTION_COST[o.kind]?.(ctx) ?? 0;
  const left = (p.production ?? 0) - committed;
  if (left < cost) {
    return refuse(
      "ERR_NOT_ENOUGH_INDUSTRY",
      `That costs ${cost} production; you have ${Math.max(0, left)} left.`,
    );
  }
  return undefined;
}

/**
 * A democracy cannot go to war below the tension threshold unless the enemy has already
 * committed an aggression against it (game.md "World tension"). Obligations bring
 * democracies into wars through joinWar, not through this gate.
 */
export function checkWarGate(
  state: Known,
  power: PowerId,
  target: PowerId,
  ctx: Ctx,
): RuleError | undefined {
  if (ctx.powers.get(power)?.government !== "democracy") return undefined;
  const threshold = ctx.scenario.rules.tension.democracyWar;
  if (state.tension >= threshold) return undefined;
  for (const id in state.aggressions) {
    const a = state.aggressions[id];
    if (a && a.aggressor === target && a.victim === power) return undefined;
  }
  return refuse(
    "ERR_TENSION_TOO_LOW",
    `Parliament will not go to war while world tension is below ${threshold} unless attacked.`,
  );
}
