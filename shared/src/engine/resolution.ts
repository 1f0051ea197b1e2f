import type { Order } from "../actions/orders.ts";
import type { PowerId } from "../model/state.ts";
import { ORDER_RULES, RESOLUTION_SEQUENCE } from "../orders/registry.ts";
import { ruleFor } from "../orders/types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { settleDecisions, type DecisionResolver } from "./decisions.ts";
import { resolveCrisisChoices } from "../events/fire.ts";
import { resolveDemandAnswers } from "../war/statecraft.ts";
import { resolveTransferCompliance, progressTreaties } from "../treaties/lifecycle.ts";
import { resolveSanctionDecisions, resolveMotions } from "../league/motions.ts";
import { resolveVictims } from "../war/aggression.ts";
import { resolveObligations } from "../enforcement/obligations.ts";
import { resolveExcuses } from "../enforcement/settle.ts";
import { resolveAwards } from "../treaties/entry.ts";
import { fightWars } from "../war/fronts.ts";
import type { DecisionKind } from "../model/state.ts";
import { refuse } from "../core/result.ts";

const RESOLVERS: ReadonlyArray<readonly [DecisionKind, DecisionResolver]> = [
  ["crisis", resolveCrisisChoices],
  ["demand", resolveDemandAnswers],
  ["award", resolveAwards],
  ["transfer", resolveTransferCompliance],
  ["sanctions", resolveSanctionDecisions],
  ["victim", resolveVictims],
  ["obligation", resolveObligations],
  ["excuse", resolveExcuses],
];

/**
 * End of the Orders phase. Decisions due now are settled, then every power's orders are
 * adjudicated together, kind by kind in RESOLUTION_SEQUENCE and, within a kind, in the
 * scenario's order of powers. Acts of aggression open the victim's choice and the
 * obligations they trigger, to be decided during the Resolution phase.
 */
export function resolveOrders(d: Draft, ctx: Ctx): void {
  settleDecisions(d, ctx, "orders", RESOLVERS);
  const given: Array<[PowerId, Order]> = [];
  for (const id of ctx.powerIds) {
    const p = d.s.powers[id];
    if (!p || p.orders.length === 0) continue;
    for (const o of p.orders) given.push([id, o]);
    d.power(id).orders = [];
  }
  for (const kind of RESOLUTION_SEQUENCE) {
    for (const [power, order] of given) {
      if (order.kind !== kind) continue;
      const rule = ruleFor(ORDER_RULES, kind);
      // Orders were legal when given; the state may have moved since (simultaneity).
      const refused = d.s.powers[power]?.alive
        ? rule.check(d.s, power, order, ctx)
        : refuse("ERR_NOT_ALLOWED", "The state that gave this order no longer exists.");
      if (refused) {
        d.news("news.orderFailed", { power, order: order.kind, code: refused.code }, [power]);
        continue;
      }
      rule.resolve(d, power, order, ctx);
    }
  }
  resolveMotions(d, ctx);
}

/**
 * End of the Resolution phase: victims resist or submit, obligations are honoured or broken
 * (conditional ones in dependency order), wars are fought on their fronts, then treaties
 * move on (ratifications, notices, expiries, dated transfers) and tension decays.
 */
export function resolveOutcomes(d: Draft, ctx: Ctx): void {
  settleDecisions(d, ctx, "resolution", RESOLVERS);
  fightWars(d, ctx);
  progressTreaties(d, ctx);
  const { decay, decayShare } = ctx.scenario.rules.tension;
  d.tension(-(decay + decayShare * d.s.tension));
  tensionOfTurn(d);
}

/**
 * World tension over the half-year, as public news: where it stood when the turn's news
 * opened and where it stands now. The item carries the half-year's calm (the decay) as its own
 * cause; every other change rides on the news item that reports it, so the report can say why
 * tension moved, and how much moved for reasons this seat does not know.
 */
function tensionOfTurn(d: Draft): void {
  let from = d.s.tension - d.unreportedTension;
  for (const n of d.s.news) if (n.turn === d.s.turn) from -= n.tension ?? 0;
  d.news("news.tensionTurn", { from, to: d.s.tension });
}
