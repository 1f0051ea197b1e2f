import { describe, expect, it } from "vitest";
import type { GameState, PowerId, Treaty, War } from "../model/state.ts";
import { viewFor } from "../knowledge/viewFor.ts";
import { scores } from "../scores/scores.ts";
import { startMatch, type Match } from "../testing/drive.ts";
import { MINI } from "../testing/mini.ts";
import { forecastWar } from "./forecast.ts";

/**
 * The war beyond its outbreak, on the mini Europe: the war rules project a general war to
 * a likely outcome. The cases follow the record of the wars the scenario leads to.
 */
function atWar(
  sides: [PowerId[], PowerId[]],
  patch: (s: GameState) => void = () => undefined,
  theatre: War["theatre"] = "europe",
): Match {
  const m = startMatch(MINI);
  const war: War = {
    id: "w1",
    theatre,
    sides,
    aggressor: sides[0][0] ?? "",
    victim: sides[1][0] ?? "",
    startedTurn: m.state.turn,
  };
  m.state = { ...m.state, wars: { w1: war } };
  patch(m.state);
  return m;
}

const MINI_CTX = startMatch(MINI).ctx;

const figure = (s: GameState, p: PowerId, f: "army" | "mobilisation" | "industry", v: number) => {
  const x = s.powers[p];
  if (x) s.powers[p] = { ...x, [f]: v };
};

describe("the war after its outbreak, forecast by the war rules", () => {
  it("1 September 1939: Poland faces Germany alone and is overrun; the coalition outlasts Germany", () => {
    // Help from France and Britain could not reach Poland (no common border, the Baltic closed).
    const m = atWar([["DEU"], ["POL", "FRA", "GBR"]], (s) => figure(s, "DEU", "army", 60));
    const f = forecastWar(m.state, m.ctx);
    expect(f?.invaded).toContain("POL");
    expect(f?.reasons).toContainEqual({ code: "helpCannotArrive", power: "POL" });
    expect(f?.winner).toBe(1);
    // Britain's navy commands the sea: Germany is blockaded, as in 1914–18 and 1939–45.
    expect(f?.reasons).toContainEqual({ code: "commandsSea" });
    expect(f?.invaded).toContain("DEU");
  });

  it("17 September 1939: a partner with a sphere in Poland's land takes its share (the secret protocol)", () => {
    const protocol: Treaty = {
      id: "pact",
      name: "German–Soviet Non-Aggression Pact",
      parties: ["DEU", "SUN"],
      clauses: [
        { kind: "nonAggression", neutrality: true, secret: false },
        {
          kind: "spheres",
          secret: true,
          spheres: [
            { power: "DEU", regions: ["pol-west"] },
            { power: "SUN", regions: ["pol-east"] },
          ],
        },
      ],
      status: "inForce",
      proposer: "DEU",
      proposedTurn: 0,
      signatures: ["DEU", "SUN"],
      ratifications: {},
      revealedTo: [],
      public: false,
    };
    // A Poland strong enough to hold Germany alone for a time.
    const strong = (s: GameState) => figure(s, "POL", "army", 45);
    const without = forecastWar(atWar([["DEU"], ["POL", "FRA", "GBR"]], strong).state, MINI_CTX);
    const m = atWar([["DEU"], ["POL", "FRA", "GBR"]], (s) => {
      strong(s);
      s.treaties = { ...s.treaties, pact: protocol };
    });
    const f = forecastWar(m.state, m.ctx);
    expect(without?.invaded).not.toContain("POL");
    expect(f?.invaded).toContain("POL");
    expect(f?.reasons).toContainEqual({ code: "partition", power: "SUN" });
    // The partner takes its share; it is not at war with Poland's allies.
    expect(f?.sides[0]).toEqual(["DEU"]);
  });

  it.each([
    ["Germany alone against France, Britain and the USSR", [["DEU"], ["FRA", "GBR", "SUN"]], 1],
    ["France alone against Germany and Italy (June 1940)", [["DEU", "ITA"], ["FRA"]], 0],
  ] as const)("%s: the stronger coalition wins", (_name, sides, winner) => {
    const m = atWar([[...sides[0]], [...sides[1]]], (s) => {
      if (winner === 0) figure(s, "DEU", "army", 80);
    });
    const f = forecastWar(m.state, m.ctx);
    expect(f?.winner).toBe(winner);
    expect(f?.halfYears).toBeGreaterThan(0);
    expect(f?.halfYears).toBeLessThanOrEqual(MINI.rules.forecast.horizon);
  });

  it("France's fortified frontier (the Maginot line) slows the attacker: the war lasts longer", () => {
    const open = atWar([["DEU"], ["FRA"]], (s) => {
      s.regions["fr-east"] = { ...s.regions["fr-east"]!, fortification: 0 };
    });
    const fortified = atWar([["DEU"], ["FRA"]]);
    const a = forecastWar(open.state, open.ctx);
    const b = forecastWar(fortified.state, fortified.ctx);
    expect(b?.reasons).toContainEqual({ code: "fortified", power: "FRA" });
    expect(a?.reasons.some((r) => r.code === "fortified")).toBe(false);
    const lasts = (f: typeof a) => (f?.winner === 1 ? -f.halfYears : (f?.halfYears ?? 0));
    expect(lasts(b)).toBeGreaterThanOrEqual(lasts(a));
  });

  it("a war in Africa is no general war (Ethiopia, 1935): no forecast", () => {
    const m = atWar([["ITA"], ["ETH"]], undefined, "africa");
    expect(forecastWar(m.state, m.ctx)).toBeUndefined();
  });

  it("reads only what it is given: a seat's view of the final state gives the truth's forecast", () => {
    // Once the match is over every seat sees everything (viewFor): the final report agrees.
    const m = atWar([["DEU"], ["POL", "FRA", "GBR"]], (s) => figure(s, "DEU", "army", 60));
    const ended: GameState = { ...m.state, phase: "ended" };
    expect(forecastWar(viewFor(ended, "POL"), m.ctx)).toEqual(forecastWar(ended, m.ctx));
  });

  it("is deterministic: the same state gives the same forecast", () => {
    const m = atWar([["DEU"], ["POL", "FRA", "GBR"]]);
    expect(forecastWar(JSON.parse(JSON.stringify(m.state)) as typeof m.state, m.ctx)).toEqual(
      forecastWar(m.state, m.ctx),
    );
  });
});

