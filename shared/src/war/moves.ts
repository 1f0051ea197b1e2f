import { refuse } from "../core/result.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId, RegionId } from "../model/state.ts";
import type { OrderRule } from "../orders/types.ts";
import { recordAggression } from "./acts.ts";
import { atWar, enemiesOf, warBetween } from "./aggression.ts";
import { checkTarget, checkWarGate } from "./gates.ts";
import { bordersByLand, canStrike, contacts, striker, theatreOf, theatreOfPower } from "./geo.ts";

/**
 * Moves that are acts of aggression unless the two powers are already at war: occupation
 * by force, a declaration of war, an attack on a region.
 */

/** Push on a region in the war between the two: fought at the end of Resolution. */
function addOffensive(d: Draft, by: PowerId, against: PowerId, region: RegionId): void {
  const w = warBetween(d.s, by, against);
  if (!w) return;
  const war = d.entry("wars", w.id);
  war.offensives = [...(war.offensives ?? []), { by, region }];
}

/**
 * Troops march into a neighbour's region (the Anschluss, March 1938; Albania, April 1939):
 * control passes at once and it is an aggression. If the victim resists it fights to take
 * the region back the same turn.
 */
export const OCCUPY: OrderRule<"occupy"> = {
  check(state, power, order, ctx) {
    const r = state.regions[order.region];
    if (!r || ctx.regions.get(order.region)?.kind === "sea")
      return refuse("ERR_UNKNOWN_REGION", `There is no land region ${order.region}.`);
    const owner = r.owner;
    if (owner === null || owner === power || r.controller !== owner)
      return refuse(
        "ERR_NOT_ALLOWED",
        "You can occupy only a region another state owns and holds.",
      );
    const bad = checkTarget(state, power, owner);
    if (bad) return bad;
    if (atWar(state, power, owner))
      return refuse(
        "ERR_ALREADY_AT_WAR",
        `You are at war with ${owner}: attack the region instead.`,
      );
    if (!bordersByLand(state, ctx, power, order.region))
      return refuse("ERR_NOT_ADJACENT", "Your troops can occupy only a region next to yours.");
    return checkWarGate(state, power, owner, ctx);
  },
  resolve(d, power, order, ctx) {
    const victim = d.s.regions[order.region]?.owner;
    if (!victim) return;
    d.region(order.region).controller = power;
    recordAggression(d, ctx, {
      kind: "occupation",
      aggressor: power,
      victim,
      regions: [order.region],
      theatre: theatreOf(ctx, order.region),
    });
    addOffensive(d, victim, power, order.region);
  },
  candidates(state, power, ctx) {
    // Regions the power claims (Austria, the Sudetenland, Memel): the occupations worth offering.
    const out: Array<{ kind: "occupy"; region: string }> = [];
    for (const id of ctx.regionIds) {
      const r = state.regions[id];
      if (!r?.claims.includes(power) || r.owner === power || r.owner === null) continue;
      if (r.controller !== r.owner || atWar(state, power, r.owner)) continue;
      if (bordersByLand(state, ctx, power, id)) out.push({ kind: "occupy", region: id });
    }
    return out;
  },
};

export const DECLARE_WAR: OrderRule<"declareWar"> = {
  check(state, power, order, ctx) {
    const bad = checkTarget(state, power, order.target);
    if (bad) return bad;
    if (atWar(state, power, order.target))
      return refuse("ERR_ALREADY_AT_WAR", `You are already at war with ${order.target}.`);
    return checkWarGate(state, power, order.target, ctx);
  },
  resolve(d, power, order, ctx) {
    recordAggression(d, ctx, {
      kind: "war",
      aggressor: power,
      victim: order.target,
      regions: [],
      theatre: theatreOfPower(ctx, order.target),
    });
  },
  candidates(state, power, ctx) {
    const touching = contacts(state, ctx);
    return ctx.powerIds
      .filter(
        (id) =>
          id !== power &&
          state.powers[id]?.alive &&
          touching.has(`${power}|${id}`) &&
          !atWar(state, power, id),
      )
      .map((target) => ({ kind: "declareWar", target }));
  },
};

/**
 * An attack on a region held by another power, over a land border or across the sea.
 * Against a power not yet at war with the attacker it is an aggression that starts the war.
 */
export const ATTACK: OrderRule<"attack"> = {
  check(state, power, order, ctx) {
    const r = state.regions[order.region];
    if (!r || ctx.regions.get(order.region)?.kind === "sea")
      return refuse("ERR_UNKNOWN_REGION", `There is no land region ${order.region}.`);
    const holder = r.controller;
    if (holder === null || holder === power)
      return refuse("ERR_NOT_ALLOWED", "There is no enemy to attack there.");
    const bad = checkTarget(state, power, holder);
    if (bad) return bad;
    if (!canStrike(state, ctx, power, order.region))
      return refuse("ERR_NO_REACH", "Your forces cannot reach that region by land or sea.");
    return atWar(state, power, holder) ? undefined : checkWarGate(state, power, holder, ctx);
  },
  resolve(d, power, order, ctx) {
    const holder = d.s.regions[order.region]?.controller;
    if (!holder) return;
    if (!atWar(d.s, power, holder)) {
      recordAggression(d, ctx, {
        kind: "attack",
        aggressor: power,
        victim: holder,
        regions: [order.region],
        theatre: theatreOf(ctx, order.region),
      });
    }
    addOffensive(d, power, holder, order.region);
  },
  candidates(state, power, ctx) {
    const enemies = new Set(enemiesOf(state, power));
    if (enemies.size === 0) return [];
    const out: Array<{ kind: "attack"; region: string }> = [];
    const reaches = striker(state, ctx, power);
    for (const id of ctx.regionIds) {
      const c = state.regions[id]?.controller;
      if (c && enemies.has(c) && ctx.regions.get(id)?.kind !== "sea" && reaches(id))
        out.push({ kind: "attack", region: id });
    }
    return out;
  },
};
