/**
 * The real server as its own process (`node server/src/main.ts`), for the tests that kill it
 * with SIGKILL and start it again on the same data.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const MAIN = resolve(import.meta.dirname, "../../server/src/main.ts");
const READY = "Collective Security server on";

/** Starts the server on a port and data folder; resolves once it says it is listening. */
export async function bootServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    // SCENARIO_DIR at the (empty) data folder: only the built-in small scenario loads, fast.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SCENARIO_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((ok, fail) => {
    let out = "";
    child.once("exit", (code) => fail(new Error(`server exited with ${code}: ${out}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      // The line can arrive split across chunks: look at everything read so far.
      out += chunk.toString();
      if (out.includes(READY)) ok();
    });
  });
  return child;
}

/** SIGKILL, as a crash would: no shutdown hook runs. */
export function killServer(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    child.removeAllListeners("exit");
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once("exit", () => ok());
    child.kill("SIGKILL");
  });
}
