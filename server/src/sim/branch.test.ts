import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { MINI, exportReplay, turnIndex, type LogEntry, type Scenario } from "@cs/shared";
import { botPlay } from "@cs/shared/testing";
import { readBranch } from "./branch.ts";
import { playGame, startState } from "./game.ts";
import { buildPlan, type PlanSpec } from "./plan.ts";
import { runGames } from "./pool.ts";
import { defaultScenarioId, MINI_SIM, serverScenarios } from "./scenarios.ts";

/** A match played by bots with the engine's driver, from the scenario's start up to a turn. */
function botLog(scenario: Scenario, seed: number, until: number): LogEntry[] {
  return botPlay(scenario, { seed }, { until }).log;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "sim-branch-start-"));
function write(name: string, data: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

const has1933 = await defaultScenarioId().then((id) => id === "europe-1933");
const meta = { name: "Recorded", status: "running" } as const;

describe("branching a recorded match headless", () => {
  test.runIf(has1933)(
    "a match begun at 1936-I branches on its own start point and plays on",
    async () => {
      const scenario = (await serverScenarios()).resolve("europe-1933", "1936-I");
      expect(scenario?.start).toBe("1936-I");
      if (!scenario) return;
      const log = botLog(scenario, 4, turnIndex("1938-I") ?? 0);
      const replay = exportReplay({
        scenario: { id: scenario.id, start: scenario.start, version: scenario.version },
        match: { seed: 4 },
        log,
        meta,
      });
      const file = write("1936.json", replay);
      const base = (await serverScenarios()).resolve("europe-1933", "1933-I");
      if (!base) throw new Error("no 1933 scenario");
      const branch = await readBranch(file, "1937-I", base);
      expect(branch.scenario.start).toBe("1936-I");
      expect(branch.log.length).toBeGreaterThan(0);
      expect(branch.log.length).toBeLessThan(log.length);

      const spec: PlanSpec = {
        scenario: branch.scenario.id,
        start: branch.scenario.start,
        settings: {},
        historicalEvents: true,
        bots: "historical",
        branchLog: branch.log,
        branchMatch: branch.match,
      };
      const plan = await buildPlan(spec);
      const start = startState(plan);
      expect(start.turn).toBe(turnIndex("1937-I"));
      const games = [0, 1, 2].map((i) => playGame(plan, start, i, 1));
      expect(games.every((g) => g.endReason !== "unfinished" && g.refused === 0)).toBe(true);
      // The same through a worker thread, which rebuilds the plan from the spec alone.
      const rows = await runGames({ spec, games: 2, seed: 1, workers: 1 });
      expect(rows.every((g) => g.endReason !== "unfinished" && g.refused === 0)).toBe(true);

      // A bare record naming its start point works too; one that does not is refused clearly.
      const bare = { match: { seed: 4 }, log };
      const named = write("named.json", {
        ...bare,
        scenario: { id: "europe-1933", start: "1936-I" },
      });
      expect((await readBranch(named, "1937-I", base)).log).toEqual(branch.log);
      await expect(readBranch(write("bare.json", bare), "1937-I", base)).rejects.toThrow(
        /does not reach 1937-I .* on scenario europe-1933 \(start 1933-I\)/,
      );
    },
    120_000,
  );

  test("a file whose scenario or version the simulator cannot load is refused in a sentence", async () => {
    const log = botLog(MINI, 2, (turnIndex(MINI.start) ?? 0) + 2);
    const good = exportReplay({
      scenario: { id: MINI.id, start: MINI.start, version: MINI.version },
      match: { seed: 2 },
      log,
      meta,
    });
    const at = "1935-II";
    expect((await readBranch(write("good.json", good), at, MINI_SIM)).scenario.id).toBe("mini");
    const cases: [unknown, RegExp][] = [
      [{ ...good, scenario: { ...good.scenario, version: 99 } }, /version 99 of scenario mini/],
      [{ ...good, scenario: { ...good.scenario, id: "europe-1914" } }, /cannot load; it has/],
      [{ ...good, version: 1 }, /format version 1/],
      [{ ...good, format: "other" }, /not a Collective Security replay file/],
      [{ match: { seed: 2 }, log, scenario: "europe-1914" }, /names scenario europe-1914/],
    ];
    for (const [data, message] of cases) {
      await expect(readBranch(write("bad.json", data), at, MINI_SIM)).rejects.toThrow(message);
    }
    // On the command line: one line, no stack trace.
    const file = write("cli.json", cases[0]?.[0]);
    let stderr = "";
    try {
      execFileSync(
        process.execPath,
        ["server/src/sim/cli.ts", "--branch", file, "--at", at, "--quiet"],
        { cwd: path.resolve(import.meta.dirname, "../../.."), stdio: "pipe" },
      );
    } catch (e) {
      stderr = String((e as { stderr: Buffer }).stderr);
    }
    expect(stderr.trim()).toMatch(/^sim: cli\.json: .*version 99 of scenario mini[^\n]*$/);
  }, 60_000);
});
