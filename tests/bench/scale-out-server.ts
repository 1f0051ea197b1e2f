/**
 * One server configuration of the scale-out benchmark under the load driver: one process on
 * SQLite, one on PostgreSQL, or three on PostgreSQL and Redis behind nginx (the cluster
 * harness of the integration tests), one of which is killed halfway (scale-out-failover.ts).
 */
import { execFile, type ChildProcess } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { join, resolve } from "node:path";
import pg from "pg";
import type { Action } from "@cs/shared";
import { Cluster, DATABASE_URL } from "../integration/cluster-harness.ts";
import { freePort } from "../integration/harness.ts";
import {
  SCENARIO,
  SEATS,
  acks,
  spawnReady,
  summary,
  type Config,
  type Env,
  type Inside,
  type Run,
  type Sampled,
} from "./scale-out-common.ts";
import { killHalfway, Slot, type Killed } from "./scale-out-failover.ts";
import { cpuSeconds, rssMiB, setUpMatch, sleep, type Bot } from "./server-load.ts";

const MAIN = resolve(import.meta.dirname, "../../server/src/main.ts");
/** The driver creates every match and joins every seat from one address. */
const LIMITS = { CREATE_LIMIT: "100000", JOIN_LIMIT: "100000" };

/** A match's set-up that failed is done again (a few times), and why is counted. */
async function withRetry<T>(f: () => Promise<T>, retries: Record<string, number>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await f();
    } catch (e) {
      const why = (e as Error).message.slice(0, 80);
      retries[why] = (retries[why] ?? 0) + 1;
      if (attempt >= 5) throw e;
      await sleep(500 * attempt);
    }
  }
}

/** A process's own figures (`/healthz`), without the rest of what it says. */
async function inside(url: string): Promise<Inside> {
  const h = (await (await fetch(`${url}/healthz`)).json()) as Inside;
  return {
    eventLoopDelayMs: h.eventLoopDelayMs,
    actionToAckMs: h.actionToAckMs,
    gcPausesMs: h.gcPausesMs,
    stagesMs: h.stagesMs,
  };
}

interface Target {
  url: string;
  procs: Sampled[];
  cluster?: Cluster;
  stop: () => Promise<void>;
}

async function startTarget(config: Exclude<Config, "baseline">): Promise<Target> {
  if (config === "cluster") {
    const cluster = new Cluster();
    await cluster.start({ leaseMs: 5000, beatMs: 1000, fullScenarios: true, env: LIMITS });
    return {
      url: cluster.url,
      cluster,
      procs: cluster.procs.map((p) => ({
        name: `p${p.index}`,
        pid: p.child?.pid as number,
        idle: 0,
        peak: 0,
        cpu: 0,
      })),
      stop: () => cluster.stop(),
    };
  }
  const schema = `cs_bench_${process.pid}_${Date.now().toString(36)}`;
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    DATA_DIR: mkdtempSync(join(tmpdir(), "cs-bench-")),
    ...LIMITS,
    ...(config === "pg" ? { STORAGE: "pg", DATABASE_URL, PG_SCHEMA: schema } : {}),
  };
  // CPU_PROF=dir: the server writes a V8 CPU profile there when it exits (SIGTERM in stop).
  const prof = process.env.CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CPU_PROF}`] : [];
  // SERVER_NODE_FLAGS="--max-semi-space-size=32 …": V8 flags for the server process alone.
  prof.push(...(process.env.SERVER_NODE_FLAGS?.split(" ").filter(Boolean) ?? []));
  const child: ChildProcess = await spawnReady([...prof, MAIN], env, "server on");
  return {
    url: `http://127.0.0.1:${port}`,
    procs: [{ name: config, pid: child.pid as number, idle: 0, peak: 0, cpu: 0 }],
    async stop() {
      if (process.env.CPU_PROF) {
        const exited = new Promise((ok) => child.once("exit", ok));
        child.kill("SIGTERM");
        await Promise.race([exited, sleep(10_000)]);
      }
      child.kill("SIGKILL");
      if (config !== "pg") return;
      const db = new pg.Client({ connectionString: DATABASE_URL });
      await db.connect();
      await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await db.end();
    },
  };
}

/** Commands a redis-server has run since it started, by name (its INFO commandstats). */
async function redisCommands(port: number): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)("redis-cli", [
    "-p",
    String(port),
    "INFO",
    "commandstats",
  ]);
  const counts: Record<string, number> = {};
  for (const m of stdout.matchAll(/^cmdstat_([\w|]+):calls=(\d+)/gm)) counts[m[1]!] = Number(m[2]);
  return counts;
}

