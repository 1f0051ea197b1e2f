import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId, RegionId, TreatyId } from "../model/state.ts";
import { bindingClauses } from "./query.ts";
import type { Known } from "../knowledge/known.ts";
import { boundBy } from "./terms.ts";

/**
 * A party breaks a treaty outright: it stops binding anyone, the breaker loses credibility
 * and the world grows tenser. Public: a violation is done in the open (Rhineland, 7 March 1936).
 */
export function violateTreaty(d: Draft, ctx: Ctx, treatyId: TreatyId, by: PowerId): void {
  const rules = ctx.scenario.rules;
  const t = d.treaty(treatyId);
  const others = t.parties.filter((p) => p !== by && !t.breachedBy?.includes(p));
  if (t.ends?.onBreach === "survives" && others.length >= 2) {
    // The treaty stays in force among the others; the breaker is denied its benefits
    // (Kellogg–Briand Pact, preamble). A second breach by the same party costs nothing more.
    if (t.breachedBy?.includes(by)) return;
    t.breachedBy = [...(t.breachedBy ?? []), by];
  } else {
    t.status = "violated";
    t.violatedBy = by;
    t.endTurn = d.s.turn;
  }
  const p = d.power(by);
  p.credibility = Math.max(0, p.credibility - rules.credibility.treatyViolated);
  d.tension(rules.tension.breach);
  d.news("news.treatyViolated", { treaty: t.id, name: t.name, by });
}

/**
 * Remilitarising a region violates every treaty in force, to which the power is a party,
 * that keeps the region demilitarised. Called by the military module's remilitarise order.
 * Returns the treaties violated.
 */
export function violateDemilitarisation(
  d: Draft,
  ctx: Ctx,
  power: PowerId,
  region: RegionId,
): TreatyId[] {
  const hit: TreatyId[] = [];
  for (const { treaty, clause } of bindingClauses(d.s, "demilitarisation")) {
    if (!boundBy(treaty, clause, power) || !clause.regions.includes(region)) continue;
    if (!hit.includes(treaty.id)) hit.push(treaty.id);
  }
  for (const id of hit) violateTreaty(d, ctx, id, power);
  return hit;
}

/**
 * Whether the power's navy (or the navy it would have after a rearmament) stays within
 * every naval limitation in force on it (Anglo-German agreement, 18 June 1935: 35 %).
 */
export function navalLimitOk(
  state: Known,
  power: PowerId,
  navy: number = state.powers[power]?.navy ?? 0,
): boolean {
  for (const { clause } of bindingClauses(state, "navalLimitation")) {
    if (clause.limited !== power) continue;
    if (navy > clause.ratio * (state.powers[clause.relativeTo]?.navy ?? 0)) return false;
  }
  return true;
}

/** A power builds past its naval limitation: each limiting treaty is violated. */
export function violateNavalLimitation(
  d: Draft,
  ctx: Ctx,
  power: PowerId,
  navy: number = d.s.powers[power]?.navy ?? 0,
): TreatyId[] {
  const hit: TreatyId[] = [];
  for (const { treaty, clause } of bindingClauses(d.s, "navalLimitation")) {
    if (clause.limited !== power || hit.includes(treaty.id)) continue;
    if (navy > clause.ratio * (d.s.powers[clause.relativeTo]?.navy ?? 0)) hit.push(treaty.id);
  }
  for (const id of hit) violateTreaty(d, ctx, id, power);
  return hit;
}
