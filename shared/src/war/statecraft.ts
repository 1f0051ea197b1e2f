import { refuse } from "../core/result.ts";
import type { OrderRule, OrderRules } from "../orders/types.ts";
import type { DecisionResolver } from "../engine/decisions.ts";
import { openDecision } from "../engine/decisions.ts";
import { transferRegions } from "./aggression.ts";
import { checkProduction, checkTarget } from "./gates.ts";
import { AID, INTELLIGENCE } from "./covert.ts";

/**
 * Statecraft short of war: demands and ultimatums, conferences, embargoes, investment.
 * Aid to a civil war and intelligence work are in war/covert.ts.
 */

const demand: OrderRule<"demand"> = {
  check(state, power, order) {
    const bad = checkTarget(state, power, order.target);
    if (bad) return bad;
    for (const id of order.regions) {
      const r = state.regions[id];
      if (!r) return refuse("ERR_UNKNOWN_REGION", `There is no region ${id}.`);
      if (r.owner !== order.target)
        return refuse("ERR_NOT_ALLOWED", `${id} does not belong to ${order.target}.`);
    }
    for (const id in state.demands) {
      const x = state.demands[id];
      if (x?.status === "open" && x.from === power && x.to === order.target)
        return refuse("ERR_ALREADY_DONE", `Your demand on ${order.target} awaits its answer.`);
    }
    return undefined;
  },
  resolve(d, power, order) {
    const id = d.newId("dm");
    d.record("demands")[id] = {
      id,
      from: power,
      to: order.target,
      regions: [...order.regions],
      ultimatum: order.ultimatum,
      turn: d.s.turn,
      status: "open",
    };
    openDecision(d, {
      kind: "demand",
      power: order.target,
      ref: id,
      options: ["accept", "refuse"],
      default: "refuse",
      due: "resolution",
    });
    d.news(order.ultimatum ? "news.ultimatum" : "news.demand", {
      from: power,
      to: order.target,
      regions: order.regions.join(","),
    });
  },
  candidates(state, power, ctx) {
    // The regions the power claims, grouped by the state that owns them.
    const byOwner = new Map<string, string[]>();
    for (const id of ctx.regionIds) {
      const r = state.regions[id];
      if (!r?.claims.includes(power) || !r.owner || r.owner === power) continue;
      byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), id]);
    }
    return [...byOwner].flatMap(([target, regions]) => [
      { kind: "demand" as const, target, regions, ultimatum: false },
      { kind: "demand" as const, target, regions, ultimatum: true },
    ]);
  },
};

/**
 * Answers to demands. Accepted — a demand or an ultimatum — the regions pass peacefully: a
 * cession, not a war, so no casus foederis opens and no non-aggression pact is broken (the
 * Baltic states and Romania ceded to Soviet ultimatums; Lithuania ceded Memel to a German
 * ultimatum on 22 March 1939, no guarantor was called on). Tension rises by the scenario's
 * `cession` / `ultimatumCession`. Refused: news; force used afterwards is an aggression and
 * opens the victim's pacts.
 */
export const resolveDemandAnswers: DecisionResolver = (d, ctx, decisions) => {
  for (const x of decisions) {
    const m = d.s.demands[x.ref];
    if (!m || m.status !== "open") continue;
    const accepted = x.choice === "accept" && d.s.powers[m.to]?.alive === true;
    d.entry("demands", m.id).status = accepted ? "accepted" : "refused";
    if (!accepted) {
      d.news(m.ultimatum ? "news.ultimatumRefused" : "news.demandRefused", {
        from: m.from,
        to: m.to,
      });
      continue;
    }
    const regions = m.regions.filter((r) => d.s.regions[r]?.owner === m.to);
    transferRegions(d, regions, m.from);
    d.news("news.demandAccepted", { from: m.from, to: m.to, regions: regions.join(",") });
    const tension = ctx.scenario.rules.tension;
    d.tension(m.ultimatum ? tension.ultimatumCession : tension.cession, true);
  }
};

