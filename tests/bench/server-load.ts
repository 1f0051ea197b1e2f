/**
 * Server load: one server process (node server/src/main.ts, a child), MATCHES concurrent
 * MINI matches with 8 people each, every client acting at a human pace (a think time of
 * THINK_MS..3×THINK_MS between actions, 3–9 s by default), for SECONDS. Loopback only; figures printed, never
 * asserted. Run alone: `node tests/bench/server-load.ts` (env MATCHES, SECONDS, THINK_MS, PORT).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Client, type Room } from "@colyseus/sdk";
import { pack } from "msgpackr";
import { countBytes } from "./bytes.ts";
import { loadScenario } from "@cs/assets/scenarios";
import {
  MINI,
  ROOM_NAME,
  applyViewPatch,
  check,
  compile,
  type Action,
  type Ctx,
  type GameView,
  type ServerMessages,
} from "@cs/shared";

const SEATS = ["FRA", "DEU", "GBR", "SUN", "ITA", "POL", "CSK", "ROU"];
const MAIN = resolve(import.meta.dirname, "../../server/src/main.ts");

export interface ServerLoadFigures {
  matches: number;
  clients: number;
  seconds: number;
  actions: number;
  actionsPerSecond: number;
  ackLatencyMs: { p50: number; p95: number; p99: number; max: number };
  staleRefusals: number;
  otherRefusals: Record<string, number>;
  turnsPerMatch: number;
  bytesPerClientPerTurn: number;
  fullViewBytes: number;
  serverRssMiB: { idle: number; peak: number };
  /** Cores busy on average during the load: the server process and this driver. */
  cpuCores: { server: number; driver: number };
  /** The server's own event-loop stalls over its life (setup included). */
  serverEventLoopDelayMs: Record<string, number>;
  /** Inside the server: from an action's arrival to its ack (queue, engine, commit). */
  serverActionToAckMs: Record<string, number>;
  /** This driver's own event-loop stalls during the load: they count in its latencies too. */
  driverEventLoopDelayMs: { p50: number; p99: number; max: number };
  /** Other work on the machine inflates latency: the 1-minute load average at the end. */
  machine: { cores: number; loadAverage1m: number };
}

export class Bot {
  view: GameView | undefined;
  stateId = -1;
  seat = "";
  token = "";
  /** The connection is gone (its process killed): nothing sent will be answered. */
  left = false;
  bytes = 0;
  /** The phase in which this client last gave (or tried) its order. */
  ordered = "";
  /** Phases this client has seen end: five make a turn. */
  phases = 0;
  private ref = 0;
  private pending = new Map<number, (code: string | null) => void>();
  private wake: (() => void)[] = [];
  private leave: () => void = () => undefined;
  /** Resolves when the connection goes (its process killed): waited on beside a think time. */
  readonly gone: Promise<void> = new Promise((r) => (this.leave = r));
  readonly room: Room;
  /** The match's rules (its scenario compiled), to ask the engine what this seat may do. */
  readonly ctx: Ctx;

  constructor(room: Room, ctx: Ctx) {
    this.room = room;
    this.ctx = ctx;
    countBytes(room, (n) => (this.bytes += n));
    room.onMessage("view", (m: ServerMessages["view"]) => {
      this.view = m.view;
      this.stateId = m.stateId;
      this.notify();
    });
    room.onMessage("patch", (m: ServerMessages["patch"]) => {
      const before = this.view?.phase;
      if (this.view && m.from === this.stateId) this.view = applyViewPatch(this.view, m.ops);
      this.stateId = m.stateId;
      if (this.view && before !== undefined && this.view.phase !== before) this.phases++;
      this.notify();
    });
    room.onMessage("seatToken", (m: ServerMessages["seatToken"]) => {
      this.seat = m.power;
      this.token = m.token;
    });
    room.onMessage("ack", (m: ServerMessages["ack"]) => this.pending.get(m.ref ?? -1)?.(null));
    room.onMessage("refused", (m: ServerMessages["refused"]) =>
      this.pending.get(m.ref ?? -1)?.(m.code),
    );
    for (const t of ["welcome", "match", "matchPatch", "objectives", "chat", "chatLog"])
      room.onMessage(t, () => undefined);
    // A connection that goes (its process killed, in the scale-out benchmark) answers nothing.
    room.onLeave(() => {
      this.left = true;
      this.leave();
      for (const settle of [...this.pending.values()]) settle("ERR_LEFT");
      this.notify(); // and whoever waits for a change of phase: none will come
    });
  }

