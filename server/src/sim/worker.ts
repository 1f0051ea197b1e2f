import { parentPort, workerData } from "node:worker_threads";
import { playGame, startState, type GameRow } from "./game.ts";
import { buildPlan, type PlanSpec } from "./plan.ts";

/**
 * A simulator worker: builds the plan and the start state once, then plays the chunks of
 * game indices the main thread hands it, sending back one batch of rows per chunk.
 */
export interface WorkerInit {
  readonly spec: PlanSpec;
  readonly seed: number;
}
export type ToWorker = { chunk: number[] } | { stop: true };
export type FromWorker = { ready: true } | { rows: GameRow[] } | { error: string };

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  try {
    const plan = await buildPlan(init.spec);
    const start = startState(plan);
    port.on("message", (msg: ToWorker) => {
      if ("stop" in msg) {
        port.close();
        return;
      }
      try {
        const rows = msg.chunk.map((i) => playGame(plan, start, i, init.seed));
        port.postMessage({ rows } satisfies FromWorker);
      } catch (e) {
        port.postMessage({ error: String((e as Error).stack ?? e) } satisfies FromWorker);
      }
    });
    port.postMessage({ ready: true } satisfies FromWorker);
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
  }
}
