import type { GameState, PowerState } from "../model/state.ts";

/**
 * What a power's record says to someone who may or may not see all of it: another power's
 * action points and production are unknown (`null`) and its intelligence work is never known;
 * its figures may be estimates. Both a `PowerState` and a seat's `PowerView` are one.
 */
export type KnownPower = Omit<PowerState, "intel" | "ap" | "production"> & {
  ap: number | null;
  production: number | null;
};

/**
 * What a seat knows of the match: the state without the dice, the seed and the id counter,
 * with powers as `KnownPower`s. A full `GameState` is one, and so is a seat's `GameView`: the
 * engine functions a client or a bot needs (legal actions, checks, draft warnings, scores,
 * reach) take a `Known`, so reading what a view lacks fails at compile time.
 */
export type Known = Omit<GameState, "rng" | "settings" | "powers" | "nextId" | "stateId"> & {
  settings: Omit<GameState["settings"], "seed">;
  powers: Record<string, KnownPower>;
};