  private notify() {
    for (const w of this.wake.splice(0)) w();
  }

  /** Resolves once `cond` holds, looked at after each message (one waiter at a time). */
  async until(cond: () => boolean): Promise<void> {
    while (!cond()) await new Promise<void>((r) => this.wake.push(r));
  }

  /** Send an action; resolves with the refusal code (null when acked) and the latency. */
  act(action: Action): Promise<{ code: string | null; ms: number }> {
    if (this.left) return Promise.resolve({ code: "ERR_LEFT", ms: 0 });
    const ref = ++this.ref;
    const t0 = performance.now();
    return new Promise((resolve) => {
      this.pending.set(ref, (code) => {
        this.pending.delete(ref);
        resolve({ code, ms: performance.now() - t0 });
      });
      this.room.send("action", { ref, stateId: this.stateId, action });
    });
  }

  /**
   * What a person would do next in this phase, or undefined once done: as the game's client,
   * only what the engine accepts from this seat's view (`check`, what `legalActions` offers
   * from) — an open decision, one rearmament in the orders phase when the industry allows it
   * (air first, as before), then ready. Every action measured is then a real, acked one.
   */
  next(): Action | undefined {
    const v = this.view;
    const me = v?.powers[this.seat];
    if (!v || !me || v.phase === "ended") return undefined;
    const legal = (a: Action) => check(v, this.seat, a, this.ctx) === undefined;
    for (const d of Object.values(v.decisions)) {
      if (d.power !== this.seat || d.choice !== undefined) continue;
      const choice = d.options.find((c) => legal({ type: "decide", decision: d.id, choice: c }));
      if (choice) return { type: "decide", decision: d.id, choice };
    }
    const phase = `${v.turn}:${v.phase}`;
    if (v.phase === "orders" && this.ordered !== phase) {
      this.ordered = phase;
      const rearm = (["air", "army", "navy"] as const)
        .map((branch): Action => ({ type: "order", order: { kind: "rearm", branch } }))
        .find(legal);
      if (rearm) return rearm;
    }
    const ready: Action = { type: "ready", ready: true };
    return me.ready || !legal(ready) ? undefined : ready;
  }
}

/** The rules of a scenario, as the game's client compiles them to know what is legal. */
export function rulesOf(scenario: string): Ctx {
  return compile(scenario === MINI.id ? MINI : loadScenario(scenario));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

async function startServer(port: number): Promise<ChildProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "cs-bench-"));
  // CPU_PROF=dir: the server writes a V8 CPU profile there when it exits (SIGTERM below).
  const prof = process.env.CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...prof, MAIN], {
    // The driver creates every match from one address: lift the per-address creation limit.
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SCENARIO_DIR: dataDir,
      CREATE_LIMIT: "100000",
      JOIN_LIMIT: "100000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((ok, fail) => {
    child.once("exit", (c) => fail(new Error(`server exited ${c}`)));
    child.stdout.on("data", (b: Buffer) => {
      if (b.toString().includes("server on")) ok();
      if (process.env.CS_TRACE) process.stderr.write(b);
    });
  });
  return child;
}

export async function setUpMatch(
  url: string,
  perMatch: number,
  scenario = "mini",
  seats: readonly string[] = SEATS,
): Promise<Bot[]> {
  const ctx = rulesOf(scenario);
  const host = new Bot(
    await new Client(url).create(ROOM_NAME, { create: { scenario, timers: null } }),
    ctx,
  );
  const bots = [host];
  try {
    for (let i = 1; i < perMatch; i++) {
      const room = await new Client(url).joinById(host.room.roomId, { name: `p${i}` });
      bots.push(new Bot(room, ctx));
    }
  } catch (e) {
    // A set-up done again (the scale-out benchmark retries) must not leave these behind.
    await Promise.all(bots.map((b) => b.room.leave(true).catch(() => undefined)));
    throw e;
  }
  for (const [i, b] of bots.entries()) {
    b.room.send("takeSeat", { power: seats[i] });
    await b.until(() => b.view?.viewer === seats[i]);
  }
  host.room.send("host", { cmd: "start" });
  return bots;
}

