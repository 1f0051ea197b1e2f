/**
 * Deterrence and consequence (issue 10): the simulator on the same seed, one run per setting,
 * and the one table of the issue's targets. `npm run bench` runs it with the others;
 * `node tests/bench/deterrence.ts` alone. DETERRENCE_BENCH_GAMES (default 1000) and
 * DETERRENCE_BENCH_ADAPTIVE (default 100: adaptive bots play a lookahead, ~100× slower)
 * shrink it; DETERRENCE_BENCH_WORKERS (default 2); DETERRENCE_BENCH_SPEED_GAMES (default
 * 10000: the speed target's own run, timed; 0 projects from the first run). DETERRENCE_BENCH_ONLY=key,key… runs the
 * default and those switches alone, and prints their rows only (a switch measured on 1,000
 * games without the rest). Figures are printed, never asserted.
 */
import os from "node:os";
import {
  milestonesOf,
  presetSets,
  runGames,
  summarise,
  timeShares,
  type PlanSpec,
} from "@cs/server/sim";

const COLLECTIVE = presetSets("europe-1933", "collective-security");

const ALL_FIVE = {
  passage: "granted",
  rhinelandMobilise: "yes",
  oilEmbargo: "yes",
  britishConvention: "yes",
  barthouSurvives: "yes",
};

/** Each switch, the outcome its source expects it to move, and in which direction. */
const SWITCHES: ReadonlyArray<[string, string, string, "down" | "up"]> = [
  ["passage", "granted", "reach:SUN>CSK", "up"],
  ["rhinelandMobilise", "yes", "milestone:sudetenland", "down"],
  ["oilEmbargo", "yes", "milestone:ethiopia", "down"],
  ["britishConvention", "yes", "milestone:pact", "down"],
  ["barthouSurvives", "yes", "milestone:sudetenland", "down"],
  ["rhinelandRiposte", "yes", "milestone:sudetenland", "down"],
  ["britainFirm", "yes", "milestone:sudetenland", "down"],
  ["easternPact", "early", "milestone:pact", "down"],
  ["romanianPassage", "1938", "milestone:sudetenland", "down"],
];

type Summary = ReturnType<typeof summarise>;

function outcome(s: Summary, key: string): number {
  const [kind, id] = key.split(":");
  if (kind === "reach") return s.reach[id ?? ""] ?? 0;
  return s.milestones.find((m) => m.id === id)?.share ?? 0;
}

