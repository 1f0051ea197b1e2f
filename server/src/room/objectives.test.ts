import { describe, expect, test } from "vitest";
import { createInitialState } from "@cs/shared";
import { loadScenario } from "@cs/assets/scenarios";
import { objectivesMessage } from "./objectives.ts";

const scenario = loadScenario("europe-1933");
const state = (hiddenObjectives: boolean) =>
  createInitialState(scenario, { seed: 1, historicalEvents: true, hiddenObjectives, options: {} });

describe("the objectives a connection is sent, with their words (issue 15, item 4)", () => {
  test.each([
    ["a seat, hidden", true, "FRA", "FRA"],
    ["a spectator, hidden", true, "spectator", "none"],
    ["the teacher, hidden", true, "teacher", "all"],
    ["a seat, not hidden", false, "FRA", "all"],
  ] as const)("%s", (_, hidden, viewer, scope) => {
    const m = objectivesMessage(scenario.objectives, state(hidden), viewer);
    expect(m.scope).toBe(scope);
    const want = scenario.objectives.filter((o) => scope === "all" || o.power === scope);
    expect(m.body.objectives).toEqual(want);
    for (const lang of ["en", "fr"]) {
      // The words of exactly those objectives (assets/locales/{lang}/objectives.json).
      expect(Object.keys(m.body.text[lang] ?? {}).sort()).toEqual(want.map((o) => o.id).sort());
    }
    if (scope === "FRA") expect(m.body.text.fr?.["fra-no-general-war"]?.name).toBe("La paix");
  });

  test("the end of the match: every seat's, as the rest of the record", () => {
    const ended = { ...state(true), phase: "ended" as const };
    expect(objectivesMessage(scenario.objectives, ended, "DEU").body.objectives).toEqual(
      scenario.objectives,
    );
  });
});
