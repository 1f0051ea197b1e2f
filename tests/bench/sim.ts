/**
 * Simulator and bots benchmark (issue 6), on the 1933 scenario (MINI if it is not there):
 * - speed: 10,000 complete games with historical bots on every core;
 * - how often all-historical bots reproduce the main milestones of the history test;
 * - win rate of an adaptive bot against the historical bot, seat by seat: the same seeds
 *   played with that seat adaptive and with it historical, compared game by game;
 * - bot actions the engine refused, over every game played here (should be 0).
 * Figures are printed, never asserted; docs/benchmarks.md records them.
 */
import os from "node:os";
import {
  defaultScenarioId,
  milestonesOf,
  runGames,
  summarise,
  type PlanSpec,
} from "@cs/server/sim";

const SEATS = ["DEU", "FRA", "GBR", "SUN", "ITA", "POL", "CSK"];

export async function main(options: { games?: number; duel?: number } = {}) {
  const games = options.games ?? Number(process.env.SIM_BENCH_GAMES ?? 10_000);
  const duel = options.duel ?? Number(process.env.SIM_BENCH_DUEL ?? 24);
  const workers = os.availableParallelism();
  const scenario = await defaultScenarioId();
  const spec: PlanSpec = { scenario, settings: {}, historicalEvents: true, bots: "historical" };
  const t0 = performance.now();
  const rows = await runGames({ spec, games, seed: 1, workers });
  const seconds = (performance.now() - t0) / 1000;
  const summary = summarise(spec, games, 1, rows, await milestonesOf(spec));
  let refused = summary.refused;

  const base = rows.slice(0, duel);
  const winRate: Record<string, { win: number; tie: number; loss: number; meanGain: number }> = {};
  const tD = performance.now();
  for (const seat of SEATS) {
    if (base[0]?.scores[seat] === undefined) continue;
    const adaptiveSpec: PlanSpec = { ...spec, seats: { [seat]: "adaptive" } };
    const adaptive = await runGames({ spec: adaptiveSpec, games: duel, seed: 1, workers });
    refused += adaptive.reduce((a, r) => a + r.refused, 0);
    let win = 0;
    let tie = 0;
    let gain = 0;
    adaptive.forEach((r, i) => {
      const a = r.scores[seat] ?? 0;
      const h = base[i]?.scores[seat] ?? 0;
      if (a > h) win++;
      else if (a === h) tie++;
      gain += a - h;
    });
    winRate[seat] = {
      win: round(win / duel),
      tie: round(tie / duel),
      loss: round((duel - win - tie) / duel),
      meanGain: round(gain / duel),
    };
  }
  return {
    scenario,
    speed: {
      command: `runGames(${games} games, historical bots, ${workers} workers)`,
      games,
      workers,
      seconds: round(seconds),
      gamesPerSecond: Math.round(games / seconds),
      target: "10,000 games ≤ 60 s on 2 cores",
    },
    historicalMilestones: {
      games,
      allOnTime: summary.allMilestones,
      each: Object.fromEntries(summary.milestones.map((m) => [`${m.id} ${m.turn}`, m.share])),
      generalWar: summary.generalWar,
    },
    adaptiveVsHistorical: {
      gamesPerSeat: duel,
      seconds: round((performance.now() - tD) / 1000),
      bySeat: winRate,
    },
    refusedBotActions: refused,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
