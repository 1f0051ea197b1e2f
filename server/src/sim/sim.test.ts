import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { type LogEntry } from "@cs/shared";
import { botPlay } from "@cs/shared/testing";
import { parseArgs, resolveSets } from "./args.ts";
import { readBranch } from "./branch.ts";
import { playGame, startState, type GameRow } from "./game.ts";
import { buildPlan, type PlanSpec } from "./plan.ts";
import { runGames } from "./pool.ts";
import { presetSets } from "./presets.ts";
import { defaultScenarioId, loadStart, MINI_SIM } from "./scenarios.ts";
import { summarise } from "./summary.ts";

/** A finished match's record (settings and log), played by bots with the engine's driver. */
function botRecord(seed: number): { log: LogEntry[] } {
  return { log: botPlay(MINI_SIM, { seed }).log };
}

const has1933 = await defaultScenarioId().then((id) => id === "europe-1933");

const mini: PlanSpec = {
  scenario: "mini",
  settings: {},
  historicalEvents: true,
  bots: "historical",
};

async function inProcess(spec: PlanSpec, games: number, seed: number): Promise<GameRow[]> {
  const plan = await buildPlan(spec);
  const start = startState(plan);
  return Array.from({ length: games }, (_, i) => playGame(plan, start, i, seed));
}

describe("the simulator", () => {
  test("is deterministic whatever the number of workers", async () => {
    const spec: PlanSpec = { ...mini, seats: { DEU: "adaptive" } };
    const one = await runGames({ spec, games: 60, seed: 7, workers: 1 });
    const two = await runGames({ spec, games: 60, seed: 7, workers: 2 });
    const a = JSON.stringify(summarise(spec, 60, 7, one));
    expect(JSON.stringify(summarise(spec, 60, 7, two))).toBe(a);
    expect(one.map((r) => r.seed)).toEqual(two.map((r) => r.seed));
    expect(new Set(one.map((r) => r.seed)).size).toBe(60);
  }, 60_000);

  test("bots make no action the engine refuses, historical or adaptive", async () => {
    for (const bots of ["historical", "adaptive"] as const) {
      const rows = await inProcess({ ...mini, bots }, 20, 3);
      expect(rows.every((r) => r.endReason !== "unfinished")).toBe(true);
      expect(rows.reduce((a, r) => a + r.refused, 0)).toBe(0);
    }
  }, 60_000);

  test("passage=granted makes Soviet help to Czechoslovakia reachable (mini)", async () => {
    const refused = await inProcess(mini, 40, 11);
    const granted = await inProcess({ ...mini, settings: { passage: "granted" } }, 40, 11);
    const share = (rows: GameRow[]) => rows.filter((r) => r.reach["SUN>CSK"]).length / rows.length;
    expect(share(granted)).toBeGreaterThan(share(refused) + 0.5);
  }, 60_000);

  test("--set is checked against the scenario's options, listing the valid ones", () => {
    expect(resolveSets(MINI_SIM, ["passage=granted", "historicalEvents=off"])).toEqual({
      options: { passage: "granted" },
      historicalEvents: false,
    });
    expect(() => resolveSets(MINI_SIM, ["oil=yes"])).toThrow(
      /unknown setting "oil"[\s\S]*passage=refused\|granted/,
    );
    expect(() => resolveSets(MINI_SIM, ["passage=maybe"])).toThrow(/not a value of passage/);
    expect(() => parseArgs(["--bots", "clever"])).toThrow(/historical, adaptive/);
    expect(() => parseArgs(["--from", "1941-I"])).toThrow(/not a turn/);
    expect(parseArgs(["--games", "5", "--set", "a=b", "--workers", "1"])).toMatchObject({
      games: 5,
      sets: ["a=b"],
      workers: 1,
    });
  });

  test.runIf(has1933)(
    "--preset collective-security is a set of the 1933 scenario's own switches",
    async () => {
      const { scenario } = await loadStart("europe-1933");
      expect(parseArgs(["--preset", "collective-security"]).preset).toBe("collective-security");
      const sets = presetSets("europe-1933", "collective-security");
      const { options } = resolveSets(scenario, [...sets, "oilEmbargo=no"]);
      expect(options).toMatchObject({
        barthouSurvives: "yes",
        britainFirm: "yes",
        oilEmbargo: "no",
      });
      expect(Object.keys(options).length).toBe(sets.length);
      expect(() => presetSets("europe-1933", "peace")).toThrow(/presets: collective-security/);
    },
  );

  test("a branch: a match record's log cut at a turn, played on by bots", async () => {
    const rows = await inProcess(mini, 1, 5);
    expect(rows[0]?.endReason).toBe("calendar");
    // A record of a match: every seat played by the bot, through the clock, to the end.
    const record = botRecord(9);
    const dir = mkdtempSync(path.join(os.tmpdir(), "sim-branch-"));
    const file = path.join(dir, "record.json");
    writeFileSync(file, JSON.stringify({ match: { seed: 9 }, log: record.log }));
    const branch = await readBranch(file, "1935-II", MINI_SIM);
    expect(branch.log.length).toBeGreaterThan(0);
    expect(branch.log.length).toBeLessThan(record.log.length);
    const spec: PlanSpec = { ...mini, branchLog: branch.log, branchMatch: branch.match };
    const plan = await buildPlan(spec);
    const start = startState(plan);
    expect(start.turn).toBe(5);
    const games = [0, 1, 2].map((i) => playGame(plan, start, i, 1));
    expect(games.every((g) => g.endReason !== "unfinished" && g.refused === 0)).toBe(true);
    expect(readFileSync(file, "utf8").length).toBeGreaterThan(10);
  }, 60_000);

  test.runIf(has1933)(
    "1933: passage=granted brings the Polish transit agreement into play",
    async () => {
      const base: PlanSpec = { ...mini, scenario: "europe-1933" };
      const refused = await inProcess(base, 24, 21);
      const granted = await inProcess({ ...base, settings: { passage: "granted" } }, 24, 21);
      const transit = (rows: GameRow[]) =>
        rows.filter((r) => r.treaties.some((t) => t.startsWith("Polish transit agreement")))
          .length / rows.length;
      expect(transit(granted)).toBeGreaterThan(transit(refused) + 0.5);
      expect([...refused, ...granted].every((r) => r.refused === 0)).toBe(true);
    },
    120_000,
  );
});
