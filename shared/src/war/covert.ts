import { refuse } from "../core/result.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";
import type { OrderRule } from "../orders/types.ts";
import { activeWars, sideOf } from "./aggression.ts";
import { checkTarget } from "./gates.ts";
import type { Known } from "../knowledge/known.ts";
import { boundBy } from "../treaties/terms.ts";
import { aidBreachFlag, aidKnownFlag } from "./aid-flags.ts";

/**
 * Aid and volunteers to a side in a civil war, and intelligence work. Germany, Italy and the
 * USSR signed the non-intervention agreement for Spain (August 1936) and broke it in secret:
 * aid from a party to a non-intervention clause on the conflict is a covert breach, in no
 * other seat's view until it is discovered — by intelligence work on the aiding power, or
 * by the scenario's chance per turn (`intelligence.covertDiscovery`). Discovery is public and
 * costs credibility (`credibility.covertDiscovered`). Aid that breaks no agreement is open.
 */

/** The power is bound by a non-intervention clause in force on this conflict. */
export function aidViolates(state: Known, power: PowerId, conflict: string): boolean {
  for (const id in state.treaties) {
    const t = state.treaties[id];
    if (!t || t.status !== "inForce") continue;
    for (const c of t.clauses)
      if (c.kind === "nonIntervention" && c.conflict === conflict && boundBy(t, c, power))
        return true;
  }
  return false;
}

function civilWar(state: Known, conflict: string) {
  return activeWars(state).find((w) => w.conflict === conflict);
}

export const AID: OrderRule<"aid"> = {
  check(state, power, order) {
    const w = civilWar(state, order.conflict);
    if (!w) return refuse("ERR_NOT_ALLOWED", `There is no civil war ${order.conflict}.`);
    if (sideOf(w, order.side) === undefined)
      return refuse("ERR_NOT_ALLOWED", `${order.side} is not a side in that war.`);
    if (sideOf(w, power) !== undefined)
      return refuse("ERR_ALREADY_AT_WAR", "You are fighting in that war yourself.");
    if (state.powers[power]?.aid[order.conflict] === order.side)
      return refuse("ERR_ALREADY_DONE", `You already aid ${order.side}.`);
    return undefined;
  },
  resolve(d, power, order) {
    d.power(power).aid[order.conflict] = order.side;
    const covert = aidViolates(d.s, power, order.conflict);
    const flag = aidKnownFlag(power, order.conflict);
    if (!covert && !d.s.flags.includes(flag)) d.flags().push(flag);
    const params = { power, conflict: order.conflict, side: order.side };
    d.news("news.aidSent", params, covert ? [power] : undefined);
  },
  candidates(state, power) {
    const out: Array<{ kind: "aid"; conflict: string; side: string }> = [];
    for (const w of activeWars(state)) {
      if (!w.conflict || sideOf(w, power) !== undefined) continue;
      for (const side of [w.sides[0][0], w.sides[1][0]]) {
        if (side && state.powers[power]?.aid[w.conflict] !== side)
          out.push({ kind: "aid", conflict: w.conflict, side });
      }
    }
    return out;
  },
};

/**
 * Start of a turn: each covert breach of non-intervention may come out, by the scenario's
 * seeded chance; aid that was open before the agreement is a breach seen at once. Once per
 * power and conflict.
 */
export function exposeAidBreaches(d: Draft, ctx: Ctx): void {
  const chance = ctx.scenario.rules.intelligence.covertDiscovery;
  for (const power of ctx.powerIds) {
    const p = d.s.powers[power];
    if (!p?.alive) continue;
    for (const conflict of Object.keys(p.aid).sort()) {
      if (d.s.flags.includes(aidBreachFlag(power, conflict))) continue;
      if (!aidViolates(d.s, power, conflict)) continue;
      const open = d.s.flags.includes(aidKnownFlag(power, conflict));
      if (open || d.random() < chance) discoverAid(d, ctx, power, conflict);
    }
  }
}

/** A covert breach comes out: public, with its credibility and tension costs. */
function discoverAid(d: Draft, ctx: Ctx, power: PowerId, conflict: string, by?: PowerId) {
  const rules = ctx.scenario.rules;
  d.flags().push(aidBreachFlag(power, conflict));
  const w = d.power(power);
  w.credibility = Math.max(0, w.credibility - rules.credibility.covertDiscovered);
  w.breaches += 1;
  d.tension(rules.tension.breach);
  const params: Record<string, string> = { power, conflict, side: w.aid[conflict] ?? "" };
  if (by !== undefined) params.by = by;
  d.news("news.nonInterventionBroken", params);
}

/** The target's covert breaches not yet discovered, in conflict order. */
function covertBreaches(state: Known, target: PowerId): string[] {
  const p = state.powers[target];
  if (!p) return [];
  return Object.keys(p.aid)
    .sort()
    .filter(
      (c) => !state.flags.includes(aidBreachFlag(target, c)) && aidViolates(state, target, c),
    );
}

/**
 * Intelligence work: the turn is recorded (for better estimates), and with some chance one
 * secret the target keeps — a treaty with secret clauses the orderer is not party to — is
 * revealed to the orderer alone.
 */
export const INTELLIGENCE: OrderRule<"intelligence"> = {
  check(state, power, order) {
    return checkTarget(state, power, order.target);
  },
  resolve(d, power, order, ctx) {
    d.power(power).intel[order.target] = d.s.turn;
    const found = d.random() < ctx.scenario.rules.intelligence.revealChance;
    // Covert aid is what agents look for first: found, it is exposed to all.
    const covert = found ? covertBreaches(d.s, order.target)[0] : undefined;
    if (covert !== undefined) {
      discoverAid(d, ctx, order.target, covert, power);
      return;
    }
    const secrets = found ? secretsOf(d.s, power, order.target) : [];
    const treaty = secrets[Math.floor(d.random() * secrets.length)];
    if (treaty === undefined) {
      d.news("news.intelligenceNothing", { target: order.target }, [power]);
      return;
    }
    d.treaty(treaty).revealedTo.push(power);
    d.news("news.secretRevealed", { target: order.target, treaty }, [power]);
  },
  candidates(state, power, ctx) {
    return ctx.powerIds
      .filter((id) => id !== power && state.powers[id]?.alive && ctx.powers.get(id)?.great)
      .map((target) => ({ kind: "intelligence", target }));
  },
};

function secretsOf(state: Known, spy: PowerId, target: PowerId): string[] {
  return Object.keys(state.treaties)
    .sort()
    .filter((id) => {
      const t = state.treaties[id];
      return (
        t !== undefined &&
        (t.status === "inForce" || t.status === "signed") &&
        t.parties.includes(target) &&
        !t.parties.includes(spy) &&
        !t.public &&
        !t.revealedTo.includes(spy) &&
        t.clauses.some((c) => c.secret)
      );
    });
}
