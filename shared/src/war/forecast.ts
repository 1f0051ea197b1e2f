import type { Ctx } from "../engine/context.ts";
import type { Known } from "../knowledge/known.ts";
import type { PowerId } from "../model/state.ts";
import { bindingTreaties } from "../treaties/query.ts";
import { activeWars } from "./aggression.ts";
import { generalWar } from "./general.ts";
import { oilEmbargoShare, warStrength } from "./strength.ts";

/**
 * The war beyond its outbreak (issue 10): a general war ends the match, and the war rules
 * project it forward, half-year by half-year, to a forecast outcome — who would likely win,
 * in how long, who would be invaded on the way, and why. Expected values, no dice: the same
 * final state gives the same forecast. It reads only what it is given (a seat's view at the
 * end shows every figure; during play, a view's estimates).
 *
 * Each half-year: every belligerent mobilises fully and turns its industry into forces (less
 * for a side blockaded or under an oil embargo); the two sides wear each other down in
 * proportion to the other's strength (the war rules' attrition), the defender's frontier
 * fortifications multiplying its strength. A small state whose enemies bordering it outweigh
 * it by the overrun ratio — or by the breakthrough ratio when no ally borders it, so that help
 * cannot arrive in time — is overrun at once (Poland, September 1939). A side breaks when it
 * is worn below the scenario's collapse share of its fully mobilised strength.
 */

export const FORECAST_REASONS = [
  "outproduces",
  "commandsSea",
  "oilEmbargo",
  "moreGreatPowers",
  "alone",
  "fortified",
  "overrun",
  "helpCannotArrive",
  "partition",
  "evenlyMatched",
] as const;
export type ForecastReasonCode = (typeof FORECAST_REASONS)[number];

export interface ForecastReason {
  readonly code: ForecastReasonCode;
  readonly power?: PowerId;
}

export interface WarForecast {
  /** Side 0 began the war (the aggressor's side); side 1 resisted. */
  readonly sides: readonly [readonly PowerId[], readonly PowerId[]];
  readonly aggressor: PowerId;
  readonly victim: PowerId;
  /** Each side's war strength at the outbreak. */
  readonly strength: readonly [number, number];
  /** The side likely to win, or undefined when neither breaks within the horizon. */
  readonly winner: 0 | 1 | undefined;
  /** Half-years until a side breaks (the horizon when none does). */
  readonly halfYears: number;
  /** Belligerents likely to be invaded and occupied, the side that wins included. */
  readonly invaded: readonly PowerId[];
  readonly reasons: readonly ForecastReason[];
}

