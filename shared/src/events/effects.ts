import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { GameState, PowerId, Treaty } from "../model/state.ts";
import { flagrantBreach } from "../enforcement/breach.ts";
import { byCreation } from "../core/ids.ts";
import { accede, enterIntoForce, survivesWithout } from "../treaties/entry.ts";
import { violateTreaty } from "../treaties/violations.ts";
import { madeBefore } from "./premise.ts";
import type { Effect } from "../scenario/effects.ts";
import type { TreatyDraft } from "../treaties/clauses.ts";
import { joinLeague, leaveLeague, setCouncilSeat } from "../league/membership.ts";
import { liftSanctions, openSanctions } from "../league/sanctions.ts";
import { recordAggression } from "../war/acts.ts";
import { activeWars, leaveWar, sideOf, startWar } from "../war/aggression.ts";
import { capitulate } from "../war/capitulation.ts";

/**
 * Apply scenario effects in order. Effects naming a power or region not in play are skipped,
 * so one scenario's events can run on a smaller map (the tests' mini Europe).
 */
export function applyEffects(d: Draft, ctx: Ctx, effects: readonly Effect[]): void {
  for (const e of effects) applyEffect(d, ctx, e);
}

function applyEffect(d: Draft, ctx: Ctx, e: Effect): void {
  if ("tension" in e) return d.tension(e.tension);
  if ("figure" in e) {
    const { power, figure, delta } = e.figure;
    if (!d.s.powers[power]) return;
    const p = d.power(power);
    p[figure] = clamp(p[figure] + delta, 0, 100);
    return;
  }
  if ("transfer" in e) {
    if (!d.s.powers[e.transfer.to]) return;
    for (const r of e.transfer.regions) {
      if (!d.s.regions[r]) continue;
      const w = d.region(r);
      w.owner = e.transfer.to;
      w.controller = e.transfer.to;
    }
    return;
  }
  if ("demilitarise" in e) {
    if (d.s.regions[e.demilitarise.region]) {
      d.region(e.demilitarise.region).demilitarised = e.demilitarise.value;
    }
    return;
  }
  if ("fortify" in e) return fortify(d, ctx, e.fortify.region, e.fortify.delta);
  if ("joinLeague" in e) {
    if (d.s.powers[e.joinLeague]?.league.member === false) joinLeague(d, e.joinLeague);
    return;
  }
  if ("leaveLeague" in e) {
    if (d.s.powers[e.leaveLeague]?.league.member) leaveLeague(d, ctx, e.leaveLeague);
    return;
  }
  if ("councilSeat" in e) {
    const p = d.s.powers[e.councilSeat.power];
    // The Assembly elects only members, and only living states (the 1933–38 rotation).
    if (e.councilSeat.seat === "elected" && !(p?.alive && p.league.member)) return;
    if (p) {
      setCouncilSeat(d, e.councilSeat.power, e.councilSeat.seat ?? undefined);
    }
    return;
  }
  if ("treaty" in e) return treatyInForce(d, ctx, e.treaty, e.key);
  if ("remilitarise" in e) {
    const { power, regions } = e.remilitarise;
    if (!d.s.powers[power]?.alive) return;
    for (const r of regions) {
      if (!d.s.regions[r]) continue;
      d.region(r).demilitarised = false;
      flagrantBreach(d, ctx, power, r);
    }
    return;
  }
  if ("violate" in e) {
    const t = findTreaty(d.s, e.violate.treaty);
    if (t?.status === "inForce" && t.parties.includes(e.violate.by))
      violateTreaty(d, ctx, t.id, e.violate.by);
    return;
  }
  if ("accede" in e) {
    const t = findTreaty(d.s, e.accede.treaty);
    if (t) accede(d, t.id, e.accede.power, e.accede.part);
    return;
  }
  if ("denounce" in e) return endByDenunciation(d, e.denounce.treaty, e.denounce.by);
  if ("aggression" in e) {
    const { aggressor, victim, regions, theatre } = e.aggression;
    if (!d.s.powers[aggressor]?.alive || !d.s.powers[victim]?.alive) return;
    recordAggression(d, ctx, {
      kind: regions.length > 0 ? "occupation" : "war",
      aggressor,
      victim,
      regions: regions.filter((r) => d.s.regions[r]),
      theatre,
    });
    return;
  }
  if ("civilWar" in e) return civilWar(d, ctx, e.civilWar);
  if ("endCivilWar" in e) return endCivilWar(d, ctx, e.endCivilWar.id, e.endCivilWar.winner);
  if ("setFlag" in e) {
    if (!d.s.flags.includes(e.setFlag)) d.flags().push(e.setFlag);
    return;
  }
  if ("clearFlag" in e) {
    const i = d.s.flags.indexOf(e.clearFlag);
    if (i >= 0) d.flags().splice(i, 1);
    return;
  }
  if ("sanctions" in e) {
    // As if the Assembly had recommended them (the oil embargo of 1935 that never came);
    // `lift` ends them (15 July 1936), with `oil` only the oil embargo.
    const { target, oil, lift, lapseAfter } = e.sanctions;
    if (!d.s.powers[target]) return;
    if (lift) liftSanctions(d, target, oil);
    else openSanctions(d, ctx, target, oil, "", lapseAfter);
    return;
  }
  if ("news" in e) return d.news(e.news.key, {}, e.news.to);
  // A new effect kind in the schema must be given its rule here.
  const unhandled: never = e;
  return unhandled;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

/** Never above the rules' maximum, but a scenario's stronger line (Maginot) is not razed. */
function fortify(d: Draft, ctx: Ctx, region: string, delta: number): void {
  const current = d.s.regions[region]?.fortification;
  if (current === undefined) return;
  const max = Math.max(current, ctx.scenario.rules.economy.maxFortification);
  d.region(region).fortification = clamp(current + delta, 0, max);
}

/** A treaty by its scenario id, or the latest an event made under that key. */
function findTreaty(state: GameState, key: string): Treaty | undefined {
  const direct = state.treaties[key];
  if (direct) return direct;
  let found: Treaty | undefined;
  for (const id of Object.keys(state.treaties).sort(byCreation(state.settings.seed))) {
    const t = state.treaties[id];
    if (t?.key === key) found = t;
  }
  return found;
}

/**
 * A lawful end by one party, at once: a bilateral treaty ends; one that survives a party's
 * departure goes on among the rest.
 */
function endByDenunciation(d: Draft, key: string, by: PowerId): void {
  const t = findTreaty(d.s, key);
  if (t?.status !== "inForce" || !t.parties.includes(by)) return;
  const w = d.treaty(t.id);
  if (survivesWithout(t, by)) {
    w.parties = t.parties.filter((p) => p !== by);
    d.news("news.treatyLeft", { treaty: t.id, name: t.name, by });
    return;
  }
  w.status = "denounced";
  w.denunciation = { by, effectiveTurn: d.s.turn };
  w.endTurn = d.s.turn;
  d.news("news.treatyDenounced", { treaty: t.id, name: t.name, by });
}

/**
 * An event's settlement or pact: in force at once, without signature or ratification — or,
 * with an `entry` date or condition, signed and ratified, waiting for it.
 */
function treatyInForce(d: Draft, ctx: Ctx, t: TreatyDraft, key?: string): void {
  const parties = t.parties.filter((p) => d.s.powers[p]);
  if (parties.length === 0) return;
  // The event's premise is gone when the parties already made this pact, themselves or by an
  // earlier event (not the scenario's own treaties of the 1920s): history's
  // treaty adds nothing, and what later reads it by its key reads theirs.
  const made = madeBefore(d.s, ctx, t);
  if (made) {
    if (key !== undefined && made.key === undefined) d.treaty(made.id).key = key;
    const seen = hasOnlySecret(made) && !made.public;
    d.news(
      "news.treatyMadeAlready",
      { treaty: made.id, name: made.name },
      seen ? [...made.parties, ...made.revealedTo] : undefined,
    );
    return;
  }
  const id = d.newId("t");
  const turn = d.s.turn;
  const waits = t.entry !== undefined;
  d.record("treaties")[id] = {
    id,
    name: t.name,
    parties,
    clauses: t.clauses,
    duration: t.duration,
    entry: t.entry,
    ends: t.ends,
    key,
    status: waits ? "signed" : "inForce",
    proposer: "system",
    proposedTurn: turn,
    signatures: [...parties],
    ratifications: Object.fromEntries(parties.map((p) => [p, turn])),
    signedTurn: turn,
    inForceTurn: waits ? undefined : turn,
    endTurn: t.duration === undefined || waits ? undefined : turn + t.duration,
    revealedTo: [],
    public: false,
  };
  d.news(
    waits ? "news.treatySigned" : "news.treatyInForce",
    { treaty: id, name: t.name },
    hasOnlySecret(t) ? parties : undefined,
  );
  if (!waits) enterIntoForce(d, ctx, id);
}

function hasOnlySecret(t: Pick<TreatyDraft, "clauses">): boolean {
  return t.clauses.every((k) => k.secret);
}

/**
 * A civil war (Spain, July 1936): the insurgents take the listed regions and the two sides
 * fight. The war carries its conflict id so that it is not by itself a general war, and so
 * that non-intervention clauses and aid orders can name it.
 */
function civilWar(
  d: Draft,
  ctx: Ctx,
  c: { id: string; government: PowerId; insurgent: PowerId; regions: string[] },
): void {
  if (!d.s.powers[c.government] || !d.s.powers[c.insurgent]) return;
  for (const r of c.regions) {
    if (!d.s.regions[r]) continue;
    const w = d.region(r);
    w.owner = c.insurgent;
    w.controller = c.insurgent;
  }
  const war = startWar(d, ctx, c.insurgent, c.government, "europe");
  d.entry("wars", war).conflict = c.id;
  d.news("news.civilWar", { conflict: c.id, government: c.government, insurgent: c.insurgent });
}

/**
 * A civil war won: the side that lost, the government or the insurgents, capitulates to the
 * winner, who holds what it held. The winner is the state now: recognised, it takes the
 * loser's League membership (Britain and France recognised Franco on 27 February 1939, and
 * Nationalist Spain sat for Spain until it left in May). Foreign helpers leave the war.
 */
function endCivilWar(d: Draft, ctx: Ctx, conflict: string, winner: PowerId): void {
  const war = activeWars(d.s).find((w) => w.conflict === conflict);
  const side = war ? sideOf(war, winner) : undefined;
  if (!war || side === undefined || !d.s.powers[winner]?.alive) return;
  const loser = side === 0 ? war.victim : war.aggressor;
  const lost = d.s.powers[loser];
  if (lost?.alive) {
    if (lost.league.member && d.s.powers[winner].league.member === false) {
      d.power(winner).league = { member: true, council: undefined };
    }
    capitulate(d, ctx, loser, winner);
  }
  for (const p of war.sides[side === 0 ? 1 : 0]) leaveWar(d, war.id, p);
}
