import { believe } from "../deterrence/belief.ts";
import type { GameState } from "../model/state.ts";
import { viewFor } from "../knowledge/viewFor.ts";
import { hash } from "./policy.ts";
import type { Bot } from "./types.ts";

const beliefs = new WeakMap<GameState, Map<string, GameState>>();

/**
 * What the bot's seat knows: its own view of the state (viewFor), as a belief the rules can
 * read (deterrence/belief.ts). Computed once per state id and seat.
 */
export function knownTo(bot: Bot): GameState {
  let bySeat = beliefs.get(bot.state);
  if (!bySeat) {
    bySeat = new Map();
    beliefs.set(bot.state, bySeat);
  }
  // The simulator applies actions in place: the same object at a later stateId is another state.
  const key = `${bot.seat}:${bot.state.stateId}`;
  const cached = bySeat.get(key);
  if (cached) return cached;
  const known = believe(viewFor(bot.state, bot.seat), hash(`${bot.seat}:${bot.state.turn}`));
  bySeat.set(key, known);
  return known;
}
