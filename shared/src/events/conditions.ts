import { FIRST_YEAR, TURN_LABEL_RE } from "../core/calendar.ts";
import type { Ctx } from "../engine/context.ts";
import type { PowerId } from "../model/state.ts";
import type { Condition } from "../scenario/conditions.ts";
import { effectiveAssistance } from "../enforcement/triggers.ts";
import { canReach } from "../enforcement/reach.ts";
import { theatreOfPower } from "../war/geo.ts";
import { oilEmbargoShare, warStrength } from "../war/strength.ts";
import { generalWar } from "../war/general.ts";
import type { Known } from "../knowledge/known.ts";

/**
 * Whether a scenario condition holds in a state. Unknown powers, regions and events make
 * their condition false (a scenario that names a state not in play simply never meets it).
 */
export function holds(state: Known, ctx: Ctx, c: Condition): boolean {
  if ("all" in c) return c.all.every((x) => holds(state, ctx, x));
  if ("any" in c) return c.any.some((x) => holds(state, ctx, x));
  if ("not" in c) return !holds(state, ctx, c.not);
  if ("turnAtLeast" in c) return state.turn >= labelIndex(c.turnAtLeast);
  if ("turnAtMost" in c) return state.turn <= labelIndex(c.turnAtMost);
  if ("flag" in c) return state.flags.includes(c.flag);
  if ("eventFired" in c) return state.fired[c.eventFired] !== undefined;
  if ("choiceMade" in c) {
    const { event, power, choice } = c.choiceMade;
    return state.choices[event]?.[power] === choice;
  }
  if ("controls" in c) return state.regions[c.controls.region]?.controller === c.controls.power;
  if ("owns" in c) return state.regions[c.owns.region]?.owner === c.owns.power;
  if ("demilitarised" in c) return state.regions[c.demilitarised]?.demilitarised === true;
  if ("tensionAtLeast" in c) return state.tension >= c.tensionAtLeast;
  if ("tensionBelow" in c) return state.tension < c.tensionBelow;
  if ("leagueMember" in c) return state.powers[c.leagueMember]?.league.member === true;
  if ("atWar" in c) return atWar(state, c.atWar[0], c.atWar[1]);
  if ("atWarAny" in c) return atWar(state, c.atWarAny, undefined);
  if ("generalWar" in c) return generalWar(state, ctx);
  if ("alive" in c) return state.powers[c.alive]?.alive === true;
  if ("noForeignTroops" in c) return noForeignTroops(state, ctx, c.noForeignTroops);
  if ("figureAtLeast" in c) {
    const { power, figure, value } = c.figureAtLeast;
    const p = state.powers[power];
    return p !== undefined && p[figure] >= value;
  }
  if ("treatyInForce" in c) return treatyInForce(state, c.treatyInForce);
  if ("effectiveAssistance" in c) {
    return effectiveAssistance(state, c.effectiveAssistance.from, c.effectiveAssistance.to);
  }
  if ("reaches" in c) {
    const { from, to } = c.reaches;
    return (
      Boolean(state.powers[from]?.alive && state.powers[to]?.alive) &&
      canReach(state, ctx, from, to)
    );
  }
  if ("outmatches" in c) return outmatches(state, ctx, c.outmatches);
  if ("trustBelow" in c) {
    const { of, in: toward, value } = c.trustBelow;
    return trust(state, ctx, of, toward) < value;
  }
  if ("obligationsBroken" in c) {
    const p = state.powers[c.obligationsBroken.power];
    return p !== undefined && p.breaches <= c.obligationsBroken.atMost;
  }
  // A new condition kind in the schema must be given its rule here.
  const unhandled: never = c;
  return unhandled;
}

/**
 * One power's war strength over another's, at least `ratio`. In a theatre away from its home
 * an embargoed power's expedition also lacks oil: its strength loses `overseasOilBite` times
 * the embargo's share (Italy in Ethiopia, 1935–36).
 */
function outmatches(
  state: Known,
  ctx: Ctx,
  q: { power: string; than: string; ratio: number; theatre?: string | undefined },
): boolean {
  let mine = warStrength(state, ctx, q.power);
  if (q.theatre !== undefined && q.theatre !== theatreOfPower(ctx, q.power)) {
    const bite = ctx.scenario.rules.war.overseasOilBite * oilEmbargoShare(state, ctx, q.power);
    mine *= Math.max(0, 1 - bite);
  }
  return mine >= q.ratio * warStrength(state, ctx, q.than);
}

/** Where trust starts between two powers that share no record. */
export const TRUST_BASE = 50;
/** What each obligation a power has broken, or honoured, does to others' trust in it. */
export const TRUST_BREACH = -10;
export const TRUST_HONOURED = 5;

/**
 * How far `of` trusts `toward` (0–100): the record remembered between the two (issue 10). The
 * scenario's trust rules (obligations honoured or broken, conferences one was excluded from,
 * denunciations…, each a condition with a source) add up, and so does every obligation
 * `toward` has broken or honoured in play. 1939's choices read it (the Moscow talks, the
 * German–Soviet pact) rather than a date.
 */
export function trust(state: Known, ctx: Ctx, of: PowerId, toward: PowerId): number {
  let t = TRUST_BASE;
  for (const rule of ctx.scenario.trust) {
    if (!rule.of.includes(of) || !rule.in.includes(toward)) continue;
    if (holds(state, ctx, rule.when)) t += rule.delta;
  }
  const p = state.powers[toward];
  if (p) t += TRUST_BREACH * p.breaches + TRUST_HONOURED * Math.min(p.honoured, 4);
  return Math.max(0, Math.min(100, t));
}

const labels = new Map<string, number>();

/** A turn label's index, also for labels outside the game's 14 turns (1932-II is -1). */
export function labelIndex(label: string): number {
  const cached = labels.get(label);
  if (cached !== undefined) return cached;
  const m = TURN_LABEL_RE.exec(label);
  const index = m ? (Number(m[1]) - FIRST_YEAR) * 2 + (m[2] === "II" ? 1 : 0) : Number.NaN;
  labels.set(label, index);
  return index;
}

/** Two powers on opposite sides of a war not yet ended (any opponent when `b` is absent). */
export function atWar(state: Known, a: PowerId, b: PowerId | undefined): boolean {
  for (const id in state.wars) {
    const w = state.wars[id];
    if (!w || w.endedTurn !== undefined) continue;
    const [x, y] = w.sides;
    if (b === undefined) {
      if (x.includes(a) || y.includes(a)) return true;
    } else if ((x.includes(a) && y.includes(b)) || (x.includes(b) && y.includes(a))) {
      return true;
    }
  }
  return false;
}

/** No region the power owns is held by another (Poland's condition for Soviet help, 1939). */
function noForeignTroops(state: Known, ctx: Ctx, power: PowerId): boolean {
  if (!state.powers[power]) return false;
  for (const r of ctx.regionIds) {
    const x = state.regions[r];
    if (x?.owner === power && x.controller !== null && x.controller !== power) return false;
  }
  return true;
}

function treatyInForce(
  state: Known,
  q: { parties: string[]; clause?: string | undefined; secret?: boolean | undefined },
): boolean {
  for (const id in state.treaties) {
    const t = state.treaties[id];
    if (!t || t.status !== "inForce") continue;
    if (!q.parties.every((p) => t.parties.includes(p))) continue;
    if (q.clause === undefined && q.secret === undefined) return true;
    const match = t.clauses.some(
      (k) =>
        (q.clause === undefined || k.kind === q.clause) &&
        (q.secret === undefined || k.secret === q.secret),
    );
    if (match) return true;
  }
  return false;
}
