import type { Ctx } from "../engine/context.ts";
import type { Known } from "../knowledge/known.ts";
import type { PowerId, RegionId, Treaty } from "../model/state.ts";
import type { Condition } from "../scenario/conditions.ts";
import type { Effect } from "../scenario/effects.ts";
import type { EventDef, LapseKind, Premise } from "../scenario/events.ts";
import type { TreatyDraft } from "../treaties/clauses.ts";
import { atWar, holds } from "./conditions.ts";

/** The news key that tells each kind of lapse (the locale's `news.premise*`). */
export const LAPSE_NEWS: Readonly<Record<LapseKind, string>> = {
  gone: "news.premiseGone",
  atWar: "news.premiseAtWar",
  territory: "news.premiseTerritory",
  treaty: "news.premiseTreaty",
};

/** Why an event that came due does not take place, and what its line names. */
export interface Lapse {
  readonly lapse: LapseKind;
  /** `power`, `against`, `regions`, `treaty` and `name`, as the line needs them. */
  readonly params: Readonly<Record<string, string>>;
  /** A secret pact's lapse is told to those who know of it only. */
  readonly to?: readonly PowerId[] | undefined;
}

/** What an event's effects take for granted, read once from its data. */
interface Derived {
  /** Every power it names as actor, victim or party to a two-power pact: it must still exist. */
  readonly powers: readonly PowerId[];
  /** Those it sets face to face (an aggressor and its victim, a pact's two parties). */
  readonly pairs: readonly (readonly [PowerId, PowerId])[];
  /** A victim and the regions the event would take from it: it must still hold one of them. */
  readonly taken: readonly { readonly victim: PowerId; readonly regions: readonly RegionId[] }[];
  /** The pacts of an event that makes nothing but pacts (no frontier moves with them). */
  readonly treaties: readonly TreatyDraft[];
}

const derivedOf = new WeakMap<EventDef, Derived>();

/**
 * Whether an event that has come due still has its premise (issue 10): undefined when it
 * does, else why not. Derived from its data: every power it names as an actor (a role with
 * an `against`), a victim (`against`, `for`, an aggression's victim) or a party to a two-power
 * pact still exists; no such pair is already at war; the victim still holds (owns and
 * controls) one of the regions the event would take from it; an event that only makes pacts
 * has not had them all made already, by the players or an earlier event (the scenario's own
 * treaties of the 1920s are no such pact). Then the event's explicit `premise` conditions.
 */
export function lapseOf(state: Known, ctx: Ctx, ev: EventDef): Lapse | undefined {
  let derived = derivedOf.get(ev);
  if (!derived) {
    derived = derive(ev);
    derivedOf.set(ev, derived);
  }
  for (const p of derived.powers) {
    if (state.powers[p]?.alive === false) return { lapse: "gone", params: { power: p } };
  }
  for (const [a, b] of derived.pairs) {
    if (atWar(state, a, b)) return { lapse: "atWar", params: { power: a, against: b } };
  }
  for (const { victim, regions } of derived.taken) {
    const inPlay = regions.filter((r) => state.regions[r]);
    if (inPlay.length === 0 || !state.powers[victim]) continue;
    if (!inPlay.some((r) => heldBy(state, r, victim)))
      return { lapse: "territory", params: { power: victim, regions: inPlay.join(",") } };
  }
  const made = derived.treaties.map((t) => madeBefore(state, ctx, t));
  const first = made[0];
  if (first && made.every((t) => t !== undefined)) return treatyLapse(first);
  for (const p of ev.premise ?? []) {
    if (!holds(state, ctx, p.when)) return explicitLapse(state, p);
  }
  return undefined;
}