const gwBy = (s: Summary, turn: string) =>
  s.generalWarByTurn.find((t) => t.turn === turn)?.share ?? 0;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export async function main(
  options: { games?: number; adaptive?: number; workers?: number; only?: string } = {},
) {
  const games = options.games ?? Number(process.env.DETERRENCE_BENCH_GAMES ?? 1000);
  const adaptiveGames = options.adaptive ?? Number(process.env.DETERRENCE_BENCH_ADAPTIVE ?? 100);
  const workers = options.workers ?? Number(process.env.DETERRENCE_BENCH_WORKERS ?? 2);
  const only = (options.only ?? process.env.DETERRENCE_BENCH_ONLY)?.split(",").filter(Boolean);
  const unknown = only?.filter((k) => !SWITCHES.some(([key]) => key === k)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `DETERRENCE_BENCH_ONLY: no switch ${unknown.join(", ")}; the switches are ${SWITCHES.map(([k]) => k).join(", ")}`,
    );
  }
  const run = async (
    settings: Record<string, string>,
    bots: "historical" | "adaptive",
    n = games,
  ) => {
    const spec: PlanSpec = { scenario: "europe-1933", settings, historicalEvents: true, bots };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const rows = await runGames({ spec, games: n, seed: 1, workers });
    const seconds = (performance.now() - t0) / 1000;
    // Every thread's CPU time (worker threads count in the process's): what the games cost
    // whatever else the machine runs.
    const c = process.cpuUsage(c0);
    const cpuSeconds = (c.user + c.system) / 1e6;
    return {
      s: summarise(spec, n, 1, rows, await milestonesOf(spec)),
      seconds,
      cpuSeconds,
      shares: timeShares(rows),
    };
  };
  const table: Array<[string, string, string, string]> = [];
  const row = (target: string, measured: string, ok: boolean) =>
    table.push([target, measured, ok ? "met" : "NOT met", ""]);

  const base = await run({}, "historical");
  for (const m of base.s.milestones)
    row(`history on time: ${m.label} (${m.turn}) ≥ 50 %`, pct(m.share), m.share >= 0.5);
  const war = outcome(base.s, "milestone:war");
  row("Sept 1939 war with Britain and France in by obligation ≥ 50 %", pct(war), war >= 0.5);
  const switches: Record<string, unknown> = {};
  for (const [key, value, what, dir] of SWITCHES) {
    if (only && !only.includes(key)) continue;
    const r = await run({ [key]: value }, "historical");
    const delta = outcome(r.s, what) - outcome(base.s, what);
    const moved = dir === "up" ? delta >= 0.1 : delta <= -0.1;
    row(
      `${key}=${value} moves ${what} ${dir} ≥ 10 points`,
      `${(delta * 100).toFixed(1)} points`,
      moved,
    );
    switches[`${key}=${value}`] = {
      what,
      base: outcome(base.s, what),
      with: outcome(r.s, what),
      generalWar: r.s.generalWar,
    };
  }
  if (only) {
    print(table);
    return { games, workers, seconds: { historical: base.seconds }, switches, table };
  }
  const all5 = await run(ALL_FIVE, "historical");
  const gw5 = gwBy(all5.s, "1939-II");
  row("all five switches: general war by 1939-II ≤ 50 %", pct(gw5), gw5 <= 0.5);
  const deu = all5.s.deterrence.find((d) => d.aggressor === "DEU");
  const down = deu?.backedDownWhenLosing ?? 0;
  row(
    `all five: Germany backs down facing a coalition it would lose to (${deu?.losing ?? 0} crises) ≥ 30 %`,
    pct(down),
    down >= 0.3,
  );
  const deuBase = base.s.deterrence.find((d) => d.aggressor === "DEU");
  table.push([
    "(default: Germany backs down facing a losing coalition)",
    pct(deuBase?.backedDownWhenLosing ?? 0),
    "",
    "history: Hitler gambled on the West's will",
  ]);
  const preset = await run(Object.fromEntries(COLLECTIVE.map((x) => x.split("="))), "historical");
  const gwP = gwBy(preset.s, "1939-II");
  const deuP = preset.s.deterrence.find((d) => d.aggressor === "DEU");
  table.push([
    "--preset collective-security: general war by 1939-II; Germany backs down facing a losing coalition",
    `${pct(gwP)}; ${pct(deuP?.backedDownWhenLosing ?? 0)} (${deuP?.losing ?? 0} crises)`,
    "",
    "",
  ]);
  const adaptive = await run({}, "adaptive", adaptiveGames);
  const gwA = gwBy(adaptive.s, "1938-I");
  row(`adaptive (${adaptiveGames} games): general war by 1938-I ≤ 15 %`, pct(gwA), gwA <= 0.15);
  row(
    "historical play: turns before 1939 at tension ≥ 95 < 10 %",
    pct(base.s.tensionHigh),
    base.s.tensionHigh < 0.1,
  );
  // Speed is measured on the 10,000 games themselves (the start-up of the workers and the
  // compiler's warm-up counted once, as a user's run counts them), not projected from a
  // smaller run; DETERRENCE_BENCH_SPEED_GAMES=0 projects from the first run instead.
  const speedGames = Number(process.env.DETERRENCE_BENCH_SPEED_GAMES ?? 10_000);
  const speed = speedGames > 0 ? await run({}, "historical", speedGames) : base;
  const measured = speed === base ? games : speedGames;
  const load = os.loadavg()[0]?.toFixed(1) ?? "?";
  const tenThousand = (speed.seconds / measured) * 10_000;
  row(
    measured === 10_000
      ? `speed: 10,000 historical games on ${workers} workers ≤ 60 s (wall time, load average ${load})`
      : `speed: 10,000 historical games on ${workers} workers ≤ 60 s (projected from ${measured}; wall time, load average ${load})`,
    `${tenThousand.toFixed(1)} s`,
    tenThousand <= 60,
  );
  // The same from CPU time: the games' CPU shared by the workers, on cores of their own.
  const cpuTenThousand = ((speed.cpuSeconds / measured) * 10_000) / workers;
  row(
    `speed: the same from CPU time (${((speed.cpuSeconds / measured) * 1000).toFixed(1)} ms a game), ${workers} free cores`,
    `${cpuTenThousand.toFixed(1)} s`,
    cpuTenThousand <= 60,
  );
  const sh = base.shares;
  row(
    `speed: bots' share of a game's time ≤ 2× the engine's (bots ${sh.botsMs} ms, engine ${sh.engineMs} ms, records ${sh.recordsMs} ms a game)`,
    `${sh.botsOverEngine.toFixed(2)}×`,
    sh.botsOverEngine <= 2,
  );

  print(table);
  return {
    games,
    adaptiveGames,
    workers,
    seconds: { historical: base.seconds, allFive: all5.seconds, adaptive: adaptive.seconds },
    perGame: { historical: base.shares, adaptive: adaptive.shares },
    generalWar: {
      default: base.s.generalWar,
      allFive: all5.s.generalWar,
      preset: preset.s.generalWar,
      adaptiveBy1938I: gwA,
    },
    switches,
    table,
  };
}

function print(table: ReadonlyArray<readonly [string, string, string, string]>): void {
  console.log("\n| target | measured | |");
  console.log("|---|---|---|");
  for (const [t, m, ok, note] of table)
    console.log(`| ${t} | ${m} | ${ok}${note ? ` — ${note}` : ""} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await main(), null, 2));
}
