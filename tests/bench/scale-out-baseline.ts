/**
 * The scale-out benchmark's baseline: a raw `ws` echo server (echo-server.ts) under the same
 * driver — as many clients, the same think times, the same action frames — so that the
 * servers' latencies can be read as ratios to what loopback, Node and WebSockets cost on this
 * machine, at this moment.
 */
import { resolve } from "node:path";
import { pack } from "msgpackr";
import { WebSocket } from "ws";
import type { Action } from "@cs/shared";
import { freePort } from "../integration/harness.ts";
import { SEATS, spawnReady, summary, type Env, type Run } from "./scale-out-common.ts";
import { cpuSeconds, rssMiB, sleep } from "./server-load.ts";

const ECHO = resolve(import.meta.dirname, "echo-server.ts");

export async function baseline(e: Env): Promise<Run> {
  const port = await freePort();
  const server = await spawnReady([ECHO, String(port)], {}, "echo on");
  const pid = server.pid as number;
  const idle = rssMiB(pid);
  const n = e.matches * SEATS.length;
  const sockets: WebSocket[] = [];
  for (let i = 0; i < n; i += 50) {
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, n - i) }, async () => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}`);
          await new Promise((ok, fail) => ws.once("open", ok).once("error", fail));
          return ws;
        }),
      )),
    );
  }
  const latencies: number[] = [];
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 500);
  const cpu0 = cpuSeconds(pid);
  const end = performance.now() + e.seconds * 1000;
  await Promise.all(
    sockets.map(async (ws, i) => {
      let ref = 0;
      while (performance.now() < end) {
        await sleep(e.think * (1 + 2 * Math.random()));
        const action: Action = { type: "ready", ready: i % 2 === 0 };
        const frame = pack(["action", { ref: ++ref, stateId: 1000 + ref, action }]);
        const t0 = performance.now();
        await new Promise((ok) => {
          ws.once("message", ok);
          ws.send(frame);
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  clearInterval(sampler);
  const cpu = (cpuSeconds(pid) - cpu0) / e.seconds;
  for (const ws of sockets) ws.close();
  server.kill("SIGKILL");
  return summary(
    "baseline",
    n,
    latencies,
    { refusals: {}, setupRetries: {}, bytesPerClientPerTurn: null },
    [{ name: "echo", pid, idle, peak, cpu }],
  );
}
