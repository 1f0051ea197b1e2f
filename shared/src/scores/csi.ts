import type { Ctx } from "../engine/context.ts";
import type { CSI_MEASURES } from "../scenario/schema.ts";
import { holds } from "../events/conditions.ts";
import { generalWar } from "../war/general.ts";
import type { Known } from "../knowledge/known.ts";

export type CsiMeasure = (typeof CSI_MEASURES)[number];

export interface CollectiveSecurityIndex {
  /** 0–100: the weighted mean of the components. */
  value: number;
  /** Each component's own score, 0–100. */
  components: { id: string; weight: number; value: number }[];
}

/**
 * The table's shared result (game.md "Scores"): the scenario's components, each a measure
 * of the state or a condition (met = 100), weighted. A measure with nothing to measure yet
 * (no obligation triggered, no sanctions voted) counts as fully met.
 */
export function collectiveSecurityIndex(state: Known, ctx: Ctx): CollectiveSecurityIndex {
  const components = ctx.scenario.csi.map((c) => {
    let share = 1;
    if (c.measure) share = measure(state, ctx, c.measure);
    if (c.condition && !holds(state, ctx, c.condition)) share = 0;
    return { id: c.id, weight: c.weight, value: Math.round(share * 100) };
  });
  let total = 0;
  let sum = 0;
  for (const c of components) {
    total += c.weight;
    sum += c.weight * c.value;
  }
  return { value: total > 0 ? Math.round(sum / total) : 0, components };
}

/** A measure as a share in 0..1. */
export function measure(state: Known, ctx: Ctx, m: CsiMeasure): number {
  switch (m) {
    case "noGeneralWar":
      return state.ended?.reason === "generalWar" || generalWar(state, ctx) ? 0 : 1;
    case "obligationsHonoured":
      return obligationsHonoured(state);
    case "aggressionsOpposed":
      return aggressionsOpposed(state);
    case "lowTension":
      return (100 - state.tension) / 100;
    case "leagueMembership":
      return leagueMembership(state, ctx);
    case "sanctionsApplied":
      return sanctionsApplied(state);
  }
}

/** Honoured (or, for consultative ones, consulted) over honoured and broken. */
function obligationsHonoured(state: Known): number {
  let kept = 0;
  let broken = 0;
  for (const id in state.obligations) {
    const o = state.obligations[id];
    if (o?.status === "honoured" || o?.status === "consulted") kept += 1;
    else if (o?.status === "broken") broken += 1;
  }
  return ratio(kept, kept + broken);
}

/** Aggressions the victim resisted or a helper honoured an obligation over. */
function aggressionsOpposed(state: Known): number {
  const helped = new Set<string>();
  for (const id in state.obligations) {
    const o = state.obligations[id];
    if (o?.status === "honoured") helped.add(o.aggression);
  }
  let opposed = 0;
  let all = 0;
  for (const id in state.aggressions) {
    const a = state.aggressions[id];
    if (!a) continue;
    all += 1;
    if (a.resisted === true || helped.has(a.id)) opposed += 1;
  }
  return ratio(opposed, all);
}

/** Great powers still in the League, over great powers still in existence. */
function leagueMembership(state: Known, ctx: Ctx): number {
  let members = 0;
  let all = 0;
  for (const id of ctx.powerIds) {
    const p = state.powers[id];
    if (!ctx.powers.get(id)?.great || !p?.alive) continue;
    all += 1;
    if (p.league.member) members += 1;
  }
  return ratio(members, all);
}

/** Members' answers to every sanctions call: applying over applying and refusing. */
function sanctionsApplied(state: Known): number {
  let applying = 0;
  let answered = 0;
  for (const id in state.sanctions) {
    const s = state.sanctions[id];
    if (!s) continue;
    applying += s.applying.length;
    answered += s.applying.length + s.refusing.length;
  }
  return ratio(applying, answered);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
