/**
 * The scale-out benchmark's baseline: a raw `ws` echo server (echo-server.ts) under the same
 * driver — as many clients, in matches of 8, the same think times, the same action frames, the
 * same bytes — so that the servers' latencies can be read as ratios to what loopback, Node and
 * WebSockets cost on this machine, at this moment. Each action frame is echoed to its sender
 * (its "ack"), then a frame of `payloadBytes` — what a game server sent each client of a match
 * per acknowledged action, measured in the same invocation — goes to every client of the
 * sender's match, and every client decodes what it receives (msgpack, as the SDK does).
 */
import { resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pack, unpack } from "msgpackr";
import { WebSocket } from "ws";
import type { Action } from "@cs/shared";
import { freePort } from "../integration/harness.ts";
import { SEATS, spawnReady, summary, type Env, type Run } from "./scale-out-common.ts";
import { cpuSeconds, rssMiB, sleep } from "./server-load.ts";

const ECHO = resolve(import.meta.dirname, "echo-server.ts");

export async function baseline(e: Env, payloadBytes: number): Promise<Run> {
  const port = await freePort();
  const server = await spawnReady([ECHO, String(port), String(payloadBytes)], {}, "echo on");
  const pid = server.pid as number;
  const idle = rssMiB(pid);
  const n = e.matches * SEATS.length;
  const sockets: WebSocket[] = [];
  for (let i = 0; i < n; i += 50) {
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, n - i) }, async (_, j) => {
          const match = Math.floor((i + j) / SEATS.length);
          const ws = new WebSocket(`ws://127.0.0.1:${port}/?match=${match}`);
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
  const driverLoop = monitorEventLoopDelay({ resolution: 10 });
  driverLoop.enable();
  const end = performance.now() + e.seconds * 1000;
  let received = 0;
  await Promise.all(
    sockets.map(async (ws, i) => {
      let ref = 0;
      let acked: (() => void) | undefined;
      ws.on("message", (data: Buffer) => {
        const [type, body] = unpack(data) as [string, { ref?: number }];
        if (type === "action" && body.ref === ref) acked?.();
        else received += data.length;
      });
      while (performance.now() < end) {
        await sleep(e.think * (1 + 2 * Math.random()));
        const action: Action = { type: "ready", ready: i % 2 === 0 };
        const frame = pack(["action", { ref: ++ref, stateId: 1000 + ref, action }]);
        const t0 = performance.now();
        await new Promise<void>((ok) => {
          acked = ok;
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
  const run = summary(
    "baseline",
    n,
    latencies,
    { refusals: {}, setupRetries: {}, bytesPerClientPerTurn: null },
    [{ name: "echo", pid, idle, peak, cpu }],
  );
  // What each client received per echoed action, the echoes aside: the payload, as asked.
  driverLoop.disable();
  run.driverEventLoopDelayMs = {
    p50: +(driverLoop.percentile(50) / 1e6).toFixed(2),
    p99: +(driverLoop.percentile(99) / 1e6).toFixed(2),
    max: +(driverLoop.max / 1e6).toFixed(2),
  };
  run.bytesPerClientPerAction = Math.round(received / Math.max(1, latencies.length) / SEATS.length);
  return run;
}
