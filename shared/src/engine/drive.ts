import type { Action } from "../actions/schema.ts";
import { playSeat } from "../bots/act.ts";
import type { BotOptions, Move } from "../bots/types.ts";
import type { Phase } from "../core/calendar.ts";
import type { RuleError } from "../core/result.ts";
import type { Actor, GameState, PowerId } from "../model/state.ts";
import { apply } from "./apply.ts";
import type { Ctx } from "./context.ts";

/**
 * The one driver loop: in each phase whoever plays (bots, a script) acts, every action
 * applied once through `apply`, then the clock advances. The room, the simulator, the test
 * helpers and the history script all drive a match with these functions; they differ only
 * in who plays, how many passes the bots get, and what they record along the way.
 */

/** One accepted action: who, what, the state after it, and a bot's reason for it. */
export interface Step {
  readonly by: Actor;
  readonly action: Action;
  readonly state: GameState;
  readonly move?: Move | undefined;
}

export interface Driver {
  readonly ctx: Ctx;
  /** Mutate states in place: only for a caller whose states nobody else holds (the simulator). */
  readonly inPlace?: boolean;
  /** Told of every accepted action, in order. */
  readonly accepted?: (step: Step) => void;
  /** Told of every refused action (a bot's refusal is a bug: the simulator counts them). */
  readonly refused?: (by: Actor, action: Action, error: RuleError) => void;
  /**
   * Time spent in `apply`, added up on the caller's clock (the simulator's benchmark of where
   * time goes; the rules read no clock of their own).
   */
  readonly clock?: { readonly now: () => number; engine: number };
}

/** Apply one action once; the next state, or undefined when the engine refuses it. */
export function step(
  d: Driver,
  state: GameState,
  by: Actor,
  action: Action,
  move?: Move,
): GameState | undefined {
  const t0 = d.clock?.now() ?? 0;
  const r = apply(state, by, action, d.ctx, { inPlace: d.inPlace ?? false });
  if (d.clock) d.clock.engine += d.clock.now() - t0;
  if (!r.ok) {
    d.refused?.(by, action, r.error);
    return undefined;
  }
  d.accepted?.({ by, action, state: r.value.state, move });
  return r.value.state;
}

export interface BotPlay {
  /** The seats bots play, in the order they act. */
  readonly seats: readonly PowerId[];
  /** Each seat's bot options. */
  readonly options?: (seat: PowerId) => BotOptions;
  /**
   * Most passes over the seats in a phase (a later seat's proposal is answered in the next
   * pass); a pass in which nobody acted ends the phase's play, since bots are pure functions
   * of the state and would do nothing again.
   */
  readonly passes: (phase: Phase) => number;
}

/** The bots play the current phase; each of their actions is applied once. */
export function botsAct(d: Driver, state: GameState, play: BotPlay): GameState {
  const passes = play.passes(state.phase);
  for (let pass = 0; pass < passes; pass++) {
    let acted = 0;
    for (const seat of play.seats) {
      const submit = (s: GameState, action: Action, move?: Move) => {
        const next = step(d, s, seat, action, move);
        if (next) acted += 1;
        return next;
      };
      state = playSeat(state, seat, d.ctx, play.options?.(seat) ?? {}, submit);
    }
    if (acted === 0) break;
  }
  return state;
}

const ADVANCE: Action = { type: "advance" };

/** The clock ends the phase; undefined when it cannot (the match is over). */
export function advance(d: Driver, state: GameState): GameState | undefined {
  return step(d, state, "system", ADVANCE);
}

export interface Loop {
  /** Whoever plays this phase acts; returns the state after their actions. */
  play(state: GameState): GameState;
  /** Everyone has acted: what to read before the phase ends. */
  beforeAdvance?(state: GameState): void;
  /** The phase has just ended (the state is the next phase's first). */
  afterAdvance?(state: GameState): void;
  /** Stop before playing this phase (a start point reached). */
  stop?(state: GameState): boolean;
  /** Most phases to play (a guard against a calendar that never ends). Default 400. */
  readonly maxPhases?: number;
}

/** Play phase after phase until the match ends, `stop` says so, or the guard runs out. */
export function drive(d: Driver, state: GameState, loop: Loop): GameState {
  const max = loop.maxPhases ?? 400;
  for (let guard = 0; state.phase !== "ended" && guard < max; guard++) {
    if (loop.stop?.(state)) break;
    state = loop.play(state);
    loop.beforeAdvance?.(state);
    const next = advance(d, state);
    if (!next) break;
    state = next;
    loop.afterAdvance?.(state);
  }
  return state;
}

/** A match to its end with bots at the given seats: `drive` with `botsAct` as the player. */
export function driveBots(
  d: Driver,
  state: GameState,
  play: BotPlay,
  loop: Omit<Loop, "play"> = {},
): GameState {
  return drive(d, state, { ...loop, play: (s) => botsAct(d, s, play) });
}
