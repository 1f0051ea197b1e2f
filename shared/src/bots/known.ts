import { believe } from "../deterrence/belief.ts";
import type { GameState, PowerState } from "../model/state.ts";
import { newViewMemo, type ViewMemo } from "../knowledge/memo.ts";
import { viewFor, type PowerView } from "../knowledge/viewFor.ts";
import { hash } from "./policy.ts";
import type { Bot } from "./types.ts";

const beliefs = new WeakMap<GameState, Map<string, GameState>>();

/**
 * What outsiders see of each power in one state's content, shared by every seat's belief:
 * tied to the state object and its action counter (the simulator applies in place, a room
 * makes a new object), so an accepted action starts a new memo.
 */
interface Shared {
  stateId: number;
  views: ViewMemo;
}

/**
 * Beliefs about each outside view of a power: a belief is a function of the view alone, and
 * views of a power that has not changed are handed out again from state to state (viewFor).
 */
const believed = new WeakMap<PowerView, PowerState>();
const sharedByState = new WeakMap<GameState, Shared>();

function sharedFor(state: GameState): Shared {
  let sh = sharedByState.get(state);
  if (!sh || sh.stateId !== state.stateId) {
    sh = { stateId: state.stateId, views: newViewMemo() };
    sharedByState.set(state, sh);
  }
  return sh;
}

/**
 * What the bot's seat knows: its own view of the state (viewFor), as a belief the rules can
 * read (deterrence/belief.ts). Computed once per seat and phase.
 */
export function knownTo(bot: Bot): GameState {
  // The same bot asking again in the same phase (the common case): no lookup at all.
  const last = bot.known;
  if (
    last &&
    last.of === bot.state &&
    last.turn === bot.state.turn &&
    last.phase === bot.state.phase
  )
    return last.value;
  const value = lookUp(bot);
  bot.known = { of: bot.state, turn: bot.state.turn, phase: bot.state.phase, value };
  return value;
}

function lookUp(bot: Bot): GameState {
  let bySeat = beliefs.get(bot.state);
  if (!bySeat) {
    bySeat = new Map();
    beliefs.set(bot.state, bySeat);
  }
  // A seat's knowledge is refreshed once a phase: what it learnt when the phase opened (or
  // when it first looked in it). The simulator applies actions in place, so the same object
  // in a later phase is another state.
  const key = `${bot.seat}:${bot.state.turn}:${bot.state.phase}`;
  const cached = bySeat.get(key);
  if (cached) return cached;
  // News is not needed to decide and is the longest list: the view is taken without it.
  const sh = sharedFor(bot.state);
  const view = viewFor(bot.state, bot.seat, sh.views, { news: false });
  const known = believe(view, hash(`${bot.salt}:${bot.seat}:${bot.state.turn}`), believed);
  bySeat.set(key, known);
  return known;
}
