/**
 * The simulator's games in ONE process, for profiling (`node --cpu-prof`) and for checking that
 * a speed-up changes nothing: plays games 0 … N-1 of a few settings on seed 1 and prints, per
 * setting, the CPU milliseconds a game (the process's, and the games' own thread's) and a
 * SHA-256 of the games' rows (their clocks left out) and of every game's final state. Two
 * commits that compute the same thing print the same digests.
 *
 * `node tests/bench/sim-digest.ts [--games N] [--adaptive N] [--only SETTING] [--warm N]
 * [--json FILE] [--no-states] [--pool]` (defaults: 40 historical games per setting, 2 adaptive
 * games; --warm plays N games first, unmeasured, so that the figures are of compiled code;
 * --no-states skips replaying the games for their final states, for a profile of `playGame`
 * alone; --pool plays them again through `runGames` on two workers).
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { clonePlain, compile, driveBots, seedRng, type BotPlay, type GameState } from "@cs/shared";
import {
  buildPlan,
  gameSeed,
  playGame,
  runGames,
  startState,
  type GamePlan,
  type PlanSpec,
} from "@cs/server/sim";

const SETTINGS: Record<string, Record<string, string>> = {
  default: {},
  allFive: {
    passage: "granted",
    rhinelandMobilise: "yes",
    oilEmbargo: "yes",
    britishConvention: "yes",
    barthouSurvives: "yes",
  },
  britainFirm: { britainFirm: "yes" },
};

const PASSES: Record<string, number> = { diplomacy: 2, orders: 1, resolution: 1 };

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const games = Number(arg("games") ?? 40);
const adaptiveGames = Number(arg("adaptive") ?? 2);
const only = arg("only");
const jsonOut = arg("json");
const noStates = process.argv.includes("--no-states");
const pool = process.argv.includes("--pool");
const warm = Number(arg("warm") ?? 0);

/**
 * The final state of game `index`, driven as `playGame` drives it but without its records: the
 * same seats (minor powers only where the history script names them), passes and options.
 */
function finalState(plan: GamePlan, start: GameState, index: number): GameState {
  const ctx = compile(plan.start.scenario);
  const seed = gameSeed(1, index);
  const s = clonePlain(start);
  s.rng = seedRng(seed);
  s.settings = { ...s.settings, seed };
  const scripted = new Set<string>();
  for (const turn of Object.values(plan.script?.turns ?? {}))
    for (const list of [turn.diplomacy, turn.orders, turn.resolution, turn.decide])
      for (const e of list ?? []) scripted.add(e.by);
  const seats = ctx.powerIds.filter(
    (p) => ctx.powers.get(p)?.seat !== "minor" || plan.bots !== "historical" || scripted.has(p),
  );
  const play: BotPlay = {
    seats,
    options: (seat) => {
      const strength = plan.seats?.[seat] ?? plan.bots;
      return plan.script ? { strength, script: plan.script } : { strength };
    },
    passes: (phase) => PASSES[phase] ?? 0,
  };
  return driveBots({ ctx, inPlace: true }, s, play, { maxPhases: 200 });
}

const out: Record<string, unknown> = {};
const runs: Array<[string, PlanSpec, number]> = Object.entries(SETTINGS).map(([name, settings]) => [
  name,
  { scenario: "europe-1933", settings, historicalEvents: true, bots: "historical" },
  games,
]);
runs.push([
  "adaptive",
  { scenario: "europe-1933", settings: {}, historicalEvents: true, bots: "adaptive" },
  adaptiveGames,
]);
for (const [name, spec, n] of runs) {
  if (only && only !== name) continue;
  if (n <= 0) continue;
  const plan = await buildPlan(spec);
  const start = startState(plan);
  const rows = [];
  for (let i = 0; i < warm; i++) playGame(plan, start, i, 1);
  const c0 = process.cpuUsage();
  const t0 = process.threadCpuUsage();
  for (let i = 0; i < n; i++) {
    const { timing, ...row } = playGame(plan, start, i, 1);
    void timing;
    rows.push(row);
  }
  const c = process.cpuUsage(c0);
  const t = process.threadCpuUsage(t0);
  const ms = (c.user + c.system) / 1000 / n;
  // This thread's own (the games'), without V8's compiler and collector threads: steadier.
  const threadMs = (t.user + t.system) / 1000 / n;
  const hash = (x: unknown) =>
    createHash("sha256").update(JSON.stringify(x)).digest("hex").slice(0, 16);
  const states = noStates ? "" : createHash("sha256");
  if (states) for (let i = 0; i < n; i++) states.update(JSON.stringify(finalState(plan, start, i)));
  const sd = states ? `, final states ${states.digest("hex").slice(0, 16)}` : "";
  console.log(
    `${name}: ${n} games, ${ms.toFixed(2)} ms CPU a game (${threadMs.toFixed(2)} on its thread), rows ${hash(rows)}${sd}`,
  );
  if (pool) {
    // The same games on two worker threads: the pool must hand back the same rows.
    const pooled = (await runGames({ spec, games: n, seed: 1, workers: 2 })).map((r) => {
      const { timing, ...row } = r;
      void timing;
      return row;
    });
    console.log(`${name}: the same on 2 workers, rows ${hash(pooled)}`);
  }
  out[name] = rows;
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out));