const callConference: OrderRule<"callConference"> = {
  check(state, power, order) {
    for (const id of order.regions)
      if (!state.regions[id]) return refuse("ERR_UNKNOWN_REGION", `There is no region ${id}.`);
    for (const p of order.invitees) {
      const bad = checkTarget(state, power, p);
      if (bad) return bad;
    }
    return undefined;
  },
  resolve(d, power, order) {
    const id = d.newId("c");
    const invitees = [...new Set(order.invitees)];
    d.record("conferences")[id] = {
      id,
      convener: power,
      regions: [...order.regions],
      invitees,
      turn: d.s.turn,
    };
    d.news(
      "news.conferenceInvitation",
      { conference: id, convener: power, regions: order.regions.join(",") },
      [power, ...invitees],
    );
  },
  candidates(state, power) {
    // A conference on a pending demand between others (Munich, September 1938).
    const out: Array<{ kind: "callConference"; regions: string[]; invitees: string[] }> = [];
    for (const id of Object.keys(state.demands).sort()) {
      const m = state.demands[id];
      if (!m || m.status !== "open" || m.from === power || m.to === power) continue;
      out.push({ kind: "callConference", regions: [...m.regions], invitees: [m.from, m.to] });
      out.push({ kind: "callConference", regions: [...m.regions], invitees: [m.from] });
    }
    return out;
  },
};

const embargo: OrderRule<"embargo"> = {
  check(state, power, order) {
    const bad = checkTarget(state, power, order.target);
    if (bad) return bad;
    if (state.powers[power]?.embargoes.includes(order.target))
      return refuse("ERR_ALREADY_DONE", `You already embargo ${order.target}.`);
    return undefined;
  },
  resolve(d, power, order) {
    d.power(power).embargoes.push(order.target);
    d.news("news.embargo", { power, target: order.target });
  },
  candidates(state, power) {
    // Sanctioned states and enemies: the embargoes that make sense.
    const targets = new Set<string>();
    for (const id in state.sanctions) {
      const s = state.sanctions[id];
      if (s?.active && s.target !== power) targets.add(s.target);
    }
    for (const id in state.wars) {
      const w = state.wars[id];
      if (!w || w.endedTurn !== undefined) continue;
      if (w.sides[0].includes(power)) for (const e of w.sides[1]) targets.add(e);
      if (w.sides[1].includes(power)) for (const e of w.sides[0]) targets.add(e);
    }
    const own = state.powers[power]?.embargoes ?? [];
    return [...targets]
      .filter((t) => !own.includes(t) && state.powers[t]?.alive)
      .sort()
      .map((target) => ({ kind: "embargo", target }));
  },
};

const invest: OrderRule<"invest"> = {
  check(state, power, _order, ctx) {
    const p = state.powers[power];
    if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
    if (p.industry >= 100 && p.stability >= 100)
      return refuse("ERR_LIMIT", "Your economy cannot grow further.");
    return checkProduction(state, power, ctx.scenario.rules.economy.investCost, ctx);
  },
  resolve(d, power, _order, ctx) {
    const { investCost, investStep } = ctx.scenario.rules.economy;
    const p = d.power(power);
    p.production -= investCost;
    p.industry = Math.min(100, p.industry + investStep);
    p.stability = Math.min(100, p.stability + investStep);
  },
  candidates: (state, power, ctx) =>
    (state.powers[power]?.production ?? 0) >= ctx.scenario.rules.economy.investCost
      ? [{ kind: "invest" }]
      : [],
};

export const STATECRAFT_ORDERS: Pick<
  OrderRules,
  "demand" | "callConference" | "aid" | "intelligence" | "embargo" | "invest"
> = {
  demand,
  callConference,
  aid: AID,
  intelligence: INTELLIGENCE,
  embargo,
  invest,
};
