import { Worker } from "node:worker_threads";
import { startState, type GameRow } from "./game.ts";
import { buildPlan, type PlanSpec } from "./plan.ts";
import type { FromWorker, ToWorker, WorkerData, WorkerInit } from "./worker.ts";

export interface RunOptions {
  readonly spec: PlanSpec;
  readonly games: number;
  readonly seed: number;
  readonly workers: number;
  /** Called after each finished chunk with the number of games done. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Play games 0 … N-1 on W worker threads. Chunks of indices go to whichever worker is free;
 * rows come back in any order and are put in their place by index, so the result depends
 * only on the seed and the plan, never on the number of workers.
 */
export async function runGames(opts: RunOptions): Promise<GameRow[]> {
  const rows: GameRow[] = new Array<GameRow>(opts.games);
  const chunkSize = Math.max(1, Math.min(100, Math.ceil(opts.games / (opts.workers * 8))));
  let next = 0;
  let done = 0;
  const take = (): number[] | undefined => {
    if (next >= opts.games) return undefined;
    // Chunks shrink towards the end, so that no worker waits long on the other's last chunk.
    const size = Math.min(chunkSize, Math.ceil((opts.games - next) / (opts.workers * 4)));
    const chunk: number[] = [];
    for (let i = 0; i < size && next < opts.games; i++) chunk.push(next++);
    return chunk;
  };
  // Built once here rather than in every worker (a worker's scenario is a copy of this one).
  const plan = await buildPlan(opts.spec);
  const init: WorkerInit = { plan, start: startState(plan), seed: opts.seed };
  const workerData: WorkerData = { json: JSON.stringify(init) };
  const workers = Math.max(1, Math.min(opts.workers, Math.ceil(opts.games / chunkSize)));
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(new URL("./worker.ts", import.meta.url), { workerData });
          const send = () => {
            const chunk = take();
            w.postMessage((chunk ? { chunk } : { stop: true }) satisfies ToWorker);
          };
          w.on("message", (msg: FromWorker) => {
            if ("error" in msg) {
              void w.terminate();
              reject(new Error(msg.error));
              return;
            }
            if ("rows" in msg) {
              for (const row of msg.rows) rows[row.index] = row;
              done += msg.rows.length;
              opts.onProgress?.(done);
            }
            send();
          });
          w.on("error", reject);
          w.on("exit", () => resolve());
        }),
    ),
  );
  return rows;
}
