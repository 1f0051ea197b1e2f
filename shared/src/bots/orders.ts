import type { Action } from "../actions/schema.ts";
import type { Order, OrderKind } from "../actions/orders.ts";
import { check } from "../engine/apply.ts";
import { ORDER_RULES } from "../orders/registry.ts";
import { ruleFor } from "../orders/types.ts";
import type { GameState } from "../model/state.ts";
import { atWarAny, enemiesOf } from "../war/aggression.ts";
import { balance } from "./strength.ts";
import { affinity, fears } from "./personality.ts";
import { lookahead } from "./lookahead.ts";
import { hash } from "./policy.ts";
import { weigh as weighDeterrence } from "../deterrence/weigh.ts";
import { groundsAgainst } from "./grounds.ts";
import { knownTo } from "./known.ts";
import type { Bot, Move } from "./types.ts";

/** Order kinds a historical bot considers: the period's routine policy, never new aggression. */
const HISTORICAL_KINDS: readonly OrderKind[] = [
  "ratify",
  "rearm",
  "invest",
  "fortify",
  "intelligence",
  "mobilise",
  "demobilise",
  "attack",
];
/** Adaptive bots also weigh the levers of revision, alliance and war. */
const ADAPTIVE_KINDS: readonly OrderKind[] = [
  ...HISTORICAL_KINDS,
  "joinLeague",
  "guarantee",
  "grantAccess",
  "remilitarise",
  "demand",
  "annex",
  "declareWar",
  "embargo",
];
/** Kinds whose candidates are only worth computing at war. */
const WAR_KINDS: ReadonlySet<OrderKind> = new Set(["attack", "mobilise"]);

interface Weighted {
  order: Order;
  weight: number;
  reason: string;
}

/** A heuristic weight for an order (0: never) and the reason the bot would give. */
function weigh(bot: Bot, order: Order, war: boolean): Weighted | undefined {
  const s = knownTo(bot);
  const aims = bot.p.aims;
  const w = (weight: number, reason: string): Weighted | undefined =>
    weight > 0 ? { order, weight, reason } : undefined;
  switch (order.kind) {
    case "ratify":
      return w(100, "We ratify what we signed.");
    case "rearm": {
      const firstBranch = order.branch === "army" ? 4 : order.branch === "air" ? 2 : 0;
      if (aims.includes("revise") || aims.includes("expand") || war)
        return w(35 + firstBranch, "We rearm: strength is our policy.");
      if (aims.includes("security") && s.tension >= 40)
        return w(22 + firstBranch, "We rearm against the threat.");
      if (s.turn >= 6 && s.tension >= 45) return w(18 + firstBranch, "Time to rearm.");
      return undefined;
    }
    case "invest":
      return w(war ? 0 : 15, "We build up the economy.");
    case "fortify":
      return w(aims.includes("security") ? 12 : 3, "We fortify the frontier.");
    case "intelligence":
      return w(fears(bot.p, order.target) ? 6 : 0, `We watch ${order.target}.`);
    case "mobilise":
      return w(war ? 50 : 0, "We are at war: mobilise.");
    case "demobilise":
      return w(!war && s.tension < 35 ? 10 : 0, "Peace allows demobilisation.");
    case "attack":
      return w(war && bot.p.risk >= 0.3 ? 40 : 0, "We press the offensive.");
    case "joinLeague":
      return w(aims.includes("collective") ? 30 : 0, "Collective security needs the League.");
    case "guarantee": {
      // A guarantee is an obligation to go to war: given only to a state a power we fear
      // has grounds against, never to every state in reach (each one a chain to a wider war).
      const good = affinity(bot.ctx, bot.p, order.target) >= 0 && aims.includes("security");
      const threat = good && threatened(bot, order.target);
      return w(threat && s.tension >= 40 ? 20 : 0, `We guarantee ${order.target}.`);
    }
    case "grantAccess":
      return w(affinity(bot.ctx, bot.p, order.to) > 0.5 ? 8 : 0, `${order.to} may cross.`);
    case "remilitarise":
      return w(aims.includes("revise") ? 40 : 0, "We restore our sovereignty.");
    case "demand": {
      // Only against a state we have grounds against (a claim, an objective, a crisis), and
      // only if the coalition we expect does not deter us.
      if (!grounds(bot, order.target) || !undeterred(bot, order.target)) return undefined;
      const b = balance(s, bot.ctx, bot.seat, order.target);
      return w(aims.includes("revise") && b >= 1.2 ? 45 : 0, "We claim what is ours.");
    }
    case "annex":
      return w(45, "We take what was agreed.");
    case "declareWar": {
      // No war without grounds (a claim, an objective, a crisis: a war already on is none),
      // nor against a coalition we expect to lose to.
      if (!grounds(bot, order.target) || !undeterred(bot, order.target)) return undefined;
      const b = balance(s, bot.ctx, bot.seat, order.target);
      return w(aims.includes("expand") && b >= 1.8 ? 25 : 0, `${order.target} is weak.`);
    }
    case "embargo":
      return w(war || !fears(bot.p, order.target) ? 0 : 4, `We embargo ${order.target}.`);
    default:
      return undefined;
  }
}

