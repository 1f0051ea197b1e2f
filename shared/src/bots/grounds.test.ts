import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../scenario/schema.ts";
import { PersonalitySchema } from "../scenario/schema.ts";
import { MINI_INPUT } from "../testing/mini.ts";
import { advanceTo, miniWith, startMatch } from "../testing/drive.ts";
import { chooseMoves } from "./chooseActions.ts";
import { groundsAgainst, type Ground } from "./grounds.ts";

/** Italy's aim in Ethiopia and the Walwal incident of 5 December 1934 (League doc. C.49.M.22). */
const WALWAL = {
  id: "walwal",
  window: { from: "1935-I", to: "1935-I" },
  historicalTurn: "1935-I",
  roles: [
    {
      power: "ITA",
      against: "ETH",
      choices: [
        { id: "press", historical: true, force: true, effects: [{ tension: 5 }] },
        { id: "arbitrate", effects: [{ tension: -2 }] },
      ],
    },
  ],
  note: { date: "1934-12-05", source: "the Walwal incident (League of Nations, C.49.M.22.1935)" },
};
const ITA_AUSTRIA = {
  id: "ita-austria",
  power: "ITA",
  points: 10,
  condition: { owns: { power: "ITA", region: "austria" } },
};
const ITA_NOT_ETHIOPIA = {
  id: "ita-not-ethiopia",
  power: "ITA",
  points: 10,
  condition: { not: { owns: { power: "ITA", region: "ethiopia" } } },
};

type Row = [string, Partial<ScenarioInput>, string, string, Ground | undefined];
/**
 * Grounds as the scenario gives them. MINI's claims: Germany on the Polish corridor and the
 * Sudetenland (Versailles art. 27–28; the Carlsbad programme, 24 April 1938) and Austria.
 */
const ROWS: Row[] = [
  ["a claim on a region it holds", {}, "DEU", "POL", "claim"],
  ["a claim on the Sudetenland", {}, "DEU", "CSK", "claim"],
  ["no claim, no objective, no crisis", {}, "DEU", "FRA", undefined],
  ["a state beyond its claims", {}, "DEU", "ROU", undefined],
  [
    "an objective asking for its region",
    { objectives: [...(MINI_INPUT.objectives ?? []), ITA_AUSTRIA] },
    "ITA",
    "AUT",
    "objective",
  ],
  [
    "an objective under a not is no ground",
    { objectives: [...(MINI_INPUT.objectives ?? []), ITA_NOT_ETHIOPIA] },
    "ITA",
    "ETH",
    undefined,
  ],
  ["a crisis role against it (Walwal)", { events: [WALWAL] }, "ITA", "ETH", "crisis"],
  ["the victim has no grounds back", { events: [WALWAL] }, "ETH", "ITA", undefined],
];

describe("an adaptive bot's grounds for an aggression (issue 10)", () => {
  it.each(ROWS)("%s: %s → %s", (_why, patch, me, target, expected) => {
    const m = startMatch(miniWith(patch));
    advanceTo(m, "orders");
    expect(groundsAgainst(m.state, m.ctx, me, target)).toBe(expected);
  });

  it("does not attack or make demands of a state it has no grounds against, even strong and at war's edge", () => {
    const m = startMatch(miniWith({}));
    advanceTo(m, "orders");
    // A war already on between others (once a "quarrel" enough for a declaration), and a
    // Germany strong enough that no coalition deters it.
    m.state.wars["w_test"] = {
      id: "w_test",
      theatre: "europe",
      sides: [["ITA"], ["FRA"]],
      aggressor: "ITA",
      victim: "FRA",
      startedTurn: m.state.turn,
    };
    m.state.tension = 90;
    const deu = m.state.powers["DEU"]!;
    m.state.powers["DEU"] = { ...deu, army: 400, air: 200, mobilisation: 100 };
    const personality = PersonalitySchema.parse({
      aims: ["revise", "expand"],
      risk: 1,
      honour: 0,
    });
    const moves = chooseMoves(m.state, "DEU", m.ctx, {
      strength: "adaptive",
      personality,
      maxOrders: 8,
      lookahead: 12,
    });
    const targets = moves.flatMap((x) =>
      x.action.type === "order" &&
      (x.action.order.kind === "declareWar" || x.action.order.kind === "demand")
        ? [x.action.order.target]
        : [],
    );
    for (const t of targets) expect(groundsAgainst(m.state, m.ctx, "DEU", t)).toBeDefined();
    // It does move where it has grounds (the corridor, the Sudetenland)…
    expect(targets.length).toBeGreaterThan(0);
    // …never against the belligerents of a war it has no part in (an old "quarrel").
    expect(targets).not.toContain("ITA");
    expect(targets).not.toContain("FRA");
  });
});
