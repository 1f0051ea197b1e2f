import { parentPort, workerData } from "node:worker_threads";
import type { GameState } from "@cs/shared";
import { playGame, type GamePlan, type GameRow } from "./game.ts";

/**
 * A simulator worker: plays the chunks of game indices the main thread hands it, sending back
 * one batch of rows per chunk. The plan and the start state come built from the main thread,
 * so a worker neither loads the scenario files nor parses the scenario again: that was most
 * of its start-up.
 *
 * They come as JSON text, not as objects for postMessage to clone: the structured clone builds
 * the scenario's and the state's big objects in V8's slow dictionary mode, and every game read
 * them so (a game on a worker cost a quarter more CPU than in the main thread); JSON.parse
 * builds them with fast properties.
 */
export interface WorkerInit {
  readonly plan: GamePlan;
  readonly start: GameState;
  readonly seed: number;
}
export type WorkerData = { readonly json: string };
export type ToWorker = { chunk: number[] } | { stop: true };
export type FromWorker = { ready: true } | { rows: GameRow[] } | { error: string };

const port = parentPort;
if (port) {
  const { plan, start, seed } = JSON.parse((workerData as WorkerData).json) as WorkerInit;
  port.on("message", (msg: ToWorker) => {
    if ("stop" in msg) {
      port.close();
      return;
    }
    try {
      const rows = msg.chunk.map((i) => playGame(plan, start, i, seed));
      port.postMessage({ rows } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ error: String((e as Error).stack ?? e) } satisfies FromWorker);
    }
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
