import type { Ctx } from "../engine/context.ts";
import type { PowerId } from "../model/state.ts";
import { holds } from "../events/conditions.ts";
import type { Known } from "../knowledge/known.ts";

export interface PowerScore {
  points: number;
  /** The most this power's objectives can give. */
  max: number;
  /** Points scaled so that meeting every objective gives 100. */
  normalised: number;
  objectives: { id: string; achieved: boolean }[];
}

/** Each power's objectives, met or not in this state (game.md "Scores"). */
export function scores(state: Known, ctx: Ctx): Record<PowerId, PowerScore> {
  const out: Record<PowerId, PowerScore> = {};
  for (const id of ctx.powerIds) out[id] = { points: 0, max: 0, normalised: 0, objectives: [] };
  for (const o of ctx.objectives) {
    const s = out[o.power];
    if (!s) continue;
    const achieved = holds(state, ctx, o.condition);
    s.max += o.points;
    if (achieved) s.points += o.points;
    s.objectives.push({ id: o.id, achieved });
  }
  for (const id of ctx.powerIds) {
    const s = out[id];
    if (s && s.max > 0) s.normalised = Math.round((s.points * 100) / s.max);
  }
  return out;
}