export async function main(): Promise<ServerLoadFigures> {
  const matches = Number(process.env.MATCHES ?? 100);
  const perMatch = 8;
  const seconds = Number(process.env.SECONDS ?? 60);
  const think = Number(process.env.THINK_MS ?? 3000);
  const port = Number(process.env.PORT ?? 2650);
  const url = `http://localhost:${port}`;
  const server = await startServer(port);
  const pid = server.pid as number;
  const idle = rssMiB(pid);
  try {
    const all: Bot[][] = [];
    for (let i = 0; i < matches; i += 10) {
      all.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, matches - i) }, () => setUpMatch(url, perMatch)),
        )),
      );
    }
    const clients = all.flat();
    const fullViewBytes = pack({ stateId: clients[0]?.stateId, view: clients[0]?.view }).length;
    for (const b of clients) b.bytes = 0;
    const latencies: number[] = [];
    let stale = 0;
    const other: Record<string, number> = {};
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 500);
    // The server's own figures cover the load only, not its boot and the matches' setup.
    await fetch(`${url}/healthz/reset`, { method: "POST" });
    const driverLoop = monitorEventLoopDelay({ resolution: 10 });
    driverLoop.enable();
    const end = performance.now() + seconds * 1000;
    const cpu0 = cpuSeconds(pid);
    const ownCpu0 = process.cpuUsage();
    await Promise.all(
      clients.map(async (b) => {
        while (performance.now() < end) {
          await sleep(think * (1 + 2 * Math.random()));
          let action = b.next();
          if (!action) {
            const key = `${b.view?.turn}:${b.view?.phase}`;
            await Promise.race([
              b.until(() => `${b.view?.turn}:${b.view?.phase}` !== key),
              sleep(end - performance.now()),
            ]);
            continue;
          }
          for (let tries = 0; action && tries < 5; tries++) {
            const seen = b.stateId;
            const r = await b.act(action);
            latencies.push(r.ms);
            if (r.code === null) break;
            if (r.code !== "ERR_STALE_STATE") {
              other[r.code] = (other[r.code] ?? 0) + 1;
              break;
            }
            stale++;
            await Promise.race([b.until(() => b.stateId !== seen), sleep(1000)]);
            action = b.next();
          }
        }
      }),
    );
    clearInterval(sampler);
    const serverCpu = (cpuSeconds(pid) - cpu0) / seconds;
    const health = (await (await fetch(`${url}/healthz`)).json()) as {
      eventLoopDelayMs: Record<string, number>;
      actionToAckMs: Record<string, number>;
    };
    const own = process.cpuUsage(ownCpu0);
    const driverCpu = (own.user + own.system) / 1e6 / seconds;
    latencies.sort((a, b) => a - b);
    const turns = clients.reduce((n, b) => n + b.phases, 0) / clients.length / 5;
    const bytes = clients.reduce((n, b) => n + b.bytes, 0) / clients.length;
    await Promise.all(clients.map((b) => b.room.leave(true).catch(() => undefined)));
    return {
      matches,
      clients: clients.length,
      seconds,
      actions: latencies.length,
      actionsPerSecond: Math.round(latencies.length / seconds),
      ackLatencyMs: {
        p50: +percentile(latencies, 50).toFixed(1),
        p95: +percentile(latencies, 95).toFixed(1),
        p99: +percentile(latencies, 99).toFixed(1),
        max: +(latencies.at(-1) ?? 0).toFixed(1),
      },
      staleRefusals: stale,
      otherRefusals: other,
      turnsPerMatch: +turns.toFixed(2),
      bytesPerClientPerTurn: Math.round(bytes / Math.max(turns, 0.2)),
      fullViewBytes,
      serverRssMiB: { idle: Math.round(idle), peak: Math.round(peak) },
      cpuCores: { server: +serverCpu.toFixed(2), driver: +driverCpu.toFixed(2) },
      serverEventLoopDelayMs: health.eventLoopDelayMs,
      serverActionToAckMs: health.actionToAckMs,
      driverEventLoopDelayMs: {
        p50: +(driverLoop.percentile(50) / 1e6).toFixed(2),
        p99: +(driverLoop.percentile(99) / 1e6).toFixed(2),
        max: +(driverLoop.max / 1e6).toFixed(2),
      },
      machine: { cores: cpus().length, loadAverage1m: +loadavg()[0]!.toFixed(1) },
    };
  } finally {
    // A profiled server must exit by itself to write its profile; otherwise no need to wait.
    const exited = new Promise((ok) => server.once("exit", ok));
    server.kill(process.env.CPU_PROF ? "SIGTERM" : "SIGKILL");
    await Promise.race([exited, sleep(10_000)]);
    server.kill("SIGKILL");
  }
}

if (import.meta.main) {
  console.log(JSON.stringify(await main(), null, 2));
  process.exit(0);
}
