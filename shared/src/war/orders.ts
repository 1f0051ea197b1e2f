import { refuse } from "../core/result.ts";
import { navalLimitOk } from "../treaties/violations.ts";
import { flagrantBreach } from "../enforcement/breach.ts";
import type { OrderRule, OrderRules } from "../orders/types.ts";
import { atWar, atWarAny, enemiesOf, warBetween } from "./aggression.ts";
import { checkProduction, checkTarget } from "./gates.ts";
import { ATTACK, DECLARE_WAR, OCCUPY } from "./moves.ts";

/**
 * Rearmament and readiness, fortification, remilitarisation, annexation and blockade.
 * The moves that can be aggression (occupy, declareWar, attack) are in war/moves.ts.
 */

const BRANCHES = ["army", "air", "navy"] as const;

const rearm: OrderRule<"rearm"> = {
  check(state, power, order, ctx) {
    const p = state.powers[power];
    if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
    if (p[order.branch] >= 100) return refuse("ERR_LIMIT", `Your ${order.branch} is at its peak.`);
    const rules = ctx.scenario.rules.economy;
    const queued = p.orders.filter((o) => o.kind === "rearm" && o.branch === "navy").length;
    const navyAfter = p.navy + rules.rearmStep * (queued + 1);
    if (order.branch === "navy" && !navalLimitOk(state, power, navyAfter))
      return refuse(
        "ERR_NOT_ALLOWED",
        "A naval limitation in force forbids it: denounce the treaty first.",
      );
    return checkProduction(state, power, rules.rearmCost, ctx);
  },
  resolve(d, power, order, ctx) {
    const rules = ctx.scenario.rules;
    const p = d.power(power);
    p.production -= rules.economy.rearmCost;
    p[order.branch] = Math.min(100, p[order.branch] + rules.economy.rearmStep);
    d.tension(rules.tension.rearm);
    d.news("news.rearmed", { power, branch: order.branch }, [power]);
  },
  candidates(state, power, ctx) {
    const p = state.powers[power];
    if (!p || (p.production ?? 0) < ctx.scenario.rules.economy.rearmCost) return [];
    return BRANCHES.filter((b) => p[b] < 100).map((branch) => ({ kind: "rearm", branch }));
  },
};

const mobilise: OrderRule<"mobilise"> = {
  check(state, power, _order, ctx) {
    const p = state.powers[power];
    if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
    if (p.mobilisation >= 100) return refuse("ERR_ALREADY_DONE", "You are fully mobilised.");
    const threshold = ctx.scenario.rules.tension.mobilise;
    if (state.tension < threshold && !atWarAny(state, power)) {
      return refuse(
        "ERR_TENSION_TOO_LOW",
        `Mobilisation needs world tension of ${threshold} or a war.`,
      );
    }
    return undefined;
  },
  resolve(d, power, _order, ctx) {
    const rules = ctx.scenario.rules;
    const p = d.power(power);
    p.mobilisation = Math.min(100, p.mobilisation + rules.war.mobilisationStep);
    d.tension(rules.tension.mobilisation);
    d.news("news.mobilised", { power, level: p.mobilisation });
  },
  candidates: (state, power) =>
    (state.powers[power]?.mobilisation ?? 100) < 100 ? [{ kind: "mobilise" }] : [],
};

const demobilise: OrderRule<"demobilise"> = {
  check(state, power) {
    const p = state.powers[power];
    if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
    if (p.mobilisation <= 0) return refuse("ERR_ALREADY_DONE", "You are not mobilised.");
    return undefined;
  },
  resolve(d, power, _order, ctx) {
    const p = d.power(power);
    p.mobilisation = Math.max(0, p.mobilisation - ctx.scenario.rules.war.mobilisationStep);
    d.news("news.demobilised", { power, level: p.mobilisation });
  },
  candidates: (state, power) =>
    (state.powers[power]?.mobilisation ?? 0) > 0 ? [{ kind: "demobilise" }] : [],
};

