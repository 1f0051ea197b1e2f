import type { GameRow } from "./game.ts";

/** Mean milliseconds per game spent by the bots, the engine and the simulator's records. */
export interface TimeShares {
  readonly botsMs: number;
  readonly engineMs: number;
  readonly recordsMs: number;
  /** Bots' time over the engine's (issue 10's target: at most 2). */
  readonly botsOverEngine: number;
}

/** Where a run's time went, from the rows' clocks (wall time inside each worker). */
export function timeShares(rows: readonly GameRow[]): TimeShares {
  let bots = 0;
  let engine = 0;
  let records = 0;
  for (const r of rows) {
    bots += r.timing.bots;
    engine += r.timing.engine;
    records += r.timing.records;
  }
  const n = Math.max(1, rows.length);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    botsMs: r2(bots / n),
    engineMs: r2(engine / n),
    recordsMs: r2(records / n),
    botsOverEngine: r2(engine > 0 ? bots / engine : 0),
  };
}
