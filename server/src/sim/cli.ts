/**
 * `npm run sim -- --games N --seed S [...]`: play N complete bot games on worker threads and
 * write summary.json, games.csv and report.html; `npm run sim -- report A B --out C` compares
 * two runs. See docs/simulator.md.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { parseArgs, resolveSets } from "./args.ts";
import { readBranch } from "./branch.ts";
import { presetSets } from "./presets.ts";
import { readRun, writeComparison, writeOutputs } from "./outputs.ts";
import type { PlanSpec } from "./plan.ts";
import { runGames } from "./pool.ts";
import { defaultScenarioId, loadStart } from "./scenarios.ts";
import { summarise } from "./summary.ts";
import { timeShares } from "./timing.ts";

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "report") {
    const [a, b] = argv
      .slice(1)
      .filter((x, i, all) => !x.startsWith("--") && all[i - 1] !== "--out");
    const outAt = argv.indexOf("--out");
    const out = outAt >= 0 ? argv[outAt + 1] : undefined;
    if (!a || !b || !out) throw new Error("usage: npm run sim -- report RUN_A RUN_B --out DIR");
    writeComparison(a, b, out);
    console.log(`wrote ${path.join(out, "report.html")}`);
    return;
  }
  const args = parseArgs(argv);
  const scenarioId = args.scenario ?? (await defaultScenarioId());
  const start = await loadStart(scenarioId, args.branch ? undefined : args.from);
  // A branch plays on the scenario its record names (a 1936-I start is a scenario of its own).
  const branch =
    args.branch && args.at ? await readBranch(args.branch, args.at, start.scenario) : undefined;
  const named = branch?.scenario.id;
  if (args.scenario && named && named !== args.scenario && named !== start.scenario.id)
    throw new Error(
      `${path.basename(args.branch ?? "")} was played on scenario ${branch.scenario.id}, not ${args.scenario}: leave out --scenario`,
    );
  const scenario = branch?.scenario ?? start.scenario;
  const sets = args.preset ? [...presetSets(scenario.id, args.preset), ...args.sets] : args.sets;
  const { options, historicalEvents } = resolveSets(scenario, sets);
  const spec: PlanSpec = {
    scenario: branch ? scenario.id : scenarioId,
    start: branch ? scenario.start : undefined,
    from: branch
      ? `branch of ${path.basename(args.branch ?? "")} (${scenario.id} from ${scenario.start}) at ${args.at}`
      : args.from,
    settings: options,
    historicalEvents,
    bots: args.bots,
    branchLog: branch?.log,
    branchMatch: branch?.match,
  };
  const compare = args.compare ? readRun(args.compare) : undefined;
  const bar = args.quiet
    ? undefined
    : new cliProgress.SingleBar(
        {
          format:
            "{bar} {percentage}% | {value}/{total} games | {speed} games/s | ETA {eta_formatted}",
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
  const t0 = performance.now();
  bar?.start(args.games, 0, { speed: "–" });
  const rows = await runGames({
    spec,
    games: args.games,
    seed: args.seed,
    workers: args.workers,
    onProgress: (done) =>
      bar?.update(done, { speed: (done / ((performance.now() - t0) / 1000)).toFixed(0) }),
  });
  bar?.stop();
  const seconds = (performance.now() - t0) / 1000;
  const summary = summarise(spec, args.games, args.seed, rows, scenario.milestones);
  writeOutputs(args.out, summary, rows, compare);
  const run = {
    seconds: Math.round(seconds * 100) / 100,
    workers: args.workers,
    gamesPerSecond: Math.round(args.games / seconds),
    /** Mean ms per game: bots deciding, the engine, the simulator's records. */
    perGame: timeShares(rows),
  };
  writeFileSync(path.join(args.out, "run.json"), `${JSON.stringify(run, null, 2)}\n`);
  console.log(
    `${args.games} games in ${run.seconds} s on ${args.workers} workers (${run.gamesPerSecond}/s; per game: bots ${run.perGame.botsMs} ms, engine ${run.perGame.engineMs} ms); general war in ${(summary.generalWar * 100).toFixed(1)} %; refused bot actions: ${summary.refused}`,
  );
  console.log(
    `wrote ${["summary.json", "games.csv", "report.html", "run.json"].map((f) => path.join(args.out, f)).join(", ")}`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`sim: ${(e as Error).message}`);
  process.exitCode = 1;
});
