import type { LogEntry } from "../actions/schema.ts";
import type { Phase } from "../core/calendar.ts";
import { turnIndex, turnLabel } from "../core/calendar.ts";
import type { Result } from "../core/result.ts";
import { branchLog, replay, type MatchRecord } from "../engine/replay.ts";
import type { GameState } from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import { replayMatch, type ReplayError, type ReplayFile } from "./file.ts";

/**
 * Replay helpers for a viewer: every state of a match re-run by the engine, grouped into
 * steps of one turn and phase for a scrubber, and the branch point at a turn.
 */

/** One stop on the scrubber: a phase of a turn, shown as it stood when the phase ended. */
export interface ReplayStep {
  /** Position on the scrubber. */
  readonly index: number;
  readonly turn: number;
  readonly label: string;
  readonly phase: Phase;
  /** Index in `states` of the phase's last state (what the step shows). */
  readonly state: number;
  readonly stateId: number;
}

export interface ReplayTimeline {
  readonly states: readonly GameState[];
  readonly steps: readonly ReplayStep[];
  readonly final: GameState;
}

/** The engine's record for a replay file, against the scenario the reader resolved for it. */
export function recordOf(file: ReplayFile, scenario: Scenario): MatchRecord {
  return { scenario, match: replayMatch(file), log: file.log };
}

/** The steps of a run of states: one per (turn, phase), in order, each at its last state. */
export function phaseSteps(states: readonly GameState[]): ReplayStep[] {
  const steps: ReplayStep[] = [];
  states.forEach((s, i) => {
    const next = states[i + 1];
    if (next && next.turn === s.turn && next.phase === s.phase) return;
    steps.push({
      index: steps.length,
      turn: s.turn,
      label: turnLabel(s.turn),
      phase: s.phase,
      state: i,
      stateId: s.stateId,
    });
  });
  return steps;
}

/**
 * Re-run a replay file with the engine, keeping every state. A log the engine refuses (a file
 * edited by hand, or rules that changed without a version bump) is an error value.
 */
export function replayTimeline(
  file: ReplayFile,
  scenario: Scenario,
): Result<ReplayTimeline, ReplayError> {
  const result = replay(recordOf(file, scenario), { keepStates: true });
  if (!result.ok) {
    return {
      ok: false,
      error: {
        code: "ERR_REPLAY_LOG",
        message: `The engine refuses this replay's log at entry ${result.at} (${result.error.code}: ${result.error.message}).`,
        params: { at: result.at, reason: result.error.code },
      },
    };
  }
  const states = result.states ?? [result.state];
  return { ok: true, value: { states, steps: phaseSteps(states), final: result.state } };
}

/** The first step of a turn (and phase, if given); the nearest earlier step otherwise. */
export function stepAt(steps: readonly ReplayStep[], turn: number, phase?: Phase): number {
  let found = 0;
  for (const s of steps) {
    if (s.turn > turn) break;
    if (s.turn < turn || phase === undefined || s.phase === phase) {
      found = s.index;
      if (s.turn === turn) break;
    }
  }
  return found;
}

/**
 * Turns a branch may start at: from the turn after the first to the last turn the replay
 * reached. A branch begins at the start of its turn, so the history up to then is shared.
 */
export function branchTurns(steps: readonly ReplayStep[]): number[] {
  const turns = [...new Set(steps.filter((s) => s.phase !== "ended").map((s) => s.turn))];
  return turns.slice(1);
}

export interface BranchPoint {
  /** The shared history: the log up to the first state of the turn. */
  readonly log: LogEntry[];
  /** The state a new match continues from. */
  readonly state: GameState;
}

/** The branch of a replay at a turn, as the engine cuts it (`branchLog`), and its state. */
export function branchPoint(
  file: ReplayFile,
  scenario: Scenario,
  turn: number | string,
): Result<BranchPoint, ReplayError> {
  const at = typeof turn === "number" ? turn : turnIndex(turn);
  if (at === undefined) {
    return { ok: false, error: { code: "ERR_REPLAY_INVALID", message: `${turn} is not a turn.` } };
  }
  const record = recordOf(file, scenario);
  const log = branchLog(record, at);
  const result = replay({ ...record, log });
  if (!result.ok) {
    return {
      ok: false,
      error: {
        code: "ERR_REPLAY_LOG",
        message: `The engine refuses this replay's log at entry ${result.at}.`,
        params: { at: result.at, reason: result.error.code },
      },
    };
  }
  if (result.state.turn !== at || result.state.phase === "ended") {
    return {
      ok: false,
      error: {
        code: "ERR_REPLAY_INVALID",
        message: `This replay does not reach ${turnLabel(at)} with a turn still to play.`,
        params: { turn: turnLabel(at) },
      },
    };
  }
  return { ok: true, value: { log, state: result.state } };
}