const fortify: OrderRule<"fortify"> = {
  check(state, power, order, ctx) {
    const r = state.regions[order.region];
    if (!r) return refuse("ERR_UNKNOWN_REGION", `There is no region ${order.region}.`);
    if (
      ctx.regions.get(order.region)?.kind !== "land" ||
      r.owner !== power ||
      r.controller !== power
    )
      return refuse("ERR_NOT_ALLOWED", "You can fortify only land you own and hold.");
    if (r.demilitarised)
      return refuse("ERR_NOT_ALLOWED", "A demilitarised region cannot be fortified.");
    if (r.fortification >= ctx.scenario.rules.economy.maxFortification)
      return refuse("ERR_LIMIT", "That region is as fortified as it can be.");
    return checkProduction(state, power, ctx.scenario.rules.economy.fortifyCost, ctx);
  },
  resolve(d, power, order, ctx) {
    d.power(power).production -= ctx.scenario.rules.economy.fortifyCost;
    const r = d.region(order.region);
    r.fortification += 1;
    d.news("news.fortified", { power, region: order.region }, [power]);
  },
  candidates(state, power, ctx) {
    // Frontier regions only: those touching land held by another power.
    const out: Array<{ kind: "fortify"; region: string }> = [];
    for (const id of ctx.landRegionIds) {
      const r = state.regions[id];
      if (r?.owner !== power || r.controller !== power || r.demilitarised) continue;
      if (r.fortification >= ctx.scenario.rules.economy.maxFortification) continue;
      const frontier = (ctx.adjacency.get(id) ?? []).some((n) => {
        const c = state.regions[n]?.controller;
        return ctx.regions.get(n)?.kind === "land" && c !== null && c !== undefined && c !== power;
      });
      if (frontier) out.push({ kind: "fortify", region: id });
    }
    return out;
  },
};

const remilitarise: OrderRule<"remilitarise"> = {
  check(state, power, order) {
    const r = state.regions[order.region];
    if (!r) return refuse("ERR_UNKNOWN_REGION", `There is no region ${order.region}.`);
    if (r.owner !== power || r.controller !== power)
      return refuse("ERR_NOT_ALLOWED", "You can remilitarise only a region you own and hold.");
    if (!r.demilitarised) return refuse("ERR_ALREADY_DONE", "That region is not demilitarised.");
    return undefined;
  },
  resolve(d, power, order, ctx) {
    d.region(order.region).demilitarised = false;
    d.tension(ctx.scenario.rules.tension.remilitarise);
    d.news("news.remilitarised", { power, region: order.region });
    flagrantBreach(d, ctx, power, order.region);
  },
  candidates(state, power, ctx) {
    return ctx.landRegionIds
      .filter((id) => {
        const r = state.regions[id];
        return r?.demilitarised && r.owner === power && r.controller === power;
      })
      .map((region) => ({ kind: "remilitarise", region }));
  },
};

const annex: OrderRule<"annex"> = {
  check(state, power, order) {
    const r = state.regions[order.region];
    if (!r) return refuse("ERR_UNKNOWN_REGION", `There is no region ${order.region}.`);
    if (r.controller !== power)
      return refuse("ERR_NOT_ALLOWED", "You can annex only a region you hold.");
    if (r.owner === power) return refuse("ERR_ALREADY_DONE", "That region is already yours.");
    return undefined;
  },
  resolve(d, power, order, ctx) {
    const from = d.s.regions[order.region]?.owner ?? "";
    d.region(order.region).owner = power;
    d.tension(ctx.scenario.rules.tension.annex);
    d.news("news.annexed", { power, region: order.region, from });
  },
  candidates(state, power, ctx) {
    return ctx.regionIds
      .filter((id) => {
        const r = state.regions[id];
        return r?.controller === power && r.owner !== null && r.owner !== power;
      })
      .map((region) => ({ kind: "annex", region }));
  },
};

const blockade: OrderRule<"blockade"> = {
  check(state, power, order, ctx) {
    const bad = checkTarget(state, power, order.target);
    if (bad) return bad;
    if (!atWar(state, power, order.target))
      return refuse("ERR_NOT_AT_WAR", `You are not at war with ${order.target}.`);
    if ((state.powers[power]?.navy ?? 0) < ctx.scenario.rules.war.blockadeNavy)
      return refuse("ERR_NO_REACH", "Your navy is too small to blockade.");
    const w = warBetween(state, power, order.target);
    if (w?.blockades?.some((b) => b.by === power && b.target === order.target))
      return refuse("ERR_ALREADY_DONE", `You already blockade ${order.target}.`);
    return undefined;
  },
  resolve(d, power, order) {
    const w = warBetween(d.s, power, order.target);
    if (!w) return;
    const war = d.entry("wars", w.id);
    war.blockades = [...(war.blockades ?? []), { by: power, target: order.target }];
    d.news("news.blockade", { power, target: order.target });
  },
  candidates(state, power, ctx) {
    if ((state.powers[power]?.navy ?? 0) < ctx.scenario.rules.war.blockadeNavy) return [];
    return enemiesOf(state, power).map((target) => ({ kind: "blockade", target }));
  },
};

export const MILITARY_ORDERS: Pick<
  OrderRules,
  | "rearm"
  | "mobilise"
  | "demobilise"
  | "fortify"
  | "remilitarise"
  | "occupy"
  | "annex"
  | "declareWar"
  | "attack"
  | "blockade"
> = {
  rearm,
  mobilise,
  demobilise,
  fortify,
  remilitarise,
  occupy: OCCUPY,
  annex,
  declareWar: DECLARE_WAR,
  attack: ATTACK,
  blockade,
};