/** The forecast of the general war in this state, if one is being fought. */
export function forecastWar(state: Known, ctx: Ctx): WarForecast | undefined {
  if (!generalWar(state, ctx)) return undefined;
  const rules = ctx.scenario.rules;
  const f = rules.forecast;
  const wars = activeWars(state).filter((w) => w.theatre === "europe" && !w.conflict);
  const main = wars.find((w) => greatOn(state, ctx, w.sides[0]) && greatOn(state, ctx, w.sides[1]));
  if (!main) return undefined;
  const sides = coalitions(state, wars, main.sides);
  const touching = landBorders(state, ctx);
  const borders = (a: PowerId, b: PowerId) => touching.has(`${a}>${b}`);
  const grow = (p: PowerId) =>
    ((state.powers[p]?.industry ?? 0) * rules.economy.yield * rules.economy.rearmStep) /
    rules.economy.rearmCost;
  const full = (p: PowerId) => {
    const x = state.powers[p];
    if (!x) return 0;
    const mobilised = { ...x, mobilisation: 100 };
    return warStrength({ ...state, powers: { ...state.powers, [p]: mobilised } }, ctx, p);
  };
  const start: [number, number] = [sum(sides[0], (p) => warStrength(state, ctx, p)), 0];
  start[1] = sum(sides[1], (p) => warStrength(state, ctx, p));
  const navy = sides.map((s) => sum(s, (p) => state.powers[p]?.navy ?? 0));
  const command = ([0, 1] as const).map((i) => {
    const other = navy[i === 0 ? 1 : 0] ?? 0;
    return (navy[i] ?? 0) >= rules.war.blockadeNavy && (navy[i] ?? 0) > 2 * other;
  });
  const reasons: ForecastReason[] = [];
  const { level: fort, holder } = frontier(state, ctx, sides[1], sides[0]);
  if (fort >= 2 && holder) reasons.push({ code: "fortified", power: holder });
  // Small states overrun at once, whatever the war's end.
  const invaded = new Set<PowerId>();
  for (const [i, side] of sides.entries()) {
    const enemies = sides[i === 0 ? 1 : 0];
    for (const p of side) {
      if (ctx.powers.get(p)?.great) continue;
      // A partner of the enemy's with a sphere in this state's land takes its share (the
      // secret protocol of 23 August 1939; the Red Army entered Poland on 17 September).
      const partners = sphereTakers(state, enemies, p).filter(
        (x) => !side.includes(x) && !enemies.includes(x) && borders(p, x),
      );
      const near = enemies.filter((e) => borders(p, e));
      if (near.length > 0) for (const x of partners) reasons.push({ code: "partition", power: x });
      const against = sum([...near, ...(near.length > 0 ? partners : [])], (e) =>
        warStrength(state, ctx, e),
      );
      const own =
        warStrength(state, ctx, p) * (1 + rules.war.fortificationBonus * fortOf(state, p));
      if (near.length === 0) continue;
      // Help that cannot arrive by land leaves it to face its neighbours alone for a time.
      const helped = side.some((x) => x !== p && borders(p, x));
      const ratio = against / Math.max(own, 0.01);
      if (ratio >= rules.war.overrunRatio || (!helped && ratio >= rules.war.breakthroughRatio)) {
        invaded.add(p);
        reasons.push({ code: helped ? "overrun" : "helpCannotArrive", power: p });
      }
    }
  }
  let s: [number, number] = [
    sum(sides[0], (p) => (invaded.has(p) ? 0 : full(p))),
    sum(sides[1], (p) => (invaded.has(p) ? 0 : full(p))),
  ];
  const peak: [number, number] = [Math.max(s[0], 0.01), Math.max(s[1], 0.01)];
  const growth = ([0, 1] as const).map((i) => {
    const cut = command[i === 0 ? 1 : 0] ? f.blockadeCut : 0;
    return sum(sides[i], (p) => {
      if (invaded.has(p)) return 0;
      const oil = oilEmbargoShare(state, ctx, p) * rules.war.oilBite;
      return grow(p) * (1 - cut) * (1 - oil);
    });
  });
  const k = rules.war.attrition;
  const defence = 1 + rules.war.fortificationBonus * fort;
  let winner: 0 | 1 | undefined;
  let halfYears = f.horizon;
  for (let t = 1; t <= f.horizon; t++) {
    const loss0 = k * s[1];
    const loss1 = (k * s[0]) / defence;
    s = [
      Math.max(0, s[0] - loss0 + (growth[0] ?? 0)),
      Math.max(0, s[1] - loss1 + (growth[1] ?? 0)),
    ];
    const broken0 = s[0] < f.collapse * peak[0];
    const broken1 = s[1] < f.collapse * peak[1];
    if (broken0 || broken1) {
      winner = broken0 && broken1 ? (s[0] / peak[0] < s[1] / peak[1] ? 1 : 0) : broken0 ? 1 : 0;
      halfYears = t;
      break;
    }
  }
  if (winner === undefined) reasons.unshift({ code: "evenlyMatched" });
  else {
    const w = winner;
    const l = w === 0 ? 1 : 0;
    const why: ForecastReason[] = [];
    if ((growth[w] ?? 0) > 1.2 * (growth[l] ?? 0)) why.push({ code: "outproduces" });
    if (command[w]) why.push({ code: "commandsSea" });
    const great = (i: 0 | 1) => sides[i].filter((p) => ctx.powers.get(p)?.great).length;
    if (great(w) > great(l)) why.push({ code: "moreGreatPowers" });
    if (sides[l].length === 1) why.push({ code: "alone", power: sides[l][0] ?? "" });
    for (const p of sides[l]) {
      if (oilEmbargoShare(state, ctx, p) > 0) why.push({ code: "oilEmbargo", power: p });
    }
    reasons.unshift(...why);
    // The losers that border a winner are occupied.
    for (const p of sides[l]) {
      if (sides[w].some((e) => borders(p, e))) invaded.add(p);
    }
  }
  return {
    sides,
    aggressor: main.aggressor,
    victim: main.victim,
    strength: start,
    winner,
    halfYears,
    invaded: ctx.powerIds.filter((p) => invaded.has(p)),
    reasons,
  };
}

