import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";
import { activeWars, atWarAny } from "./aggression.ts";
import { exposeAidBreaches } from "./covert.ts";
import { tradeShare } from "./strength.ts";
import type { Known } from "../knowledge/known.ts";

/**
 * Start of a turn: each living power's industry yields production, less the bite of League
 * sanctions, embargoes and blockades; mobilisation costs upkeep; a war wears down war
 * support and stability. Then aid given in breach of non-intervention comes to light.
 */
export function startOfTurnEconomy(d: Draft, ctx: Ctx): void {
  const rules = ctx.scenario.rules;
  // Embargoes do not change in this loop: who has any is found once, not for every target.
  const embargoers = ctx.powerIds.filter((id) => (d.s.powers[id]?.embargoes.length ?? 0) > 0);
  for (const id of ctx.powerIds) {
    const p = d.s.powers[id];
    if (!p?.alive) continue;
    const bite = Math.min(1, tradeBite(d.s, ctx, id, embargoers) + blockadeBite(d.s, ctx, id));
    const income = p.industry * rules.economy.yield * (1 - bite);
    const upkeep = (rules.economy.mobilisationUpkeep * p.mobilisation) / rules.war.mobilisationStep;
    const w = d.power(id);
    w.production = Math.max(0, round2(p.production + income - upkeep));
    if (atWarAny(d.s, id)) {
      w.warSupport = Math.max(0, w.warSupport - rules.war.weariness);
      w.stability = Math.max(0, w.stability - rules.war.wearinessStability);
    }
  }
  exposeAidBreaches(d, ctx);
}

/**
 * The share of income lost to economic pressure. League sanctions bite in proportion to the
 * trade of the members applying them (× sanctionsBite), less (× nonMemberLeak) while a
 * non-member still trades with the target; embargoes by powers not already applying
 * sanctions bite in proportion to their trade (× embargoBite).
 */
export function tradeBite(
  state: Known,
  ctx: Ctx,
  target: PowerId,
  /** The powers that may embargo (in ctx.powerIds order): all of them unless the caller knows. */
  candidates: readonly PowerId[] = ctx.powerIds,
): number {
  const rules = ctx.scenario.rules;
  const sanctioning = new Set<PowerId>();
  let bite = 0;
  // Most turns have no sanctions and no embargoes: skip the sort and the scan then.
  for (const sid of hasKeys(state.sanctions) ? Object.keys(state.sanctions).sort() : []) {
    const s = state.sanctions[sid];
    if (!s?.active || s.target !== target) continue;
    let b = rules.league.sanctionsBite * tradeShare(state, ctx, target, s.applying);
    if (nonMembersTrade(state, ctx, target)) b *= rules.league.nonMemberLeak;
    bite = Math.max(bite, b);
    for (const p of s.applying) sanctioning.add(p);
  }
  const embargoing: PowerId[] = [];
  for (const id of candidates) {
    const p = state.powers[id];
    if (!p || p.embargoes.length === 0 || id === target || sanctioning.has(id)) continue;
    if (p.alive && p.embargoes.includes(target)) embargoing.push(id);
  }
  if (embargoing.length > 0)
    bite += rules.economy.embargoBite * tradeShare(state, ctx, target, embargoing);
  return Math.min(1, bite);
}

/** A living power outside the League, with trade, keeps trading with the target. */
function nonMembersTrade(state: Known, ctx: Ctx, target: PowerId): boolean {
  for (const id of ctx.powerIds) {
    const p = state.powers[id];
    if (id === target || !p?.alive || p.league.member || p.embargoes.includes(target)) continue;
    if ((ctx.powers.get(id)?.trade ?? 0) > 0) return true;
  }
  return false;
}

/** Blockades against the power bite by the blockader's navy relative to its own. */
function blockadeBite(state: Known, ctx: Ctx, target: PowerId): number {
  let bite = 0;
  const own = Math.max(1, state.powers[target]?.navy ?? 0);
  for (const w of activeWars(state)) {
    for (const b of w.blockades ?? []) {
      if (b.target !== target || !state.powers[b.by]?.alive) continue;
      const navy = state.powers[b.by]?.navy ?? 0;
      bite += ctx.scenario.rules.war.blockadeBite * Math.min(1, navy / own);
    }
  }
  return bite;
}

function hasKeys(record: object): boolean {
  for (const _ in record) return true;
  return false;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
