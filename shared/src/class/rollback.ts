import type { LogEntry } from "../actions/schema.ts";
import { apply } from "../engine/apply.ts";
import { compile } from "../engine/context.ts";
import type { MatchRecord } from "../engine/replay.ts";
import { createInitialState } from "../engine/setup.ts";

export interface RollbackPlan {
  /** Entries kept: the log up to (not including) the last resolution. */
  kept: LogEntry[];
  /** Entries undone, in order: the resolution and everything after it. */
  undone: LogEntry[];
  /** The turn whose resolution is undone. */
  turn: number;
}

/**
 * The teacher's "undo the last resolution": the log is cut just before the last `advance` that
 * ended an Orders phase, so the match returns to that phase with every order still standing.
 * The log itself never lies: the room archives the undone entries with the rollback's record
 * and appends a public news entry saying so; replaying the kept log plus that entry gives the
 * state every client then sees. Undefined when no resolution has happened yet.
 */
export function planRollback(record: MatchRecord): RollbackPlan | undefined {
  const ctx = compile(record.scenario);
  let state = createInitialState(record.scenario, record.match);
  let cut = -1;
  let turn = 0;
  record.log.forEach((entry, i) => {
    if (entry.by === "system" && entry.action.type === "advance" && state.phase === "orders") {
      cut = i;
      turn = state.turn;
    }
    const r = apply(state, entry.by, entry.action, ctx, { inPlace: true });
    if (r.ok) state = r.value.state;
  });
  if (cut < 0) return undefined;
  return { kept: record.log.slice(0, cut), undone: record.log.slice(cut), turn };
}
