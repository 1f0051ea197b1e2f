/**
 * Scale-out load benchmark (issue 16): the same load driver — MATCHES matches of the 1933
 * scenario with 8 people each, every client acting at a human pace (THINK_MS..3×THINK_MS), for
 * SECONDS — against, in one invocation:
 *
 *   baseline  a raw `ws` echo server (scale-out-baseline.ts), the driver's frames echoed back
 *             and, per action, what the first game server sent each client of a match per
 *             action sent to every client of the sender's match (run right after that server)
 *   sqlite    one server process on SQLite (the default)
 *   pg        one server process on PostgreSQL
 *   cluster   three processes on PostgreSQL and Redis behind nginx (deploy/nginx.conf), one of
 *             which is killed (-9) halfway: the failover time is from the kill until every
 *             client of its matches has an action acknowledged again (scale-out-failover.ts)
 *
 * Figures printed side by side, never asserted; latencies also as ratios to the baseline
 * measured in the same invocation, so that the machine's other load weighs less. The cluster's
 * action→ack latencies come twice: over the whole run (every acknowledged action, the failover
 * window's included: clients joining again, a survivor rebuilding a third of the matches) and
 * before the kill (the actions acknowledged before it: the steady state); the failover itself
 * has its own figure, its time. From the kill on, the moved matches' actions and the others' are
 * also given apart, with the survivors' own figures and the driver's loop stalls. Loopback
 * only. Alone: `node tests/bench/scale-out.ts` (env MATCHES, SECONDS, THINK_MS,
 * CONFIGS=baseline,sqlite,…).
 */
import { cpus, loadavg } from "node:os";
import { baseline } from "./scale-out-baseline.ts";
import {
  CONFIGS,
  SCENARIO,
  type Config,
  type Env,
  type Inside,
  type Run,
} from "./scale-out-common.ts";
import { serverRun } from "./scale-out-server.ts";

