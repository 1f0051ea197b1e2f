import {
  createHistogram,
  monitorEventLoopDelay,
  PerformanceObserver,
  type PerformanceEntry,
} from "node:perf_hooks";

/**
 * Process figures for /healthz and the load benchmark: how long the event loop stalls (every
 * room shares it) and how long an action takes from its arrival to its ack (commit included).
 */
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const actions = createHistogram();
/** Where an action's time goes inside the server (see `stage`), by stage name. */
const stages = new Map<string, ReturnType<typeof createHistogram>>();

/**
 * The garbage collector's pauses, by kind (minor: the young generation's scavenges; major:
 * mark-compact): while one runs, no room of the process reads a message or sends an ack.
 */
const gcKinds: Record<number, string> = { 1: "minor", 2: "major", 4: "incremental", 8: "weak" };
const gc = new Map<string, { histogram: ReturnType<typeof createHistogram>; totalMs: number }>();
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const { detail } = e as PerformanceEntry & { detail?: { kind?: number } };
    const kind = gcKinds[detail?.kind ?? 0] ?? "other";
    let g = gc.get(kind);
    if (!g) gc.set(kind, (g = { histogram: createHistogram(), totalMs: 0 }));
    g.histogram.record(Math.max(1, Math.round(e.duration * 1000))); // in µs
    g.totalMs += e.duration;
  }
}).observe({ entryTypes: ["gc"] });

/** Start the figures afresh (the load benchmark, once its matches are set up). */
export function resetStats(): void {
  loop.reset();
  actions.reset();
  for (const h of stages.values()) h.reset();
  gc.clear();
}

/** One stage's time (queue wait, engine apply, commit, views, broadcast), in ms. */
export function stage(name: string, ms: number): void {
  let h = stages.get(name);
  if (!h) stages.set(name, (h = createHistogram()));
  h.record(Math.max(1, Math.round(ms * 1000))); // in µs
}

export function recordAction(ms: number): void {
  actions.record(Math.max(1, Math.round(ms * 1000))); // in µs
}

const ms = (ns: number, unit = 1e6) => +(ns / unit).toFixed(2);

/** A histogram of µs as ms: how many, median, p99 and the longest. */
function inMs(h: ReturnType<typeof createHistogram>) {
  return {
    count: h.count,
    p50: ms(h.percentile(50), 1e3),
    p99: ms(h.percentile(99), 1e3),
    max: ms(h.max, 1e3),
  };
}

export function stats() {
  return {
    rssMiB: Math.round(process.memoryUsage.rss() / 2 ** 20),
    eventLoopDelayMs: {
      p50: ms(loop.percentile(50)),
      p99: ms(loop.percentile(99)),
      max: ms(loop.max),
    },
    actionToAckMs: inMs(actions),
    gcPausesMs: Object.fromEntries(
      [...gc].map(([kind, g]) => [kind, { ...inMs(g.histogram), total: +g.totalMs.toFixed(1) }]),
    ),
    stagesMs: Object.fromEntries([...stages].map(([name, h]) => [name, inMs(h)])),
  };
}