/** b − a, by name, without the zeros. */
function minus(b: Record<string, number>, a: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(b)
      .map(([k, n]) => [k, n - (a[k] ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .sort((x, y) => y[1] - x[1]),
  );
}

/** A process's children (nginx's workers), by /proc. */
function childrenOf(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    return text ? text.split(" ").map(Number) : [];
  } catch {
    return [];
  }
}

/** Every process named `comm` on the machine (PostgreSQL's, whoever's work they do). */
function processesNamed(comm: string): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/comm`, "utf8").trim() === comm;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** CPU seconds used so far by the processes beside the servers: what shares the 2 cores. */
function besides(cluster: Cluster | undefined): Record<string, number> {
  const sum = (pids: number[]) =>
    pids.reduce((n, pid) => {
      try {
        return n + cpuSeconds(pid);
      } catch {
        return n; // gone meanwhile
      }
    }, 0);
  const nginx = cluster?.nginx.pid;
  const redis = cluster?.redis.pid;
  return {
    driver: sum([process.pid]),
    postgres: sum(processesNamed("postgres")),
    ...(nginx ? { nginx: sum([nginx, ...childrenOf(nginx)]) } : {}),
    ...(redis ? { redis: sum([redis]) } : {}),
  };
}

/**
 * The SDK's reconnection messages (console.info, a few per client and attempt after a kill),
 * counted rather than printed while `f` runs: 800 clients' worth written synchronously to the
 * driver's stdout stalled the driver, whose stalls count in every latency it takes (a browser
 * writes them on its own machine), and mixed with the figures printed there.
 */
async function quietSdk<T>(counted: { lines: number }, f: () => Promise<T>): Promise<T> {
  const info = console.info;
  console.info = (...args: unknown[]) => {
    if (String(args[0]).startsWith("[Colyseus reconnection]")) counted.lines++;
    else info(...args);
  };
  try {
    return await f();
  } finally {
    console.info = info;
  }
}

/** One client's loop: think, act as a person would, follow its match if it moves. */
async function play(
  s: Slot,
  e: Env,
  end: number,
  latencies: number[],
  ackedAt: number[],
  ofKilled: boolean[],
  refusals: Record<string, number>,
): Promise<void> {
  while (performance.now() < end || (s.probing && performance.now() < end + 30_000)) {
    if (s.moving) await s.moving;
    // An affected client back at its seat acts at once (that ack ends its failover).
    if (!s.probing) {
      const thinking = s.bot;
      await Promise.race([sleep(e.think * (1 + 2 * Math.random())), thinking.gone]);
      if (s.moving) continue;
    }
    const b: Bot = s.bot;
    const me = b.view?.powers[b.seat];
    const probe = s.probing;
    const action: Action | undefined =
      b.next() ?? (probe && me ? { type: "ready", ready: me.ready } : undefined);
    if (!action) {
      // Nothing to do until the phase changes, or the connection goes (its process killed:
      // then the next action finds it gone and the client follows its match).
      const key = `${b.view?.turn}:${b.view?.phase}`;
      await Promise.race([
        b.until(() => b.left || `${b.view?.turn}:${b.view?.phase}` !== key),
        sleep(Math.max(100, end - performance.now())),
      ]);
      continue;
    }
    const r = await b.act(action);
    if (r.code === "ERR_LEFT") {
      // Gone (its process killed) before it was followed: wait for the follow, or give up.
      await (s.moving ?? sleep(100));
      continue;
    }
    // Only acknowledged actions are measured; refusals are counted (a stale view's too: another
    // seat's action changed what this one sees while its action was on the way).
    if (r.code === null) {
      latencies.push(r.ms);
      ackedAt.push(performance.now());
      ofKilled.push(s.waitingSince !== undefined);
      if (probe) s.backAt = performance.now();
    } else refusals[r.code] = (refusals[r.code] ?? 0) + 1;
  }
}

export async function serverRun(config: Exclude<Config, "baseline">, e: Env): Promise<Run> {
  const target = await startTarget(config);
  const { url, procs, cluster } = target;
  for (const p of procs) p.idle = p.peak = rssMiB(p.pid);
  try {
    const setupRetries: Record<string, number> = {};
    const tables: Bot[][] = [];
    for (let i = 0; i < e.matches; i += 10) {
      tables.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, e.matches - i) }, () =>
            withRetry(() => setUpMatch(url, 8, SCENARIO, SEATS), setupRetries),
          ),
        )),
      );
    }
    const slots = tables.flat().map((b) => new Slot(url, b));
    for (const s of slots) s.bot.bytes = 0;
    const latencies: number[] = [];
    /** When each of `latencies` was acknowledged: the cluster's are split at the kill. */
    const ackedAt: number[] = [];
    /** Whether each was a client of the killed process's matches (after the kill, moved). */
    const ofKilled: boolean[] = [];
    const refusals: Record<string, number> = {};
    const sampler = setInterval(() => {
      for (const p of procs) {
        if (!p.pid) continue;
        try {
          p.peak = Math.max(p.peak, rssMiB(p.pid));
        } catch {
          // Gone by itself (a process that lost its lease exits): its CPU is lost with it.
          console.error(`${p.name} exited during the run`);
          p.pid = 0;
        }
      }
    }, 500);
    // The server's own figures (event-loop delay, stages of an action) cover the load only.
    // A cluster's processes are asked directly (nginx spreads /healthz over them).
    const direct = cluster?.procs.map((p) => `http://127.0.0.1:${p.port}`) ?? [url];
    for (const u of direct) await fetch(`${u}/healthz/reset`, { method: "POST" });
    const driverLoop = monitorEventLoopDelay({ resolution: 10 });
    driverLoop.enable();
    const driverLoopBefore = monitorEventLoopDelay({ resolution: 10 });
    driverLoopBefore.enable();
    const redis0 = cluster ? await redisCommands(cluster.redis.port) : {};
    let redisAtKill: Record<string, number> | undefined;
    const besides0 = besides(cluster);
    const t0 = performance.now();
    let besidesAtKill: Record<string, number> | undefined;
    let killedAfter = 0;
    let bytesAtKill = 0;
    let insideAtKill: Run["serversBeforeKill"];
    const cpu0 = procs.map((p) => cpuSeconds(p.pid));
    const end = performance.now() + e.seconds * 1000;
    const kill: Promise<Killed | undefined> = cluster
      ? killHalfway(cluster, slots, procs, cpu0, e.seconds, end, async () => {
          besidesAtKill = besides(cluster);
          bytesAtKill = slots.reduce((n, s) => n + s.bot.bytes, 0);
          killedAfter = (performance.now() - t0) / 1000;
          driverLoopBefore.disable();
          [redisAtKill, insideAtKill] = await Promise.all([
            redisCommands(cluster.redis.port),
            Promise.all(direct.map(async (u, i) => ({ name: `p${i + 1}`, ...(await inside(u)) }))),
          ]);
        })
      : Promise.resolve(undefined);
    const sdkLog = { lines: 0 };
    await quietSdk(sdkLog, () =>
      Promise.all(slots.map((s) => play(s, e, end, latencies, ackedAt, ofKilled, refusals))),
    );
    const killed = await kill;
    clearInterval(sampler);
    driverLoop.disable();
    const single = cluster ? undefined : await inside(url);
    // The survivors' own figures over the whole run, the failover's rebuilds and rejoins in.
    const survivors = cluster
      ? await Promise.all(
          cluster.procs.flatMap((p, i) =>
            p.alive ? [inside(direct[i] ?? "").then((s) => ({ name: `p${p.index}`, ...s }))] : [],
          ),
        )
      : undefined;
    const besidesEnd = besidesAtKill ?? besides(cluster);
    const busy = (s: number) => +s.toFixed(2);
    const othersCores = Object.fromEntries(
      Object.entries(besidesEnd).map(([k, v]) => [
        k,
        busy((v - (besides0[k] ?? 0)) / (besidesAtKill ? killedAfter : e.seconds)),
      ]),
    );
    procs.forEach((p, i) => {
      if (p.pid) p.cpu = cpuSeconds(p.pid) - (cpu0[i] ?? 0);
      p.cpu /= p.seconds ?? e.seconds;
    });
    const turns = slots.reduce((n, s) => n + s.bot.phases, 0) / slots.length / 5;
    const total = slots.reduce((n, s) => n + s.bot.bytes, 0);
    const bytes = total / slots.length;
    await Promise.all(slots.map((s) => s.bot.room.leave(true).catch(() => undefined)));
    const run = summary(
      config,
      slots.length,
      latencies,
      { refusals, setupRetries, bytesPerClientPerTurn: Math.round(bytes / Math.max(turns, 0.2)) },
      procs,
    );
    if (killed) {
      run.failover = killed.failover;
      const before = latencies.filter((_, i) => (ackedAt[i] ?? Infinity) < killed.at);
      run.beforeKill = {
        actions: before.length,
        ackMs: acks(before),
        bytesPerClientPerAction: Math.round(
          bytesAtKill / Math.max(1, before.length) / SEATS.length,
        ),
      };
      const after = (moved: boolean) =>
        latencies.filter((_, i) => (ackedAt[i] ?? 0) >= killed.at && ofKilled[i] === moved);
      const moved = after(true);
      const stayed = after(false);
      run.afterKill = {
        moved: { actions: moved.length, ackMs: acks(moved) },
        stayed: { actions: stayed.length, ackMs: acks(stayed) },
      };
      if (redisAtKill) {
        const commands = minus(redisAtKill, redis0);
        const n = Object.values(commands).reduce((a, b) => a + b, 0);
        run.redisBeforeKill = { perAction: +(n / Math.max(1, before.length)).toFixed(2), commands };
      }
    }
    // What each client of a match receives per acknowledged action, on average (the baseline's
    // payload): everything the server sent, bots' and phases' patches included.
    run.bytesPerClientPerAction = Math.round(total / Math.max(1, latencies.length) / SEATS.length);
    run.othersCores = othersCores;
    if (sdkLog.lines) run.sdkReconnectionLines = sdkLog.lines;
    if (single) run.server = single;
    if (insideAtKill) run.serversBeforeKill = insideAtKill;
    if (survivors) run.survivorsWholeRun = survivors;
    const loop = (h: typeof driverLoop) => ({
      p50: +(h.percentile(50) / 1e6).toFixed(2),
      p99: +(h.percentile(99) / 1e6).toFixed(2),
      max: +(h.max / 1e6).toFixed(2),
    });
    run.driverEventLoopDelayMs = loop(driverLoop);
    if (cluster) run.driverEventLoopDelayBeforeKillMs = loop(driverLoopBefore);
    return run;
  } finally {
    await target.stop();
  }
}
