import { createHistogram, monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Process figures for /healthz and the load benchmark: how long the event loop stalls (every
 * room shares it) and how long an action takes from its arrival to its ack (commit included).
 */
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const actions = createHistogram();
/** Where an action's time goes inside the server (see `stage`), by stage name. */
const stages = new Map<string, ReturnType<typeof createHistogram>>();

/** Start the figures afresh (the load benchmark, once its matches are set up). */
export function resetStats(): void {
  loop.reset();
  actions.reset();
  for (const h of stages.values()) h.reset();
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

export function stats() {
  return {
    rssMiB: Math.round(process.memoryUsage.rss() / 2 ** 20),
    eventLoopDelayMs: {
      p50: ms(loop.percentile(50)),
      p99: ms(loop.percentile(99)),
      max: ms(loop.max),
    },
    actionToAckMs: {
      count: actions.count,
      p50: ms(actions.percentile(50), 1e3),
      p99: ms(actions.percentile(99), 1e3),
      max: ms(actions.max, 1e3),
    },
    stagesMs: Object.fromEntries(
      [...stages].map(([name, h]) => [
        name,
        {
          count: h.count,
          p50: ms(h.percentile(50), 1e3),
          p99: ms(h.percentile(99), 1e3),
          max: ms(h.max, 1e3),
        },
      ]),
    ),
  };
}