function table(runs: Run[]): string {
  const base = runs.find((r) => r.config === "baseline");
  const ratio = (v: number, b: number | undefined) => (b ? `${(v / b).toFixed(1)}×` : "–");
  const f = (r: Run) => r.failover;
  const inner = (r: Run, show: (s: Inside) => string) => {
    const all = r.serversBeforeKill ?? (r.server ? [r.server] : []);
    return all.length ? all.map(show).join(" · ") : "–";
  };
  const k = (r: Run, show: (b: Required<Run>["beforeKill"]) => string) =>
    r.beforeKill ? show(r.beforeKill) : "–";
  const rows = [
    ["", ...runs.map((r) => r.config)],
    ["clients", ...runs.map((r) => String(r.clients))],
    ["actions acked/echoed (whole run)", ...runs.map((r) => String(r.actions))],
    ["action→ack p50 ms (whole run)", ...runs.map((r) => String(r.ackMs.p50))],
    ["action→ack p99 ms (whole run)", ...runs.map((r) => String(r.ackMs.p99))],
    ["p50 / baseline (whole run)", ...runs.map((r) => ratio(r.ackMs.p50, base?.ackMs.p50))],
    ["p99 / baseline (whole run)", ...runs.map((r) => ratio(r.ackMs.p99, base?.ackMs.p99))],
    ["before the kill: actions acked", ...runs.map((r) => k(r, (b) => String(b.actions)))],
    [
      "before the kill: p50 / p99 ms",
      ...runs.map((r) => k(r, (b) => `${b.ackMs.p50} / ${b.ackMs.p99}`)),
    ],
    [
      "before the kill: p99 / baseline",
      ...runs.map((r) => k(r, (b) => ratio(b.ackMs.p99, base?.ackMs.p99))),
    ],
    [
      "from the kill: moved matches' acked, p50 / p99 ms",
      ...runs.map((r) => {
        const m = r.afterKill?.moved;
        return m ? `${m.actions}, ${m.ackMs.p50} / ${m.ackMs.p99}` : "–";
      }),
    ],
    [
      "from the kill: other matches' acked, p50 / p99 ms",
      ...runs.map((r) => {
        const m = r.afterKill?.stayed;
        return m ? `${m.actions}, ${m.ackMs.p50} / ${m.ackMs.p99}` : "–";
      }),
    ],
    [
      "before the kill: Redis commands per action",
      ...runs.map((r) => String(r.redisBeforeKill?.perAction ?? "–")),
    ],
    [
      "server loop p99 ms (cluster: before the kill)",
      ...runs.map((r) => inner(r, (s) => String(s.eventLoopDelayMs.p99))),
    ],
    [
      "in-server action→ack p50/p99 ms (same)",
      ...runs.map((r) => inner(r, (s) => `${s.actionToAckMs.p50}/${s.actionToAckMs.p99}`)),
    ],
    [
      "in-server commit p50/p99 ms (same)",
      ...runs.map((r) => inner(r, (s) => `${s.stagesMs.commit?.p50}/${s.stagesMs.commit?.p99}`)),
    ],
    ...(["minor", "major"] as const).map((kind) => [
      `GC ${kind}: pauses, p99/max ms, total ms (same)`,
      ...runs.map((r) =>
        inner(r, ({ gcPausesMs: { [kind]: g } }) =>
          g ? `${g.count}, ${g.p99}/${g.max}, ${g.total}` : "0",
        ),
      ),
    ]),
    [
      "survivors, whole run: loop p99/max ms",
      ...runs.map((r) =>
        r.survivorsWholeRun
          ? r.survivorsWholeRun
              .map((s) => `${s.eventLoopDelayMs.p99}/${s.eventLoopDelayMs.max}`)
              .join(" · ")
          : "–",
      ),
    ],
    [
      "survivors, whole run: in-server action→ack p50/p99/max ms",
      ...runs.map((r) =>
        r.survivorsWholeRun
          ? r.survivorsWholeRun
              .map((s) => `${s.actionToAckMs.p50}/${s.actionToAckMs.p99}/${s.actionToAckMs.max}`)
              .join(" · ")
          : "–",
      ),
    ],
    [
      "driver loop p99/max ms (whole run; cluster: before the kill)",
      ...runs.map((r) => {
        const w = r.driverEventLoopDelayMs;
        const b = r.driverEventLoopDelayBeforeKillMs;
        return w ? `${w.p99}/${w.max}${b ? `; ${b.p99}/${b.max}` : ""}` : "–";
      }),
    ],
    ["RSS per process MiB", ...runs.map((r) => r.processes.map((p) => p.rssMiB).join(" / "))],
    ["RSS per connection KiB", ...runs.map((r) => String(r.rssPerConnectionKiB))],
    [
      "CPU per process (cores; a killed one's until the kill)",
      ...runs.map((r) => r.processes.map((p) => p.cpuCores).join(" / ")),
    ],
    [
      "CPU beside (cores; cluster: until the kill)",
      ...runs.map((r) =>
        r.othersCores
          ? Object.entries(r.othersCores)
              .map(([k, v]) => `${k} ${v}`)
              .join(", ")
          : "–",
      ),
    ],
    ["bytes per client per turn", ...runs.map((r) => String(r.bytesPerClientPerTurn ?? "–"))],
    ["bytes per client per action", ...runs.map((r) => String(r.bytesPerClientPerAction ?? "–"))],
    ["  before the kill", ...runs.map((r) => k(r, (b) => String(b.bytesPerClientPerAction)))],
    [
      "failover (kill -9) s",
      ...runs.map((r) => {
        const o = f(r);
        return o ? `${o.seconds} (${o.backClients}/${o.affectedClients} back)` : "–";
      }),
    ],
    [
      "  claimed / rejoined s",
      ...runs.map((r) => {
        const o = f(r);
        return o ? `${o.claimedSeconds} / ${o.rejoinedSeconds}` : "–";
      }),
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ")).join("\n");
}

export async function main() {
  const e: Env = {
    matches: Number(process.env.MATCHES ?? 100),
    seconds: Number(process.env.SECONDS ?? 60),
    think: Number(process.env.THINK_MS ?? 3000),
  };
  const wanted = (process.env.CONFIGS?.split(",") ?? CONFIGS) as Config[];
  const load0 = loadavg()[0] ?? 0;
  // The baseline runs second, right after the first game server: it sends each client what
  // that server sent per action (alone, BASELINE_BYTES, else a bare echo).
  const order: Config[] = CONFIGS.filter((c) => c !== "baseline" && wanted.includes(c));
  if (wanted.includes("baseline")) order.splice(Math.min(1, order.length), 0, "baseline");
  const runs: Run[] = [];
  for (const config of order) {
    const measured = runs[0]?.bytesPerClientPerAction;
    const payload = measured ?? Number(process.env.BASELINE_BYTES ?? 0);
    runs.push(config === "baseline" ? await baseline(e, payload) : await serverRun(config, e));
  }
  runs.sort((a, b) => CONFIGS.indexOf(a.config) - CONFIGS.indexOf(b.config));
  console.log(table(runs));
  return {
    ...e,
    scenario: SCENARIO,
    machine: {
      cores: cpus().length,
      loadAverage1m: { start: +load0.toFixed(1), end: +(loadavg()[0] ?? 0).toFixed(1) },
    },
    runs,
  };
}

if (import.meta.main) {
  console.log(JSON.stringify(await main(), null, 2));
  process.exit(0);
}
