import { describe, expect, test } from "vitest";
import type { GameState, ReplayFile, ReplayStep } from "@cs/shared";
import { canBranchAt, downloadName, errorText, simCommand, viewerChoices } from "./model.ts";

const file = (status: ReplayFile["meta"]["status"], name = "Stresa front") =>
  ({
    scenario: { id: "europe-1933", start: "1933-I", version: 3 },
    meta: { name, status, matchId: "abc123", players: {} },
  }) as unknown as ReplayFile;
const state = { powers: { GBR: {}, FRA: {}, DEU: {} } } as unknown as GameState;
const step = (index: number, turn: number, phase: ReplayStep["phase"]): ReplayStep => ({
  index,
  turn,
  phase,
  label: "",
  state: index,
  stateId: index,
});

describe("the replay viewer's choices", () => {
  test("the omniscient view only once the match is over, or for its teacher", () => {
    expect(viewerChoices(file("finished"), state, false)).toEqual([
      "teacher",
      "spectator",
      "DEU",
      "FRA",
      "GBR",
    ]);
    expect(viewerChoices(file("running"), state, false)).not.toContain("teacher");
    expect(viewerChoices(file("running"), state, true)).toContain("teacher");
  });

  test("branching starts at a turn after the first, never at the end", () => {
    const steps = [
      step(0, 4, "news"),
      step(1, 4, "orders"),
      step(2, 5, "news"),
      step(3, 5, "ended"),
    ];
    expect(steps.map((_, i) => canBranchAt(steps, i))).toEqual([false, false, true, false]);
  });

  test("the headless command names the scenario, the file and the turn, quoted when needed", () => {
    expect(simCommand(file("finished"), "my replay.json", "1936-I", 50)).toBe(
      "npm run sim -- --scenario europe-1933 --branch 'my replay.json' --at 1936-I --games 50 --seed 1",
    );
    expect(downloadName(file("finished", "Munich, 1938 — à refaire"))).toBe(
      "Munich-1938-à-refaire-abc123.replay.json",
    );
  });

  test("errors are keyed by code, with the engine's sentence as the fallback", () => {
    expect(
      errorText({ code: "ERR_REPLAY_VERSION", message: "v2", params: { found: 2, expected: 1 } }),
    ).toEqual({
      key: "replay:error.ERR_REPLAY_VERSION",
      values: { found: 2, expected: 1 },
      fallback: "v2",
    });
  });
});
