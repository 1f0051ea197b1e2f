import type { Ctx } from "../engine/context.ts";
import type { PowerId } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";

/**
 * A power's war strength before it is shared among its fronts:
 * (army × (1 + mobilisedBonus × mobilisation/100) + air × airWeight) × (0.5 + warSupport/200),
 * less the bite of an oil embargo applied against it. Sanctions without oil leave it intact
 * (League sanctions on Italy in 1935 excluded oil: the war in Ethiopia went on).
 */
export function warStrength(state: Known, ctx: Ctx, power: PowerId): number {
  const p = state.powers[power];
  if (!p?.alive) return 0;
  const w = ctx.scenario.rules.war;
  const base =
    (p.army * (1 + (w.mobilisedBonus * p.mobilisation) / 100) + p.air * w.airWeight) *
    (0.5 + p.warSupport / 200);
  return base * (1 - w.oilBite * oilEmbargoShare(state, ctx, power));
}

/**
 * The share of the world's trade (other than the target's) carried by the members applying
 * an active oil embargo against it; the largest when there are several.
 */
export function oilEmbargoShare(state: Known, ctx: Ctx, target: PowerId): number {
  let best = 0;
  for (const id in state.sanctions) {
    const s = state.sanctions[id];
    if (!s?.active || !s.oil || s.target !== target) continue;
    best = Math.max(best, tradeShare(state, ctx, target, s.applying));
  }
  return best;
}

/** The trade weight of `powers` as a share of every living power's but the target's. */
export function tradeShare(
  state: Known,
  ctx: Ctx,
  target: PowerId,
  powers: readonly PowerId[],
): number {
  let total = 0;
  let part = 0;
  for (const id of ctx.powerIds) {
    if (id === target || !state.powers[id]?.alive) continue;
    const t = ctx.powers.get(id)?.trade ?? 0;
    total += t;
    if (powers.includes(id)) part += t;
  }
  return total > 0 ? part / total : 0;
}
