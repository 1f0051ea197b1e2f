import { Worker } from "node:worker_threads";

/**
 * SQLite's WAL checkpoint, off the event loop. By default the connection that commits copies
 * the WAL back into the database every 1000 pages, inside that commit: every room waits
 * (tens of ms, over 100 at times). Here the main connection never checkpoints; a worker with
 * its own connection to the same file runs a PASSIVE checkpoint each second, which never
 * blocks the writer. A killed process loses nothing: the WAL is replayed on open.
 */
const WORKER = `
const { workerData } = require("node:worker_threads");
const { DatabaseSync } = process.getBuiltinModule("node:sqlite");
const db = new DatabaseSync(workerData.file);
db.exec("PRAGMA busy_timeout = 1000;");
setInterval(() => {
  try {
    db.exec("PRAGMA wal_checkpoint(PASSIVE);");
  } catch {
    // Busy or closing: the next round catches up.
  }
}, workerData.everyMs);
`;

export function startCheckpointer(file: string, everyMs = 1000): () => Promise<void> {
  const worker = new Worker(WORKER, { eval: true, workerData: { file, everyMs } });
  worker.unref();
  worker.on("error", (e) => console.error("WAL checkpointer stopped:", e));
  return async () => {
    await worker.terminate();
  };
}
