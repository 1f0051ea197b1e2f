import { refuse, type RuleError } from "../core/result.ts";
import type { PowerId, Treaty } from "../model/state.ts";
import type { OrderRule, OrderRules } from "../orders/types.ts";
import { addTreaty } from "./create.ts";
import { bindingTreaties, knownTreaty, noSuchTreaty } from "./query.ts";
import type { Known } from "../knowledge/known.ts";
import { ratificationDelay } from "./entry.ts";
import { violateTreaty } from "./violations.ts";

function partyTo(state: Known, power: PowerId, id: string): RuleError | Treaty {
  const t = knownTreaty(state, power, id);
  if (!t) return noSuchTreaty();
  if (!t.parties.includes(power)) return refuse("ERR_NOT_A_PARTY", "You are not a party to it.");
  return t;
}

const isError = (x: RuleError | Treaty): x is RuleError => "code" in x;

function otherLivingPower(state: Known, power: PowerId, other: PowerId) {
  if (other === power) return refuse("ERR_BAD_ACTION", "Name another power.");
  if (!state.powers[other]?.alive)
    return refuse("ERR_UNKNOWN_POWER", `There is no power ${other}.`);
  return undefined;
}

function livingOthers(state: Known, power: PowerId, ids: readonly PowerId[]): PowerId[] {
  return ids.filter((p) => p !== power && state.powers[p]?.alive);
}

/**
 * Each party ratifies after signature; it takes effect after its government's delay
 * (democracies take longer: the Franco-Soviet treaty, signed 2 May 1935, was ratified by
 * France in February–March 1936).
 */
const ratify: OrderRule<"ratify"> = {
  check(state, power, order) {
    const t = partyTo(state, power, order.treaty);
    if (isError(t)) return t;
    if (t.status !== "signed")
      return refuse("ERR_NOT_ALLOWED", "Only a signed treaty awaits ratification.");
    if (t.ratifications[power] !== undefined)
      return refuse("ERR_ALREADY_DONE", "You have ratified it already.");
    return undefined;
  },
  resolve(d, power, order, ctx) {
    const at = d.s.turn + ratificationDelay(ctx, power);
    d.treaty(order.treaty).ratifications[power] = at;
    d.news("news.treatyRatified", { treaty: order.treaty, power, effective: at });
  },
  candidates: (state, power) =>
    Object.keys(state.treaties)
      .sort()
      .filter((id) => {
        const t = state.treaties[id];
        return (
          t?.status === "signed" &&
          t.parties.includes(power) &&
          t.ratifications[power] === undefined
        );
      })
      .map((treaty) => ({ kind: "ratify", treaty })),
};

/**
 * Denunciation honours the treaty's own terms: after its lock-in (`ends.lockedFor` turns in
 * force) and with its notice (`ends.notice`, else the scenario's), the treaty binds until the
 * notice runs out; it is public, costs the denouncer credibility with its partners and raises
 * tension by the scenario's numbers. Denounced at once (`now`) or inside the lock-in, it is a
 * breach of the treaty: a violation (Germany's repudiation of Locarno, 7 March 1936).
 */
function denunciationBreaks(state: Known, t: Treaty, now: boolean): boolean {
  const locked = (t.inForceTurn ?? state.turn) + (t.ends?.lockedFor ?? 0);
  return now || state.turn < locked;
}

const denounce: OrderRule<"denounce"> = {
  check(state, power, order) {
    const t = partyTo(state, power, order.treaty);
    if (isError(t)) return t;
    if (t.status !== "inForce")
      return refuse("ERR_NOT_ALLOWED", "Only a treaty in force can be denounced.");
    if (t.denunciation) return refuse("ERR_ALREADY_DONE", "Notice has already been given.");
    if (t.breachedBy?.includes(power))
      return refuse("ERR_ALREADY_DONE", "You have already broken it.");
    return undefined;
  },
  resolve(d, power, order, ctx) {
    const t = d.s.treaties[order.treaty];
    if (!t) return;
    if (denunciationBreaks(d.s, t, order.now === true)) {
      violateTreaty(d, ctx, t.id, power);
      return;
    }
    const rules = ctx.scenario.rules;
    const effectiveTurn = d.s.turn + (t.ends?.notice ?? rules.denunciationNotice);
    d.treaty(order.treaty).denunciation = { by: power, effectiveTurn };
    const p = d.power(power);
    p.credibility = Math.max(0, p.credibility - rules.credibility.denounce);
    d.tension(rules.tension.denounce);
    d.news("news.treatyDenunciation", {
      treaty: order.treaty,
      by: power,
      effective: effectiveTurn,
    });
  },
  candidates: (state, power) =>
    bindingTreaties(state)
      .filter((t) => t.parties.includes(power) && !t.denunciation)
      .filter((t) => !t.breachedBy?.includes(power))
      .map((t) => ({ kind: "denounce", treaty: t.id })),
};

