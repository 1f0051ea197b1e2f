import type { Ctx } from "../engine/context.ts";
import type { PowerId } from "../model/state.ts";
import { PersonalitySchema, type Personality } from "../scenario/schema.ts";

export type { Personality } from "../scenario/schema.ts";
type PersonalityInput = Parameters<typeof PersonalitySchema.parse>[0];

/**
 * The historical governments' characters, used when the scenario gives a power no
 * `personality`. Broad strokes from the period's diplomacy: Hitler's revisionism and appetite
 * for risk; France's search for allies in the East with little will to act alone; Britain's
 * appeasement and distance from the Soviet Union; Soviet collective security until 1939;
 * Mussolini's opportunism and empire; Poland's "balance" between its two neighbours;
 * Czechoslovakia's loyalty to the League and to France.
 */
const HISTORICAL: Readonly<Record<PowerId, PersonalityInput>> = {
  DEU: {
    aims: ["revise", "expand"],
    fears: ["SUN", "FRA"],
    risk: 0.8,
    trust: 0.2,
    honour: 0.15,
    affinities: { fascist: 0.6, nazi: 1, communist: -1, liberal: -0.3 },
  },
  FRA: {
    aims: ["security", "collective", "peace"],
    fears: ["DEU", "ITA"],
    risk: 0.2,
    trust: 0.5,
    honour: 0.55,
    affinities: { liberal: 0.6, conservative: 0.4, communist: -0.1, nazi: -0.6 },
  },
  GBR: {
    aims: ["peace", "empire"],
    fears: ["DEU", "JPN", "ITA"],
    risk: 0.15,
    trust: 0.5,
    honour: 0.6,
    affinities: { liberal: 0.6, conservative: 0.5, communist: -0.5, nazi: -0.2, fascist: -0.1 },
  },
  SUN: {
    aims: ["security", "collective", "expand"],
    fears: ["DEU", "JPN", "POL"],
    risk: 0.4,
    trust: 0.25,
    honour: 0.4,
    affinities: { communist: 1, liberal: 0, conservative: -0.3, fascist: -0.6, nazi: -0.6 },
  },
  ITA: {
    aims: ["empire", "expand", "revise"],
    fears: ["DEU"],
    risk: 0.6,
    trust: 0.3,
    honour: 0.3,
    affinities: { fascist: 1, nazi: 0.4, conservative: 0.2, communist: -0.8 },
  },
  POL: {
    aims: ["security", "neutrality"],
    fears: ["SUN", "DEU", "CSK"],
    risk: 0.5,
    trust: 0.3,
    honour: 0.6,
    affinities: { conservative: 0.5, liberal: 0.3, communist: -1, nazi: -0.3 },
  },
  CSK: {
    aims: ["security", "collective"],
    fears: ["DEU", "HUN", "POL"],
    risk: 0.3,
    trust: 0.7,
    honour: 0.8,
    affinities: { liberal: 0.8, conservative: 0.3, communist: 0.1, nazi: -0.8 },
  },
  ROU: {
    aims: ["security", "neutrality"],
    fears: ["SUN", "HUN"],
    risk: 0.2,
    trust: 0.4,
    honour: 0.5,
    affinities: { conservative: 0.5, liberal: 0.4, communist: -1 },
  },
  JPN: {
    aims: ["empire", "expand"],
    fears: ["SUN"],
    risk: 0.7,
    trust: 0.2,
    honour: 0.3,
    affinities: { nazi: 0.4, fascist: 0.4, communist: -1 },
  },
  USA: {
    aims: ["neutrality", "peace"],
    fears: ["JPN"],
    risk: 0.1,
    trust: 0.4,
    honour: 0.5,
    affinities: { liberal: 0.7, conservative: 0.4, communist: -0.4, nazi: -0.4 },
  },
};

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

/** The character a bot plays this seat with: the scenario's, else the historical default. */
export function personalityOf(ctx: Ctx, seat: PowerId): Personality {
  let byPower = cache.get(ctx);
  if (!byPower) {
    byPower = new Map();
    cache.set(ctx, byPower);
  }
  const known = byPower.get(seat);
  if (known) return known;
  const def = ctx.powers.get(seat);
  const p =
    def?.personality ?? PersonalitySchema.parse(HISTORICAL[seat] ?? byGovernment(ctx, seat));
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
