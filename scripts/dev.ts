/**
 * `npm run dev`: the game server (server/src/main.ts, port 2567) and Vite's dev server for the
 * client (port 5173, hot reload), together. The client reaches the server through
 * VITE_SERVER and the server lets that origin in (CORS_ORIGINS). Ctrl-C stops both; if one
 * exits, the other is stopped too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const PORT = process.env["PORT"] ?? "2567";
const VITE_PORT = "5173";
const server = `http://localhost:${PORT}`;

const children: ChildProcess[] = [
  spawn(process.execPath, [join(ROOT, "server/src/main.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, PORT, CORS_ORIGINS: `http://localhost:${VITE_PORT}` },
  }),
  spawn(join(ROOT, "node_modules/.bin/vite"), ["--port", VITE_PORT, "--strictPort"], {
    cwd: join(ROOT, "client"),
    stdio: "inherit",
    env: { ...process.env, VITE_SERVER: server },
  }),
];

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  process.exitCode = code;
}
for (const c of children) c.on("exit", (code) => stopAll(code ?? 0));
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
console.log(`dev: server on ${server}, client on http://localhost:${VITE_PORT}`);
