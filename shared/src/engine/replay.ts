import type { LogEntry } from "../actions/schema.ts";
import type { GameState } from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { RuleError } from "../core/result.ts";
import { apply } from "./apply.ts";
import { compile } from "./context.ts";
import { createInitialState, type NewMatch } from "./setup.ts";

export interface MatchRecord {
  readonly scenario: Scenario;
  readonly match: NewMatch;
  readonly log: readonly LogEntry[];
}

export type ReplayResult =
  | { ok: true; state: GameState; states?: GameState[] }
  | { ok: false; at: number; error: RuleError };

/**
 * Re-run a match from its scenario, settings and log. Every entry must be accepted again
 * and produce the state id it recorded; `keepStates` keeps every intermediate state.
 */
export function replay(
  record: MatchRecord,
  options: { keepStates?: boolean; upTo?: number } = {},
): ReplayResult {
  const ctx = compile(record.scenario);
  let state = createInitialState(record.scenario, record.match);
  const states = options.keepStates ? [state] : undefined;
  for (const entry of record.log) {
    if (options.upTo !== undefined && entry.id > options.upTo) break;
    const result = apply(state, entry.by, entry.action, ctx, { inPlace: !options.keepStates });
    if (!result.ok) return { ok: false, at: entry.id, error: result.error };
    state = result.value.state;
    if (state.stateId !== entry.id) {
      return {
        ok: false,
        at: entry.id,
        error: { code: "ERR_STALE_STATE", message: "The log is out of sequence." },
      };
    }
    states?.push(state);
  }
  return states ? { ok: true, state, states } : { ok: true, state };
}

/** The log of a branch: the original log up to the first state of the given turn. */
export function branchLog(record: MatchRecord, turn: number): LogEntry[] {
  const ctx = compile(record.scenario);
  let state = createInitialState(record.scenario, record.match);
  const kept: LogEntry[] = [];
  for (const entry of record.log) {
    if (state.turn >= turn) break;
    const result = apply(state, entry.by, entry.action, ctx, { inPlace: true });
    if (!result.ok) break;
    state = result.value.state;
    kept.push(entry);
  }
  return kept;
}