function derive(ev: EventDef): Derived {
  const powers = new Set<PowerId>();
  const pairs = new Map<string, readonly [PowerId, PowerId]>();
  const taken = new Map<PowerId, Set<RegionId>>();
  const victimOf = new Map<PowerId, PowerId>();
  const pair = (a: PowerId, b: PowerId): void => {
    powers.add(a).add(b);
    pairs.set([a, b].sort().join(), [a, b]);
  };
  const take = (victim: PowerId, regions: readonly RegionId[]): void => {
    const set = taken.get(victim) ?? new Set();
    for (const r of regions) set.add(r);
    taken.set(victim, set);
  };
  for (const r of ev.roles) {
    if (r.for !== undefined) powers.add(r.for);
    else if (r.against !== undefined) {
      pair(r.power, r.against);
      victimOf.set(r.power, r.against);
    }
  }
  const effects: Effect[] = [
    ...ev.effects,
    ...ev.roles.flatMap((r) => r.choices.flatMap((c) => c.effects)),
    ...ev.branches.flatMap((b) => b.effects),
  ];
  let frontiers = false;
  const treaties: TreatyDraft[] = [];
  for (const e of effects) {
    if ("aggression" in e) {
      frontiers = true;
      pair(e.aggression.aggressor, e.aggression.victim);
      take(e.aggression.victim, e.aggression.regions);
    } else if ("transfer" in e) {
      frontiers = true;
      // Only what an actor takes from its victim: a transfer to a third (Teschen to Poland
      // at Munich) is a consequence, not the premise.
      const victim = victimOf.get(e.transfer.to);
      if (victim !== undefined) take(victim, e.transfer.regions);
    } else if ("civilWar" in e) {
      frontiers = true;
    } else if ("treaty" in e) {
      treaties.push(e.treaty);
      const [a, b] = e.treaty.parties;
      if (e.treaty.parties.length === 2 && a !== undefined && b !== undefined) pair(a, b);
    }
  }
  return {
    powers: [...powers],
    pairs: [...pairs.values()],
    taken: [...taken].map(([victim, regions]) => ({ victim, regions: [...regions] })),
    treaties: frontiers ? [] : treaties,
  };
}

/** A region its owner still holds: nobody else's troops in it. */
function heldBy(state: Known, r: RegionId, p: PowerId): boolean {
  const x = state.regions[r];
  return x?.owner === p && (x.controller === null || x.controller === p);
}

/**
 * A pact signed or in force between exactly the draft's parties in play, holding every kind
 * of clause the draft would make, made in the match (by the players or an earlier event):
 * the first by id.
 */
export function madeBefore(state: Known, ctx: Ctx, t: TreatyDraft): Treaty | undefined {
  const want = new Set(t.parties.filter((p) => state.powers[p]));
  if (want.size === 0) return undefined;
  // The smallest id of those that qualify, without sorting every treaty's id on each call.
  let first: Treaty | undefined;
  let firstId = "";
  for (const id in state.treaties) {
    const x = state.treaties[id];
    if (!x || (x.status !== "inForce" && x.status !== "signed")) continue;
    if (first && id >= firstId) continue;
    if (ctx.scenario.treaties.some((s) => s.id === id)) continue;
    if (x.parties.length !== want.size || !x.parties.every((p) => want.has(p))) continue;
    const kinds = new Set(x.clauses.map((c) => c.kind));
    if (!t.clauses.every((c) => kinds.has(c.kind))) continue;
    first = x;
    firstId = id;
  }
  return first;
}

function treatyLapse(t: Treaty): Lapse {
  const secret = t.clauses.every((c) => c.secret) && !t.public;
  return {
    lapse: "treaty",
    params: { treaty: t.id, name: t.name },
    to: secret ? [...t.parties, ...t.revealedTo] : undefined,
  };
}

/**
 * An explicit premise that failed, told by what its condition names (the scenario checker
 * holds each `lapse` to its one shape: `not treatyInForce`, `owns`/`controls`, `not atWar`,
 * `alive`; validate.ts).
 */
function explicitLapse(state: Known, p: Premise): Lapse {
  const c: Condition = "not" in p.when ? p.when.not : p.when;
  if ("treatyInForce" in c) {
    const q = c.treatyInForce;
    for (const id of Object.keys(state.treaties).sort()) {
      const t = state.treaties[id];
      if (t?.status !== "inForce" || !q.parties.every((x) => t.parties.includes(x))) continue;
      if (q.clause === undefined || t.clauses.some((k) => k.kind === q.clause))
        return treatyLapse(t);
    }
  }
  if ("owns" in c)
    return { lapse: p.lapse, params: { power: c.owns.power, regions: c.owns.region } };
  if ("controls" in c)
    return { lapse: p.lapse, params: { power: c.controls.power, regions: c.controls.region } };
  if ("atWar" in c) return { lapse: p.lapse, params: { power: c.atWar[0], against: c.atWar[1] } };
  if ("alive" in c) return { lapse: p.lapse, params: { power: c.alive } };
  return { lapse: p.lapse, params: {} };
}
