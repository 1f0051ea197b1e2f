import type { Ctx } from "../engine/context.ts";
import type { PowerId } from "../model/state.ts";
import { PersonalitySchema, type Personality } from "../scenario/schema.ts";

export type { Personality } from "../scenario/schema.ts";
type PersonalityInput = Parameters<typeof PersonalitySchema.parse>[0];

/** A character from the government alone, for powers with no entry above. */
function byGovernment(ctx: Ctx, seat: PowerId): PersonalityInput {
  const def = ctx.powers.get(seat);
  const ideology = def?.ideology ?? "conservative";
  if (ideology === "nazi" || ideology === "fascist") {
    return { aims: ["revise"], risk: 0.6, trust: 0.3, honour: 0.3, affinities: { [ideology]: 1 } };
  }
  if (ideology === "communist") {
    return { aims: ["security"], risk: 0.4, trust: 0.3, honour: 0.4, affinities: { communist: 1 } };
  }
  return {
    aims: def?.great ? ["security", "peace"] : ["neutrality", "peace"],
    risk: 0.25,
    trust: 0.5,
    honour: 0.5,
    affinities: { [ideology]: 0.5, communist: -0.3 },
  };
}

const cache = new WeakMap<Ctx, Map<PowerId, Personality>>();

/**
 * The character a bot plays this seat with: the scenario's (the 1933 scenario gives each
 * historical government its own, with a source, in assets/scenarios/1933/powers.json), else
 * one from the government and ideology alone.
 */
export function personalityOf(ctx: Ctx, seat: PowerId): Personality {
  let byPower = cache.get(ctx);
  if (!byPower) {
    byPower = new Map();
    cache.set(ctx, byPower);
  }
  const known = byPower.get(seat);
  if (known) return known;
  const def = ctx.powers.get(seat);
  const p = def?.personality ?? PersonalitySchema.parse(byGovernment(ctx, seat));
  byPower.set(seat, p);
  return p;
}

/** Liking of `me` for `other`'s government, -1 to 1. */
export function affinity(ctx: Ctx, me: Personality, other: PowerId): number {
  const ideology = ctx.powers.get(other)?.ideology;
  return ideology ? (me.affinities[ideology] ?? 0) : 0;
}

export function fears(me: Personality, other: PowerId): boolean {
  return me.fears.includes(other);
}
