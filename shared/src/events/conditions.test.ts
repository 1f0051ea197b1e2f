import { clonePlain } from "../core/clone.ts";
import { describe, expect, it } from "vitest";
import type { GameState } from "../model/state.ts";
import type { Condition } from "../scenario/conditions.ts";
import { MINI } from "../testing/mini.ts";
import { startMatch } from "../testing/drive.ts";
import { holds } from "./conditions.ts";

const { ctx, state: base } = startMatch(MINI);

/** A copy of the 1935-I mini state with a few changes, for one case. */
function world(change: (s: GameState) => void = () => undefined): GameState {
  const s = clonePlain(base);
  change(s);
  return s;
}

const inForce = (s: GameState, id: string, parties: string[], clauses: unknown[]) => {
  s.treaties[id] = {
    ...clonePlain(s.treaties.locarno!),
    id,
    parties,
    clauses: clauses as GameState["treaties"][string]["clauses"],
  };
};

const war = (s: GameState, a: string, b: string, ended = false) => {
  s.wars.w1 = {
    id: "w1",
    theatre: "africa",
    sides: [[a], [b]],
    aggressor: a,
    victim: b,
    startedTurn: 5,
    endedTurn: ended ? 6 : undefined,
  };
};

describe("conditions", () => {
  it.each<[string, Condition, (s: GameState) => void, boolean, boolean]>([
    // [name, condition, change that flips it, holds before, holds after]
    [
      "turnAtLeast 1936-I (the Rhineland)",
      { turnAtLeast: "1936-I" },
      (s) => (s.turn = 6),
      false,
      true,
    ],
    ["turnAtMost 1935-I", { turnAtMost: "1935-I" }, (s) => (s.turn = 5), true, false],
    ["a flag", { flag: "stresa" }, (s) => s.flags.push("stresa"), false, true],
    ["eventFired", { eventFired: "saar" }, (s) => (s.fired.saar = 4), false, true],
    [
      "choiceMade: France protests (March 1936)",
      { choiceMade: { event: "rhineland", power: "FRA", choice: "protest" } },
      (s) => (s.choices.rhineland = { FRA: "protest" }),
      false,
      true,
    ],
    [
      "controls: Germany holds the Sudetenland (October 1938)",
      { controls: { power: "DEU", region: "sudeten" } },
      (s) => (s.regions.sudeten!.controller = "DEU"),
      false,
      true,
    ],
    [
      "owns: Czechoslovakia owns the Sudetenland",
      { owns: { power: "CSK", region: "sudeten" } },
      (s) => (s.regions.sudeten!.owner = "DEU"),
      true,
      false,
    ],
    [
      "demilitarised Rhineland (Versailles art. 42–43)",
      { demilitarised: "rhineland" },
      (s) => (s.regions.rhineland!.demilitarised = false),
      true,
      false,
    ],
    ["tensionAtLeast 50", { tensionAtLeast: 50 }, (s) => (s.tension = 50), false, true],
    ["tensionBelow 50", { tensionBelow: 50 }, (s) => (s.tension = 50), true, false],
    [
      "leagueMember: Italy leaves (December 1937)",
      { leagueMember: "ITA" },
      (s) => (s.powers.ITA!.league.member = false),
      true,
      false,
    ],
    [
      "atWar Italy–Ethiopia (October 1935)",
      { atWar: ["ETH", "ITA"] },
      (s) => war(s, "ITA", "ETH"),
      false,
      true,
    ],
    [
      "atWar ends with the war (May 1936)",
      { atWar: ["ITA", "ETH"] },
      (s) => war(s, "ITA", "ETH", true),
      false,
      false,
    ],
    ["atWarAny", { atWarAny: "ETH" }, (s) => war(s, "ITA", "ETH"), false, true],
    [
      "alive: Austria until March 1938",
      { alive: "AUT" },
      (s) => (s.powers.AUT!.alive = false),
      true,
      false,
    ],
    [
      "noForeignTroops on Polish soil (1939)",
      { noForeignTroops: "POL" },
      (s) => (s.regions["pol-east"]!.controller = "SUN"),
      true,
      false,
    ],
    [
      "figureAtLeast: German army 60",
      { figureAtLeast: { power: "DEU", figure: "army", value: 60 } },
      (s) => (s.powers.DEU!.army = 60),
      false,
      true,
    ],
    [
      "treatyInForce: Franco-Soviet pact (2 May 1935)",
      { treatyInForce: { parties: ["FRA", "SUN"], clause: "mutualAssistance" } },
      (s) =>
        inForce(
          s,
          "fra-sun",
          ["FRA", "SUN"],
          [
            {
              kind: "mutualAssistance",
              mode: "consultative",
              against: "any",
              conditions: [],
              secret: false,
            },
          ],
        ),
      false,
      true,
    ],
    [
      "treatyInForce with a secret clause (the protocol of 23 August 1939)",
      { treatyInForce: { parties: ["DEU", "SUN"], secret: true } },
      (s) =>
        inForce(
          s,
          "mr",
          ["DEU", "SUN"],
          [{ kind: "spheres", spheres: [{ power: "SUN", regions: ["pol-east"] }], secret: true }],
        ),
      false,
      true,
    ],
    [
      "effectiveAssistance needs a military convention (the Franco-Soviet pact had none)",
      { effectiveAssistance: { from: "FRA", to: "SUN" } },
      (s) =>
        inForce(
          s,
          "fra-sun",
          ["FRA", "SUN"],
          [
            {
              kind: "mutualAssistance",
              mode: "automatic",
              against: "any",
              conditions: [],
              secret: false,
            },
          ],
        ),
      false,
      false,
    ],
    [
      "effectiveAssistance with a convention (Franco-Polish, 1921)",
      { effectiveAssistance: { from: "FRA", to: "POL" } },
      (s) =>
        inForce(
          s,
          "fra-pol",
          ["FRA", "POL"],
          [
            {
              kind: "mutualAssistance",
              mode: "automatic",
              against: "any",
              conditions: [],
              secret: false,
            },
            { kind: "militaryConvention", forces: 0.3, staffTalks: true, secret: false },
          ],
        ),
      false,
      true,
    ],
    [
      "obligationsBroken at most 0",
      { obligationsBroken: { power: "FRA", atMost: 0 } },
      (s) => (s.powers.FRA!.breaches = 1),
      true,
      false,
    ],
    ["all", { all: [{ flag: "a" }, { tensionBelow: 90 }] }, (s) => s.flags.push("a"), false, true],
    ["any", { any: [{ flag: "a" }, { flag: "b" }] }, (s) => s.flags.push("b"), false, true],
    ["not", { not: { flag: "a" } }, (s) => s.flags.push("a"), true, false],
    ["unknown power", { leagueMember: "JPN" }, () => undefined, false, false],
  ])("%s", (_name, condition, change, before, after) => {
    expect(holds(world(), ctx, condition)).toBe(before);
    expect(holds(world(change), ctx, condition)).toBe(after);
  });

  it("a treaty no longer in force no longer counts", () => {
    const denounced = world((s) => (s.treaties["fra-csk"]!.status = "denounced"));
    const c: Condition = { treatyInForce: { parties: ["FRA", "CSK"] } };
    expect(holds(base, ctx, c)).toBe(true);
    expect(holds(denounced, ctx, c)).toBe(false);
  });
});
