/**
 * A real cluster on loopback for the scale-out tests and the load benchmark: its own
 * redis-server and nginx (on free ports, so that nobody else's run is touched), a PostgreSQL
 * schema of its own, and N server processes (`node server/src/main.ts`) with
 * STORAGE=pg, REDIS_URL and PUBLIC_ADDRESS=<proxy>/p<i>, behind the documented
 * deploy/nginx.conf (its ports rewritten).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { freePort } from "./harness.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const MAIN = join(ROOT, "server/src/main.ts");
const READY = "Collective Security server on";
export const DATABASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

// Whatever happens to the test run (a timeout, a failed hook), no process of ours outlives it.
const spawned = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of spawned) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});
function track(c: ChildProcess): ChildProcess {
  spawned.add(c);
  c.once("exit", () => spawned.delete(c));
  return c;
}

function waitFor(child: ChildProcess, text: string, what: string): Promise<string> {
  return new Promise((ok, fail) => {
    let out = "";
    const onExit = (code: number | null) => fail(new Error(`${what} exited (${code}): ${out}`));
    child.once("exit", onExit);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) {
        child.off("exit", onExit);
        ok(out);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
  });
}

function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGKILL") {
  return new Promise<void>((ok) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return ok();
    child.once("exit", () => ok());
    child.kill(signal);
  });
}

/** redis-server of our own, without persistence (like the machines' service). */
class OwnRedis {
  port = 0;
  private child: ChildProcess | undefined;
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  /** For the benchmark's CPU figures. */
  get pid(): number | undefined {
    return this.child?.pid;
  }
  async start(port?: number): Promise<void> {
    this.port = port ?? (await freePort());
    this.child = track(
      spawn(
        "redis-server",
        ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: ["ignore", "pipe", "pipe"] },
      ),
    );
    await waitFor(this.child, "Ready to accept connections", "redis-server");
  }
  /** Gone and back on the same port, with nothing in it (no persistence). */
  async restart(): Promise<void> {
    await stopChild(this.child);
    await this.start(this.port);
  }
  stop() {
    return stopChild(this.child);
  }
}

