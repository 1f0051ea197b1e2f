import type { Ctx } from "../engine/context.ts";
import type { PowerId } from "../model/state.ts";
import { holds } from "../events/conditions.ts";
import type { Known } from "../knowledge/known.ts";
import { forecastSide, forecastWar, type WarForecast } from "../war/forecast.ts";

export interface PowerScore {
  points: number;
  /** The most this power's objectives can give. */
  max: number;
  /** Points scaled so that meeting every objective gives 100. */
  normalised: number;
  objectives: { id: string; achieved: boolean }[];
  /**
   * The general war's forecast outcome for this power (war/forecast.ts), when one is being
   * fought: the objectives' score before it, and what it became.
   */
  war?: { outcome: WarOutcome; before: number } | undefined;
}

/** A belligerent's likely end: occupied, on the losing side, or on the winning side. */
export type WarOutcome = "invaded" | "defeated" | "victorious" | "undecided";

/** Each power's objectives, met or not in this state (game.md "Scores"). */
export function scores(state: Known, ctx: Ctx): Record<PowerId, PowerScore> {
  const out: Record<PowerId, PowerScore> = {};
  for (const id of ctx.powerIds) out[id] = { points: 0, max: 0, normalised: 0, objectives: [] };
  for (const o of ctx.objectives) {
    const s = out[o.power];
    if (s) count(s, state, ctx, o);
  }
  for (const id of ctx.powerIds) {
    const s = out[id];
    if (s) normalise(s);
  }
  const forecast = forecastWar(state, ctx);
  if (forecast) withWar(out, forecast, ctx);
  return out;
}

/** One power's score, as `scores` gives it, without weighing everyone else's objectives. */
export function scoreOf(state: Known, ctx: Ctx, power: PowerId): PowerScore {
  const s: PowerScore = { points: 0, max: 0, normalised: 0, objectives: [] };
  for (const o of ctx.objectives) if (o.power === power) count(s, state, ctx, o);
  normalise(s);
  const forecast = forecastWar(state, ctx);
  if (forecast) withWar({ [power]: s }, forecast, ctx);
  return s;
}

type Objective = Ctx["objectives"][number];

function count(s: PowerScore, state: Known, ctx: Ctx, o: Objective): void {
  const achieved = holds(state, ctx, o.condition);
  s.max += o.points;
  if (achieved) s.points += o.points;
  s.objectives.push({ id: o.id, achieved });
}

function normalise(s: PowerScore): void {
  if (s.max > 0) s.normalised = Math.round((s.points * 100) / s.max);
}

/**
 * Scores look past the outbreak (issue 10): an invaded power keeps only a share of its
 * score, a power on the losing side loses points; winning a general war adds nothing — the
 * war itself is what collective security was meant to prevent.
 */
function withWar(out: Record<PowerId, PowerScore>, f: WarForecast, ctx: Ctx): void {
  const rules = ctx.scenario.rules.forecast;
  for (const id of [...f.sides[0], ...f.sides[1]]) {
    const s = out[id];
    if (!s || s.max === 0) continue;
    const side = forecastSide(f, id);
    const before = s.normalised;
    let outcome: WarOutcome = "undecided";
    if (f.invaded.includes(id)) outcome = "invaded";
    else if (f.winner !== undefined) outcome = side === f.winner ? "victorious" : "defeated";
    if (outcome === "invaded") s.normalised = Math.round(before * rules.invadedFactor);
    if (outcome === "defeated") s.normalised = Math.max(0, before - rules.defeatPenalty);
    s.war = { outcome, before };
  }
}
