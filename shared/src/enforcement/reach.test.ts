import { describe, expect, it } from "vitest";
import { Draft } from "../engine/draft.ts";
import type { GameState } from "../model/state.ts";
import type { ClauseInput } from "../treaties/clauses.ts";
import { MINI } from "../testing/mini.ts";
import { startMatch } from "../testing/drive.ts";
import { withAggression, withTreaty } from "../testing/crisis.ts";
import { canReach, reachPath, reachableRegions } from "./reach.ts";

const { ctx, state: base } = startMatch(MINI);

function access(state: GameState, grantor: string, grantee: string, regions: string[] = []) {
  const clause: ClauseInput = { kind: "militaryAccess", grantor, grantee, regions };
  return withTreaty(state, [grantor], [clause]).state;
}

// Poland and Romania would not let Soviet troops through; the Moscow military talks of
// August 1939 broke down on it (game.md, "Facts from the period").
describe("no help without passage", () => {
  it.each<[string, (s: GameState) => GameState, boolean]>([
    ["without Polish or Romanian passage the USSR cannot reach Czechoslovakia", (s) => s, false],
    ["with Romanian access it can", (s) => access(s, "ROU", "SUN"), true],
    ["with Polish access it can", (s) => access(s, "POL", "SUN"), true],
    [
      "access limited to the Romanian region on the way suffices",
      (s) => access(s, "ROU", "SUN", ["rom"]),
      true,
    ],
    ["access granted to another power does not help", (s) => access(s, "ROU", "FRA"), false],
    [
      "a Polish co-belligerent of Czechoslovakia opens its territory",
      (s) => {
        const made = withAggression(s, ctx, { aggressor: "DEU", victim: "CSK" });
        const d = new Draft(made.state);
        const war = Object.keys(made.state.wars)[0] as string;
        d.entry("wars", war).sides[1].push("POL");
        return d.s;
      },
      true,
    ],
  ])("%s", (_name, setup, reachable) => {
    expect(canReach(setup(base), ctx, "SUN", "CSK")).toBe(reachable);
  });

  it("the path runs through the granting state's territory", () => {
    expect(reachPath(access(base, "ROU", "SUN"), ctx, "SUN", "CSK")).toEqual([
      "sov-west",
      "rom",
      "ruthenia",
    ]);
  });

  it("a draft's own access clause can be counted", () => {
    expect(canReach(base, ctx, "SUN", "CSK", { extraGrantors: ["POL"] })).toBe(true);
  });
});

describe("help by sea", () => {
  it("Britain reaches Poland through the North Sea and the Baltic", () => {
    expect(reachPath(base, ctx, "GBR", "POL")).toEqual(["uk", "north-sea", "baltic", "pol-west"]);
  });

  it("a power without a navy cannot carry help by sea", () => {
    const d = new Draft(base);
    d.power("GBR").navy = 5;
    expect(canReach(d.s, ctx, "GBR", "POL")).toBe(false);
  });

  it("a stronger hostile fleet closes the seas off its coast", () => {
    const made = withAggression(base, ctx, { aggressor: "DEU", victim: "POL" });
    const d = new Draft(made.state);
    d.power("DEU").navy = 80;
    expect(canReach(d.s, ctx, "GBR", "POL")).toBe(false);
  });

  it("Britain cannot reach landlocked Czechoslovakia", () => {
    expect(canReach(base, ctx, "GBR", "CSK")).toBe(false);
    expect(reachableRegions(base, ctx, "GBR", "CSK")).not.toContain("bohemia");
  });
});