/** nginx with deploy/nginx.conf, its listen port and upstream ports replaced. */
class OwnNginx {
  port = 0;
  private child: ChildProcess | undefined;
  /** The master's (its workers are its children), for the benchmark's CPU figures. */
  get pid(): number | undefined {
    return this.child?.pid;
  }
  /** Pick the listening port first: the processes' PUBLIC_ADDRESS names it. */
  async reserve(): Promise<number> {
    this.port ||= await freePort();
    return this.port;
  }
  /**
   * Start it once the processes listen: its readiness probe goes through the HTTP upstream,
   * and a probe refused by every process would mark all three failed for `fail_timeout`.
   */
  async start(backends: number[]): Promise<void> {
    if (backends.length !== 3) throw new Error("deploy/nginx.conf names three processes");
    await this.reserve();
    const dir = mkdtempSync(join(tmpdir(), "cs-nginx-"));
    mkdirSync(join(dir, "logs"));
    let conf = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8")
      .replace("worker_processes auto;", "worker_processes 1;")
      .replace("listen 8080;", `listen 127.0.0.1:${this.port};`)
      .replace(
        "http {",
        `http {\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n` +
          `  fastcgi_temp_path ${dir}/fcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;`,
      );
    backends.forEach((port, i) => {
      conf = conf.replaceAll(`127.0.0.1:${2568 + i}`, `127.0.0.1:${port}`);
    });
    writeFileSync(join(dir, "nginx.conf"), conf);
    this.child = track(
      spawn(
        "nginx",
        [
          "-p",
          dir,
          "-c",
          join(dir, "nginx.conf"),
          "-g",
          `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/logs/error.log;`,
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      ),
    );
    // Ready once it answers.
    for (;;) {
      if (this.child.exitCode !== null) throw new Error("nginx did not start");
      const r = await fetch(`http://127.0.0.1:${this.port}/healthz`).catch(() => undefined);
      if (r) return;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  stop() {
    return stopChild(this.child, "SIGTERM");
  }
}

export interface ProcOptions {
  leaseMs: number;
  beatMs: number;
  /** More scenarios than the small built-in one (the benchmark's 1933). */
  fullScenarios?: boolean;
  /** More environment for every process (the benchmark lifts the join limit). */
  env?: Record<string, string>;
}

/** One server process of the cluster, on its port, reached through the proxy at /p<i>. */
export class ClusterProcess {
  readonly index: number;
  readonly port: number;
  child: ChildProcess | undefined;
  /** The Colyseus process id of the current incarnation. */
  processId = "";
  private readonly env: Record<string, string>;

  constructor(index: number, port: number, env: Record<string, string>) {
    this.index = index;
    this.port = port;
    this.env = env;
  }

  async start(): Promise<void> {
    this.child = track(
      spawn(process.execPath, [MAIN], {
        env: { ...process.env, ...this.env },
        stdio: ["ignore", "pipe", "pipe"],
      }),
    );
    const child = this.child;
    // CS_TRACE=1: the processes' output and exits on this one's stderr.
    if (process.env.CS_TRACE) {
      for (const stream of [child.stdout, child.stderr])
        stream?.on("data", (b: Buffer) => process.stderr.write(`[p${this.index}] ${b}`));
      child.once("exit", (code, signal) =>
        process.stderr.write(`[p${this.index}] exited (${signal ?? code})\n`),
      );
    }
    const out = await waitFor(child, READY, `server p${this.index}`);
    this.processId = /process ([\w-]+)/.exec(out.slice(out.indexOf(READY)))?.[1] ?? "";
    if (!process.env.CS_TRACE) for (const s of [child.stdout, child.stderr]) s?.resume();
  }

  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  exited(): Promise<void> {
    return new Promise<void>((ok) => {
      if (!this.alive) return ok();
      this.child?.once("exit", () => ok());
    });
  }

  stop(): Promise<void> {
    return stopChild(this.child);
  }

  async health(): Promise<{ matches: { ids: string[] }; process: { id: string } }> {
    return (await fetch(`http://127.0.0.1:${this.port}/healthz`)).json() as never;
  }
}

/** Three processes, Redis, nginx and a schema; `url` is the proxy's. */
export class Cluster {
  readonly redis = new OwnRedis();
  readonly nginx = new OwnNginx();
  readonly schema = `cs_cluster_${process.pid}_${Date.now().toString(36)}`;
  readonly db = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  procs: ClusterProcess[] = [];

  get url(): string {
    return `http://127.0.0.1:${this.nginx.port}`;
  }

  async start(o: ProcOptions): Promise<void> {
    await this.redis.start();
    const ports = [await freePort(), await freePort(), await freePort()];
    const proxy = await this.nginx.reserve();
    const scenarioDir = mkdtempSync(join(tmpdir(), "cs-scen-"));
    this.procs = ports.map(
      (port, i) =>
        new ClusterProcess(i + 1, port, {
          STORAGE: "pg",
          DATABASE_URL,
          PG_SCHEMA: this.schema,
          REDIS_URL: this.redis.url,
          PUBLIC_ADDRESS: `127.0.0.1:${proxy}/p${i + 1}`,
          PORT: String(port),
          TRUST_PROXY: "1",
          LEASE_MS: String(o.leaseMs),
          BEAT_MS: String(o.beatMs),
          CREATE_LIMIT: "100000",
          DATA_DIR: mkdtempSync(join(tmpdir(), "cs-data-")),
          ...(o.fullScenarios ? {} : { SCENARIO_DIR: scenarioDir }),
          ...o.env,
        }),
    );
    // One after the other: the first migrates (the others would wait on its lock anyway).
    for (const p of this.procs) await p.start();
    await this.nginx.start(ports);
  }

  /** The process that owns a match now, by the database. */
  async owner(match: string): Promise<{ process: string; epoch: number } | undefined> {
    const r = await this.db.query(
      `SELECT process, epoch FROM "${this.schema}".owners WHERE match = $1`,
      [match],
    );
    return r.rows[0] as { process: string; epoch: number } | undefined;
  }

  byProcessId(id: string): ClusterProcess | undefined {
    return this.procs.find((p) => p.processId === id);
  }

  /** The processes the database knows (live, or dead and not yet swept). */
  async processRows(): Promise<string[]> {
    const r = await this.db.query(`SELECT id FROM "${this.schema}".processes ORDER BY id`);
    return r.rows.map((row: { id: string }) => row.id);
  }

  /** A process's last accepted heartbeat (ms since epoch), while its row is kept. */
  async lastBeat(processId: string): Promise<number | undefined> {
    const r = await this.db.query(
      `SELECT extract(epoch FROM beat) * 1000 AS at FROM "${this.schema}".processes WHERE id = $1`,
      [processId],
    );
    const at = (r.rows[0] as { at: string | number } | undefined)?.at;
    return at === undefined ? undefined : Number(at);
  }

  async log(match: string): Promise<{ id: number; by: string; action: string }[]> {
    const r = await this.db.query(
      `SELECT id, by, action FROM "${this.schema}".log WHERE match = $1 ORDER BY id`,
      [match],
    );
    return r.rows as never;
  }

  async stop(): Promise<void> {
    await Promise.all(this.procs.map((p) => p.stop()));
    await this.nginx.stop();
    await this.redis.stop();
    await this.db.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`).catch(() => undefined);
    await this.db.end();
  }
}