/**
 * Powers to whom a treaty in force with one of the enemies gives a sphere in the victim's
 * land (a spheres clause naming regions the victim owns), in a stable order.
 */
function sphereTakers(state: Known, enemies: readonly PowerId[], victim: PowerId): PowerId[] {
  const out = new Set<PowerId>();
  for (const t of bindingTreaties(state)) {
    if (!t.parties.some((p) => enemies.includes(p))) continue;
    for (const c of t.clauses) {
      if (c.kind !== "spheres") continue;
      for (const sp of c.spheres) {
        if (enemies.includes(sp.power) || !state.powers[sp.power]?.alive) continue;
        if (sp.regions.some((r) => state.regions[r]?.owner === victim)) out.add(sp.power);
      }
    }
  }
  return [...out].sort();
}

function greatOn(state: Known, ctx: Ctx, side: readonly PowerId[]): boolean {
  return side.some((p) => state.powers[p]?.alive && ctx.powers.get(p)?.great);
}

/**
 * The two coalitions: the general war's sides, joined by those who fight a member of one of
 * them in another European war (on the other side), in a stable order.
 */
function coalitions(
  state: Known,
  wars: ReturnType<typeof activeWars>,
  seed: readonly [readonly PowerId[], readonly PowerId[]],
): [PowerId[], PowerId[]] {
  const side = new Map<PowerId, 0 | 1>();
  for (const p of seed[0]) side.set(p, 0);
  for (const p of seed[1]) if (!side.has(p)) side.set(p, 1);
  for (let pass = 0; pass < 2; pass++) {
    for (const w of wars) {
      for (const i of [0, 1] as const) {
        const known = w.sides[i].find((p) => side.has(p));
        if (known === undefined) continue;
        const mine = side.get(known) ?? 0;
        for (const p of w.sides[i]) if (!side.has(p)) side.set(p, mine);
        for (const p of w.sides[i === 0 ? 1 : 0]) if (!side.has(p)) side.set(p, mine === 0 ? 1 : 0);
      }
    }
  }
  const out: [PowerId[], PowerId[]] = [[], []];
  for (const [p, i] of [...side].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (state.powers[p]?.alive) out[i].push(p);
  }
  return out;
}

function sum(list: readonly PowerId[], f: (p: PowerId) => number): number {
  let total = 0;
  for (const p of list) total += f(p);
  return total;
}

/** Whether a power's land borders another's (or it commands no such border: false). */
/** Every pair of powers whose land touches ("a>b"), computed once per forecast. */
function landBorders(state: Known, ctx: Ctx): Set<string> {
  const out = new Set<string>();
  for (const id of ctx.landRegionIds) {
    const a = state.regions[id]?.controller;
    if (!a) continue;
    for (const n of ctx.adjacency.get(id) ?? []) {
      const b = state.regions[n]?.controller;
      if (b && b !== a && ctx.regions.get(n)?.kind !== "sea") out.add(`${a}>${b}`);
    }
  }
  return out;
}

function fortOf(state: Known, power: PowerId): number {
  let best = 0;
  for (const id in state.regions) {
    const r = state.regions[id];
    if (r?.owner === power && r.controller === power && r.fortification > best)
      best = r.fortification;
  }
  return best;
}

/** The highest fortification the defenders hold on a border with the attackers. */
function frontier(
  state: Known,
  ctx: Ctx,
  defenders: readonly PowerId[],
  attackers: readonly PowerId[],
): { level: number; holder: PowerId | undefined } {
  let level = 0;
  let holder: PowerId | undefined;
  for (const id of ctx.landRegionIds) {
    const r = state.regions[id];
    if (!r?.controller || !defenders.includes(r.controller) || r.owner !== r.controller) continue;
    const front = (ctx.adjacency.get(id) ?? []).some((n) => {
      const c = state.regions[n]?.controller;
      return c !== null && c !== undefined && attackers.includes(c);
    });
    if (front && r.fortification > level) {
      level = r.fortification;
      holder = r.controller;
    }
  }
  return { level, holder };
}

/** Which side a power fights on in the forecast, if any. */
export function forecastSide(f: WarForecast, power: PowerId): 0 | 1 | undefined {
  if (f.sides[0].includes(power)) return 0;
  if (f.sides[1].includes(power)) return 1;
  return undefined;
}