/** This power has grounds against the target: a claim, an objective or a crisis (grounds.ts). */
function grounds(bot: Bot, target: string): boolean {
  return groundsAgainst(knownTo(bot), bot.ctx, bot.seat, target) !== undefined;
}

/** A power this one fears has grounds against the target. */
function threatened(bot: Bot, target: string): boolean {
  const s = knownTo(bot);
  return bot.p.fears.some(
    (f) => s.powers[f]?.alive === true && groundsAgainst(s, bot.ctx, f, target) !== undefined,
  );
}

/** The deterrence weighing, on what this seat knows, lets it act against the target. */
function undeterred(bot: Bot, target: string): boolean {
  return weighDeterrence(knownTo(bot), bot.ctx, bot.seat, target).verdict === "proceed";
}

function legalOrders(bot: Bot, kinds: readonly OrderKind[], war: boolean): Weighted[] {
  const out: Weighted[] = [];
  const s = knownTo(bot);
  for (const kind of kinds) {
    if (WAR_KINDS.has(kind) && !war) continue;
    if (kind === "ratify" && !hasUnratified(s, bot.seat)) continue;
    for (const order of ruleFor(ORDER_RULES, kind).candidates(s, bot.seat, bot.ctx)) {
      const weighted = weigh(bot, order, war);
      if (!weighted) continue;
      if (check(bot.state, bot.seat, { type: "order", order }, bot.ctx)) continue;
      out.push(weighted);
    }
  }
  return out;
}

function hasUnratified(s: GameState, seat: string): boolean {
  for (const id in s.treaties) {
    const t = s.treaties[id];
    if (t?.status === "signed" && t.parties.includes(seat) && t.ratifications[seat] === undefined)
      return true;
  }
  return false;
}

/**
 * This turn's orders: the heaviest candidates, one per kind, a little varied by a hash of the
 * seed and turn. Adaptive bots re-rank the best few by a one-turn lookahead on the engine.
 */
export function chooseOrders(bot: Bot): Move[] {
  // Its own orders are its view's unchanged: once given, no view is built to learn it.
  if ((bot.state.powers[bot.seat]?.orders.length ?? 0) > 0) return [];
  const s = knownTo(bot);
  if (!s.powers[bot.seat]) return [];
  const war = atWarAny(s, bot.seat) && enemiesOf(s, bot.seat).length > 0;
  const adaptive = bot.strength === "adaptive";
  const list = legalOrders(bot, adaptive ? ADAPTIVE_KINDS : HISTORICAL_KINDS, war);
  const salt = `${bot.salt}:${s.turn}:${bot.seat}`;
  for (const x of list)
    x.weight += (hash(`${salt}:${x.order.kind}:${orderKey(x.order)}`) % 60) / 10;
  list.sort((a, b) => b.weight - a.weight);
  const perKind: Weighted[] = [];
  for (const x of list) if (!perKind.some((y) => y.order.kind === x.order.kind)) perKind.push(x);
  let chosen = perKind;
  if (adaptive && perKind.length > 0) {
    const base = lookahead(bot, undefined);
    const limit = bot.options.lookahead ?? 6;
    const scored = perKind.slice(0, limit).map((x) => {
      const gain = lookahead(bot, order(x.order)) - base;
      return {
        ...x,
        weight: x.weight / 10 + gain,
        reason: gain > 1 ? `${x.reason} (it pays)` : x.reason,
      };
    });
    chosen = scored.filter((x) => x.weight > 0).sort((a, b) => b.weight - a.weight);
  }
  return chosen
    .slice(0, bot.options.maxOrders ?? 3)
    .map((x) => ({ action: order(x.order), reason: x.reason }));
}

function order(o: Order): Action {
  return { type: "order", order: o };
}

function orderKey(o: Order): string {
  return "region" in o ? o.region : "target" in o ? o.target : "branch" in o ? o.branch : "";
}
