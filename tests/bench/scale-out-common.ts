/**
 * What the scale-out benchmark's parts share (scale-out.ts): its settings, the figures of one
 * run, and the summary of latencies and process samples into those figures.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { percentile } from "./server-load.ts";

export const SCENARIO = "europe-1933";
export const SEATS = ["DEU", "FRA", "GBR", "SUN", "ITA", "POL", "CSK", "ROU"] as const;
export const CONFIGS = ["baseline", "sqlite", "pg", "cluster"] as const;
export type Config = (typeof CONFIGS)[number];

export interface Env {
  matches: number;
  seconds: number;
  think: number;
}

/** The failover under load: from the kill -9 to each step of the affected matches' return. */
export interface Failover {
  killed: string;
  affectedClients: number;
  backClients: number;
  /** Until every affected client has an action acknowledged again: the figure that counts. */
  seconds: number;
  /** Until every match of the killed process had a new owner (its claim, in PostgreSQL). */
  claimedSeconds: number;
  /** Until every affected client had joined its match again (its view received). */
  rejoinedSeconds: number;
  /** Join attempts the affected clients made in all (one succeeds per client). */
  joinAttempts: number;
  /**
   * Clients, of all the cluster's, whose ping went unanswered 8 s by the failover's end
   * (they gave a live but starved process up, and joined again): 0 on a machine not starved.
   */
  silentClients: number;
}

/** Action→ack latencies (ms) of the acknowledged actions. */
export interface Acks {
  p50: number;
  p99: number;
  max: number;
}

export interface Run {
  config: Config;
  clients: number;
  /** Over the whole run (the cluster's: its failover window included). */
  actions: number;
  ackMs: Acks;
  /**
   * The cluster's steady state: the actions acknowledged before the kill (the whole run's
   * figures above keep them and every later one, the failover's included).
   */
  beforeKill?: { actions: number; ackMs: Acks; bytesPerClientPerAction: number };
  /**
   * The cluster's actions acknowledged from the kill on, apart: those of the killed process's
   * matches (moved to a survivor, rebuilt, their clients joined again) and the others'.
   */
  afterKill?: {
    moved: { actions: number; ackMs: Acks };
    stayed: { actions: number; ackMs: Acks };
  };
  /**
   * The cluster's Redis: commands it ran during the load before the kill (by name), and
   * their number per action acknowledged meanwhile (the heartbeats' and listings' included).
   */
  redisBeforeKill?: { perAction: number; commands: Record<string, number> };
  refusals: Record<string, number>;
  /** Matches whose set-up failed and was done again (why, and how often). */
  setupRetries: Record<string, number>;
  bytesPerClientPerTurn: number | null;
  /**
   * A game server's: bytes each client of a match received per acknowledged action. The
   * baseline's: the payload it sent to each client of the sender's match per echoed action.
   */
  bytesPerClientPerAction?: number;
  /** Per server process: peak RSS (MiB) and cores busy on average during the load. */
  processes: { name: string; rssMiB: number; cpuCores: number }[];
  /**
   * Cores busy on average, beside the servers: the driver, PostgreSQL (all its processes on the
   * machine, whoever's work), the cluster's nginx and Redis; the cluster's until the kill.
   */
  othersCores?: Record<string, number>;
  /** The SDK's reconnection messages during the load, counted and not printed. */
  sdkReconnectionLines?: number;
  /** (Σ peak RSS − Σ idle RSS) / clients, in KiB. */
  rssPerConnectionKiB: number;
  failover?: Failover;
  /** Inside a single server process (its `/healthz`): loop stalls and an action's stages. */
  server?: Inside;
  /** The same, of each cluster process, over the load until the kill. */
  serversBeforeKill?: (Inside & { name: string })[];
  /** The cluster's surviving processes' own figures over the whole run. */
  survivorsWholeRun?: (Inside & { name: string })[];
  /** The driver's own loop stalls during the load: they count in every latency it takes. */
  driverEventLoopDelayMs?: { p50: number; p99: number; max: number };
  /** The same, the cluster's, until the kill. */
  driverEventLoopDelayBeforeKillMs?: { p50: number; p99: number; max: number };
}

/** What a server process says of itself (`/healthz`, server/src/stats.ts). */
export interface Inside {
  eventLoopDelayMs: Record<string, number>;
  actionToAckMs: Record<string, number>;
  /** The collector's pauses by kind (minor, major…): count, p50/p99/max and total ms. */
  gcPausesMs: Record<string, Record<string, number>>;
  stagesMs: Record<string, Record<string, number>>;
}

/** A server process sampled during a run. */
export interface Sampled {
  name: string;
  /** 0 once the process is gone (killed): sampled no more. */
  pid: number;
  idle: number;
  peak: number;
  /** CPU seconds, then cores busy on average. */
  cpu: number;
  /** Seconds its CPU was counted over, if not the whole run (killed halfway: until then). */
  seconds?: number;
}

export function spawnReady(
  args: string[],
  env: Record<string, string>,
  ready: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<ChildProcess>((ok, fail) => {
    let out = "";
    child.once("exit", (c) => fail(new Error(`${args.join(" ")} exited ${c}`)));
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
      if (out.includes(ready)) ok(child);
    });
  });
}

/** p50, p99 and max of unsorted latencies (ms). */
export function acks(latencies: number[]): Acks {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: +percentile(sorted, 50).toFixed(1),
    p99: +percentile(sorted, 99).toFixed(1),
    max: +(sorted.at(-1) ?? 0).toFixed(1),
  };
}

export function summary(
  config: Config,
  clients: number,
  latencies: number[],
  extra: {
    refusals: Record<string, number>;
    setupRetries: Record<string, number>;
    bytesPerClientPerTurn: number | null;
  },
  procs: Sampled[],
): Run {
  const grown = procs.reduce((s, p) => s + p.peak - p.idle, 0);
  return {
    config,
    clients,
    actions: latencies.length,
    ackMs: acks(latencies),
    ...extra,
    processes: procs.map((p) => ({
      name: p.name,
      rssMiB: Math.round(p.peak),
      cpuCores: +p.cpu.toFixed(2),
    })),
    rssPerConnectionKiB: Math.round((grown * 1024) / clients),
  };
}
