import { describe, expect, it } from "vitest";
import { clonePlain } from "../core/clone.ts";
import type { GameState, Obligation } from "../model/state.ts";
import type { ScenarioInput } from "../scenario/schema.ts";
import { MINI } from "../testing/mini.ts";
import { miniWith, startMatch } from "../testing/drive.ts";
import { collectiveSecurityIndex, measure } from "./csi.ts";
import { scoreOf, scores } from "./scores.ts";

const { ctx, state: base } = startMatch(MINI);

function world(change: (s: GameState) => void): GameState {
  const s = clonePlain(base);
  change(s);
  return s;
}

function obligation(id: string, status: Obligation["status"], aggression = "a1"): Obligation {
  return {
    id,
    aggression,
    treaty: "fra-csk",
    clause: 0,
    power: "FRA",
    beneficiary: "CSK",
    mode: "automatic",
    status,
    reachable: true,
  };
}

describe("scores", () => {
  it("in 1935 France keeps the Rhineland demilitarised and the peace; Germany has neither aim yet", () => {
    const s = scores(base, ctx);
    expect(s.FRA).toEqual({
      points: 100,
      max: 100,
      normalised: 100,
      objectives: [
        { id: "fra-rhine", achieved: true },
        { id: "fra-peace", achieved: true },
      ],
    });
    expect(s.DEU?.normalised).toBe(0);
    expect(s.POL).toEqual({ points: 0, max: 0, normalised: 0, objectives: [] });
  });

  it("remilitarisation (7 March 1936) moves points from France to Germany", () => {
    const s = scores(
      world((x) => (x.regions.rhineland!.demilitarised = false)),
      ctx,
    );
    expect(s.DEU?.points).toBe(50);
    expect(s.FRA?.points).toBe(40);
  });

  it("normalises to 100 whatever the points a scenario gives", () => {
    const scenario = miniWith({
      objectives: [
        { id: "a", power: "POL", points: 30, condition: { alive: "POL" } },
        { id: "b", power: "POL", points: 10, condition: { flag: "never" } },
      ],
    });
    const m = startMatch(scenario);
    expect(scores(m.state, m.ctx).POL).toMatchObject({ points: 30, max: 40, normalised: 75 });
  });

  it("scoreOf gives each power exactly its entry in scores (the bots' lookahead reads it)", () => {
    for (const s of [base, world((x) => (x.regions.rhineland!.demilitarised = false))]) {
      const all = scores(s, ctx);
      for (const id of ctx.powerIds) expect(scoreOf(s, ctx, id)).toEqual(all[id]);
    }
  });
});

describe("collective security index", () => {
  it("weights the scenario's components (mini: peace 40, honour 30, calm 30)", () => {
    const csi = collectiveSecurityIndex(base, ctx);
    expect(csi.components).toEqual([
      { id: "peace", weight: 40, value: 100 },
      { id: "honour", weight: 30, value: 100 },
      { id: "calm", weight: 30, value: 70 },
    ]);
    expect(csi.value).toBe(91);
  });

  it("falls when obligations are broken (Czechoslovakia, September 1938)", () => {
    const s = world((x) => {
      x.obligations.o1 = obligation("o1", "honoured");
      x.obligations.o2 = obligation("o2", "broken");
    });
    expect(collectiveSecurityIndex(s, ctx).value).toBe(40 + 15 + 21);
  });

  it.each<[string, Parameters<typeof measure>[2], (s: GameState) => void, number]>([
    ["lowTension", "lowTension", (s) => (s.tension = 80), 0.2],
    ["obligationsHonoured with none due", "obligationsHonoured", () => undefined, 1],
    [
      "obligationsHonoured: consulted counts as kept, lapsed not at all",
      "obligationsHonoured",
      (s) => {
        s.obligations.o1 = obligation("o1", "consulted");
        s.obligations.o2 = obligation("o2", "broken");
        s.obligations.o3 = obligation("o3", "lapsed");
      },
      0.5,
    ],
    [
      "leagueMembership: four of five great powers (Germany out)",
      "leagueMembership",
      () => undefined,
      0.8,
    ],
    [
      "leagueMembership after Italy leaves (December 1937)",
      "leagueMembership",
      (s) => (s.powers.ITA!.league.member = false),
      0.6,
    ],
    [
      "aggressionsOpposed: Ethiopia resisted, Austria did not",
      "aggressionsOpposed",
      (s) => {
        s.aggressions.a1 = {
          id: "a1",
          turn: 5,
          kind: "war",
          aggressor: "ITA",
          victim: "ETH",
          regions: [],
          theatre: "africa",
          resisted: true,
        };
        s.aggressions.a2 = {
          id: "a2",
          turn: 10,
          kind: "occupation",
          aggressor: "DEU",
          victim: "AUT",
          regions: ["austria"],
          theatre: "europe",
          resisted: false,
        };
      },
      0.5,
    ],
    [
      "aggressionsOpposed: a helper honouring counts though the victim gave in",
      "aggressionsOpposed",
      (s) => {
        s.aggressions.a1 = {
          id: "a1",
          turn: 11,
          kind: "ultimatum",
          aggressor: "DEU",
          victim: "CSK",
          regions: ["sudeten"],
          theatre: "europe",
          resisted: false,
        };
        s.obligations.o1 = obligation("o1", "honoured", "a1");
      },
      1,
    ],
    [
      "sanctionsApplied: seven of eight members applied against Italy",
      "sanctionsApplied",
      (s) => {
        s.sanctions.s1 = {
          id: "s1",
          motion: "m1",
          target: "ITA",
          oil: false,
          since: 5,
          applying: ["FRA", "GBR", "SUN", "POL", "CSK", "ROU", "ETH"],
          refusing: ["AUT"],
          active: true,
        };
      },
      7 / 8,
    ],
  ])("measures %s", (_name, m, change, expected) => {
    expect(measure(world(change), ctx, m)).toBeCloseTo(expected);
  });

  it("a condition component counts fully or not at all", () => {
    const csi: ScenarioInput["csi"] = [
      { id: "rhine", weight: 1, condition: { demilitarised: "rhineland" } },
      { id: "calm", weight: 1, measure: "lowTension" },
    ];
    const m = startMatch(miniWith({ csi }));
    expect(collectiveSecurityIndex(m.state, m.ctx).value).toBe(85);
    const remilitarised = clonePlain(m.state);
    remilitarised.regions.rhineland!.demilitarised = false;
    expect(collectiveSecurityIndex(remilitarised, m.ctx).value).toBe(35);
  });
});