describe("scores look past the outbreak: being invaded is not a good result", () => {
  it("Germany, its Rhineland remilitarised, is beaten and occupied: it keeps a share of its score", () => {
    const m = atWar(
      [
        ["DEU", "ITA"],
        ["POL", "FRA", "GBR", "SUN"],
      ],
      (s) => {
        s.regions.rhineland = { ...s.regions.rhineland!, demilitarised: false };
      },
    );
    const after = scores(m.state, m.ctx);
    const rules = MINI.rules.forecast;
    const deu = after.DEU?.war;
    expect(deu).toEqual({ outcome: "invaded", before: 50 });
    expect(after.DEU?.normalised).toBe(Math.round(50 * rules.invadedFactor));
    // Italy, on the losing side but bordering none of the victors, is defeated, not occupied.
    const ita = after.ITA;
    if (ita && ita.max > 0) {
      expect(ita.war?.outcome).toBe("defeated");
      expect(ita.normalised).toBe(Math.max(0, (ita.war?.before ?? 0) - rules.defeatPenalty));
    }
    expect(after.FRA?.war?.outcome).toBe("victorious");
    expect(after.FRA?.normalised).toBe(after.FRA?.war?.before);
  });

  it("in peace, scores are the objectives' alone", () => {
    const peace = startMatch(MINI);
    expect(Object.values(scores(peace.state, peace.ctx)).every((s) => !s.war)).toBe(true);
  });
});
