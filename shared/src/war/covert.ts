import { refuse } from "../core/result.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";
import type { OrderRule } from "../orders/types.ts";
import { activeWars, sideOf } from "./aggression.ts";
import { checkTarget } from "./gates.ts";
import type { Known } from "../knowledge/known.ts";

/**
 * Aid and volunteers to a side in a civil war, and intelligence work. Germany, Italy and the
 * USSR signed the non-intervention agreement for Spain (August 1936) and broke it: aid from
 * a party to a non-intervention clause on the conflict is a breach, made public a turn later.
 */

/** The power is party to a non-intervention clause in force on this conflict. */
export function aidViolates(state: Known, power: PowerId, conflict: string): boolean {
  for (const id in state.treaties) {
    const t = state.treaties[id];
    if (!t || t.status !== "inForce" || !t.parties.includes(power)) continue;
    if (t.clauses.some((c) => c.kind === "nonIntervention" && c.conflict === conflict)) return true;
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
    d.news("news.aidSent", { power, conflict: order.conflict, side: order.side }, [power]);
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
 * Start of a turn: aid given in breach of non-intervention becomes known to all. The
 * breach costs credibility and raises tension once per power and conflict.
 */
export function exposeAidBreaches(d: Draft, ctx: Ctx): void {
  const rules = ctx.scenario.rules;
  for (const power of ctx.powerIds) {
    const p = d.s.powers[power];
    if (!p?.alive) continue;
    for (const conflict of Object.keys(p.aid).sort()) {
      const flag = `ni-breach:${power}:${conflict}`;
      if (d.s.flags.includes(flag) || !aidViolates(d.s, power, conflict)) continue;
      d.flags().push(flag);
      const w = d.power(power);
      w.credibility = Math.max(0, w.credibility - rules.credibility.treatyViolated);
      w.breaches += 1;
      d.tension(rules.tension.breach);
      d.news("news.nonInterventionBroken", { power, conflict, side: p.aid[conflict] ?? "" });
    }
  }
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