/** The power's own unilateral treaties whose only clause is of one kind for one power. */
function ownDeclarations(
  state: Known,
  power: PowerId,
  kind: "guarantee" | "militaryAccess",
  other: PowerId,
): Treaty[] {
  return bindingTreaties(state).filter((t) => {
    if (t.parties.length !== 1 || t.parties[0] !== power || t.clauses.length !== 1) return false;
    const c = t.clauses[0];
    if (c?.kind !== kind) return false;
    return c.kind === "guarantee" ? c.beneficiary === other : c.grantee === other;
  });
}

/**
 * A unilateral guarantee: a one-party treaty in force at once. It needs a tense world first
 * (game.md); `ifResists` binds only if the victim fights (Britain to Poland, 31 March 1939).
 */
const guarantee: OrderRule<"guarantee"> = {
  check(state, power, order, ctx) {
    const e = otherLivingPower(state, power, order.target);
    if (e) return e;
    const needed = ctx.scenario.rules.tension.guarantee;
    if (state.tension < needed) {
      return refuse("ERR_TENSION_TOO_LOW", `Guarantees need world tension of at least ${needed}.`);
    }
    if (ownDeclarations(state, power, "guarantee", order.target).length > 0) {
      return refuse("ERR_ALREADY_DONE", `You already guarantee ${order.target}.`);
    }
    return undefined;
  },
  resolve(d, power, order) {
    const t = addTreaty(d, {
      name: `Guarantee of ${order.target} by ${power}`,
      parties: [power],
      clauses: [
        {
          kind: "guarantee",
          guarantors: [power],
          beneficiary: order.target,
          scope: order.scope,
          mode: "automatic",
          against: "any",
          conditions: order.ifResists ? [{ kind: "victimResists" }] : [],
          secret: false,
        },
      ],
      proposer: power,
      status: "inForce",
    });
    d.news("news.guaranteeGiven", {
      treaty: t.id,
      by: power,
      target: order.target,
      scope: order.scope,
    });
  },
  candidates: (state, power, ctx) =>
    livingOthers(state, power, ctx.powerIds).map((target) => ({
      kind: "guarantee",
      target,
      scope: "independence",
      ifResists: true,
    })),
};

/** Passage for another power's forces, as a unilateral treaty in force at once. */
const grantAccess: OrderRule<"grantAccess"> = {
  check(state, power, order) {
    const e = otherLivingPower(state, power, order.to);
    if (e) return e;
    if (ownDeclarations(state, power, "militaryAccess", order.to).length > 0) {
      return refuse("ERR_ALREADY_DONE", `${order.to} already has access.`);
    }
    return undefined;
  },
  resolve(d, power, order) {
    const t = addTreaty(d, {
      name: `Military access for ${order.to} through ${power}`,
      parties: [power],
      clauses: [
        { kind: "militaryAccess", grantor: power, grantee: order.to, regions: [], secret: false },
      ],
      proposer: power,
      status: "inForce",
    });
    d.news("news.accessGranted", { treaty: t.id, by: power, to: order.to });
  },
  candidates: (state, power, ctx) =>
    livingOthers(state, power, ctx.powerIds).map((to) => ({ kind: "grantAccess", to })),
};

/**
 * Refusing passage is a public stand (Poland and Romania, Moscow talks, August 1939); it
 * also ends any access the power granted by order.
 */
const refuseAccess: OrderRule<"refuseAccess"> = {
  check: (state, power, order) => otherLivingPower(state, power, order.to),
  resolve(d, power, order) {
    for (const t of ownDeclarations(d.s, power, "militaryAccess", order.to)) {
      const w = d.treaty(t.id);
      w.status = "denounced";
      w.endTurn = d.s.turn;
    }
    d.news("news.accessRefused", { by: power, to: order.to });
  },
  candidates: (state, power, ctx) =>
    livingOthers(state, power, ctx.powerIds)
      .filter((to) => ownDeclarations(state, power, "militaryAccess", to).length > 0)
      .map((to) => ({ kind: "refuseAccess", to })),
};

const recognise: OrderRule<"recognise"> = {
  check(state, power, order) {
    const e = otherLivingPower(state, power, order.government);
    if (e) return e;
    if (state.powers[power]?.recognises.includes(order.government)) {
      return refuse("ERR_ALREADY_DONE", `You already recognise ${order.government}.`);
    }
    return undefined;
  },
  resolve(d, power, order) {
    d.power(power).recognises.push(order.government);
    d.news("news.recognised", { by: power, government: order.government });
  },
  // Recognition matters where a civil war divides a state: offer its sides.
  candidates(state, power) {
    const sides = new Set<PowerId>();
    for (const id of Object.keys(state.wars).sort()) {
      const w = state.wars[id];
      if (!w || w.endedTurn !== undefined || w.conflict === undefined) continue;
      sides.add(w.aggressor);
      sides.add(w.victim);
    }
    return livingOthers(state, power, [...sides])
      .filter((g) => !state.powers[power]?.recognises.includes(g))
      .map((government) => ({ kind: "recognise", government }));
  },
};

/** Diplomatic orders about treaties and guarantees. */
export const DIPLOMATIC_ORDERS: Pick<
  OrderRules,
  "ratify" | "denounce" | "guarantee" | "grantAccess" | "refuseAccess" | "recognise"
> = { ratify, denounce, guarantee, grantAccess, refuseAccess, recognise };
