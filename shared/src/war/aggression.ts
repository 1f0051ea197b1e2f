import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { DecisionResolver } from "../engine/decisions.ts";
import type { PowerId, Theatre, War } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";

/*
 * Wars: who fights whom, joining, leaving, and a victim's resistance or submission.
 * `recordAggression` lives in war/acts.ts: it opens obligations, and enforcement/obligations.ts
 * calls `joinWar` here, so keeping them apart avoids an import cycle.
 */

/** Active wars in a stable order (sorted ids), so that replays iterate alike. */
export function activeWars(state: Known): War[] {
  const out: War[] = [];
  // Most calls come in peacetime: no keys to list and sort then.
  if (!hasKey(state.wars)) return out;
  for (const id of Object.keys(state.wars).sort()) {
    const w = state.wars[id];
    if (w && w.endedTurn === undefined) out.push(w);
  }
  return out;
}

function hasKey(rec: object): boolean {
  for (const _ in rec) return true;
  return false;
}

/** The side (0 attacks, 1 defends) a power fights on in a war, if any. */
export function sideOf(war: War, power: PowerId): 0 | 1 | undefined {
  if (war.sides[0].includes(power)) return 0;
  if (war.sides[1].includes(power)) return 1;
  return undefined;
}

/** The active war in which a and b fight on opposite sides. */
export function warBetween(state: Known, a: PowerId, b: PowerId): War | undefined {
  for (const w of activeWars(state)) {
    const sa = sideOf(w, a);
    if (sa !== undefined && w.sides[sa === 0 ? 1 : 0].includes(b)) return w;
  }
  return undefined;
}

export function atWar(state: Known, a: PowerId, b: PowerId): boolean {
  return warBetween(state, a, b) !== undefined;
}

/** A power fights in any active war. */
export function atWarAny(state: Known, power: PowerId): boolean {
  return activeWars(state).some((w) => sideOf(w, power) !== undefined);
}

/** Every power fighting a power, sorted. */
export function enemiesOf(state: Known, power: PowerId): PowerId[] {
  const out = new Set<PowerId>();
  for (const w of activeWars(state)) {
    const s = sideOf(w, power);
    if (s !== undefined) for (const e of w.sides[s === 0 ? 1 : 0]) out.add(e);
  }
  return [...out].sort();
}

/** Open a war between an aggressor and its victim; returns the war id. */
export function startWar(
  d: Draft,
  _ctx: Ctx,
  aggressor: PowerId,
  victim: PowerId,
  theatre: Theatre,
): string {
  const id = d.newId("w");
  d.record("wars")[id] = {
    id,
    theatre,
    sides: [[aggressor], [victim]],
    aggressor,
    victim,
    startedTurn: d.s.turn,
  };
  return id;
}

/**
 * A power enters a war on one side (an obligation honoured, a co-belligerent). Nothing
 * happens if the war is over or the power already fights in it.
 */
export function joinWar(d: Draft, _ctx: Ctx, warId: string, power: PowerId, side: 0 | 1): void {
  const current = d.s.wars[warId];
  if (!current || current.endedTurn !== undefined || sideOf(current, power) !== undefined) return;
  const w = d.entry("wars", warId);
  w.sides[side].push(power);
  d.news("news.joinedWar", { power, war: warId, against: w.sides[side === 0 ? 1 : 0][0] ?? "" });
}

/** A power leaves a war (submission, capitulation); the war ends when a side is empty. */
export function leaveWar(d: Draft, warId: string, power: PowerId): void {
  const current = d.s.wars[warId];
  if (!current || current.endedTurn !== undefined || sideOf(current, power) === undefined) return;
  const w = d.entry("wars", warId);
  w.sides = [w.sides[0].filter((p) => p !== power), w.sides[1].filter((p) => p !== power)];
  endWarIfDecided(d, warId);
}

/** A war ends when one side has no living member left. */
export function endWarIfDecided(d: Draft, warId: string): void {
  const w = d.s.wars[warId];
  if (!w || w.endedTurn !== undefined) return;
  const living = (side: PowerId[]) => side.some((p) => d.s.powers[p]?.alive);
  const attackers = living(w.sides[0]);
  const defenders = living(w.sides[1]);
  if (attackers && defenders) return;
  const e = d.entry("wars", warId);
  e.endedTurn = d.s.turn;
  e.offensives = undefined;
  d.news("news.warEnded", {
    war: warId,
    winner: attackers ? e.aggressor : e.victim,
    loser: attackers ? e.victim : e.aggressor,
  });
}

/** Owner and controller of the regions pass to a power (a submission, a conquest). */
export function transferRegions(d: Draft, regions: readonly string[], to: PowerId): void {
  for (const r of regions) {
    const region = d.s.regions[r];
    if (!region || (region.owner === to && region.controller === to)) continue;
    const w = d.region(r);
    w.owner = to;
    w.controller = to;
  }
}

/**
 * The victim's choice. Submit: the aggressor takes the regions named (or, if none, the
 * victim becomes a satellite: its army demobilised) and the war ends for the victim.
 * Resist: the war goes on. Either way the aggression records it, for obligations that
 * apply only if the victim resists (the British guarantee to Poland, 31 March 1939).
 */
export const resolveVictims: DecisionResolver = (d, _ctx, decisions) => {
  for (const x of decisions) {
    const a = d.s.aggressions[x.ref];
    if (!a || a.resisted !== undefined) continue;
    if (a.kind === "breach") {
      // A flagrant breach: the protected state invokes its guarantees, or lets it pass.
      d.entry("aggressions", a.id).resisted = x.choice === "invoke";
      d.news(x.choice === "invoke" ? "news.guaranteeInvoked" : "news.breachAcquiesced", {
        victim: a.victim,
        aggressor: a.aggressor,
      });
      continue;
    }
    const resisted = x.choice !== "submit" || !d.s.powers[a.victim]?.alive;
    d.entry("aggressions", a.id).resisted = resisted;
    if (resisted) {
      d.news("news.victimResists", { victim: a.victim, aggressor: a.aggressor });
      continue;
    }
    const regions = a.regions.filter((r) => {
      const region = d.s.regions[r];
      return region?.owner === a.victim || region?.controller === a.victim;
    });
    if (regions.length > 0) {
      transferRegions(d, regions, a.aggressor);
    } else {
      d.power(a.victim).mobilisation = 0;
      d.flags().push(`satellite:${a.victim}:${a.aggressor}`);
    }
    d.news("news.victimSubmits", {
      victim: a.victim,
      aggressor: a.aggressor,
      regions: regions.join(","),
    });
    if (a.warId) leaveWar(d, a.warId, a.victim);
  }
};
