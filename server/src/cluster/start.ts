import { fork, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

/**
 * `npm run start:cluster`: N server processes on one machine (fork mode), each on its own
 * port, each reached through the proxy under its own path prefix (deploy/nginx.conf):
 *
 *   process i: PORT = BASE_PORT + i, PUBLIC_ADDRESS = PUBLIC_HOST/p<i>
 *
 * They share PostgreSQL (STORAGE=pg, DATABASE_URL) and Redis (REDIS_URL). A process that
 * exits is started again after a second (a fenced process exits on purpose: it must not
 * write, and its matches are already elsewhere). SIGTERM/SIGINT drain every process.
 */
const env = process.env;
const size = Number(env.CLUSTER_SIZE ?? 3);
const basePort = Number(env.BASE_PORT ?? 2568);
const publicHost = env.PUBLIC_HOST ?? "localhost:8080";
for (const need of ["DATABASE_URL", "REDIS_URL"] as const) {
  if (!env[need]) {
    console.error(`start:cluster needs ${need} (and runs with STORAGE=pg)`);
    process.exit(2);
  }
}

const main = resolve(import.meta.dirname, "../main.ts");
const children = new Map<number, ChildProcess>();
let stopping = false;

function start(i: number): void {
  const child = fork(main, [], {
    env: {
      ...env,
      STORAGE: "pg",
      PORT: String(basePort + i),
      PUBLIC_ADDRESS: `${publicHost}/p${i}`,
    },
  });
  children.set(i, child);
  child.on("exit", (code, signal) => {
    children.delete(i);
    if (stopping) return;
    console.error(`process ${i} (port ${basePort + i}) exited (${signal ?? code}); restarting`);
    setTimeout(() => start(i), 1000);
  });
}

for (let i = 1; i <= size; i++) start(i);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    for (const child of children.values()) child.kill("SIGTERM");
    const check = setInterval(() => {
      if (children.size === 0) {
        clearInterval(check);
        process.exit(0);
      }
    }, 100);
  });
}
