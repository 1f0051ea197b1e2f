import { describe, expect, it } from "vitest";
import type { Order } from "../actions/orders.ts";
import type { GameState, Sanctions } from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import { act, advanceTo, miniWith, startMatch, type Match } from "../testing/drive.ts";
import { MINI } from "../testing/mini.ts";
import { atWar, startWar } from "./aggression.ts";
import { fightWars, generalWar } from "./fronts.ts";
import { compile } from "../engine/context.ts";
import { Draft } from "../engine/draft.ts";
import { createInitialState } from "../engine/setup.ts";
import { warStrength } from "./strength.ts";

const CALM = miniWith({ rules: { war: { noise: 0 } } });

function ordersPhase(scenario: Scenario = MINI, seed = 3, setup?: (s: GameState) => void): Match {
  const m = startMatch(scenario, { seed });
  advanceTo(m, "orders");
  setup?.(m.state);
  return m;
}

/** Orders given, the victims' defaults (resist) applied, the war fought: the Report phase. */
function fightTurn(m: Match, orders: Array<[string, Order]>): GameState {
  for (const [power, order] of orders) act(m, power, { type: "order", order });
  advanceTo(m, "resolution");
  act(m, "system", { type: "advance" });
  return m.state;
}

describe("fronts", () => {
  it("overruns a small state in one turn (Poland, September 1939; here Austria): it capitulates", () => {
    const m = ordersPhase(CALM, 3, (s) => {
      s.treaties["aut-ita"] = {
        ...s.treaties.locarno!,
        id: "aut-ita",
        name: "Rome Protocols",
        parties: ["AUT", "ITA"],
      };
    });
    const s = fightTurn(m, [["DEU", { kind: "attack", region: "austria" }]]);
    expect(s.powers.AUT?.alive).toBe(false);
    expect(s.regions.austria).toMatchObject({ owner: "DEU", controller: "DEU" });
    expect(Object.values(s.wars)[0]?.endedTurn).toBe(s.turn);
    expect(s.treaties["aut-ita"]?.status).toBe("expired");
    expect(s.news.some((n) => n.key === "news.capitulated" && n.params.power === "AUT")).toBe(true);
  });

  it("breaks through but does not overrun a stronger small state (Poland's western provinces)", () => {
    const m = ordersPhase(CALM, 3, (s) => void (s.powers.DEU!.mobilisation = 50));
    const s = fightTurn(m, [["DEU", { kind: "attack", region: "pol-west" }]]);
    expect(s.regions["pol-west"]?.controller).toBe("DEU");
    expect(s.regions["pol-west"]?.owner).toBe("POL");
    expect(s.powers.POL?.alive).toBe(true);
    expect(atWar(s, "DEU", "POL")).toBe(true);
  });

  it("a fortified line holds (the Czechoslovak border works: Sudetenland, fortification 2)", () => {
    const m = ordersPhase(CALM, 3, (s) => {
      s.regions.sudeten!.fortification = 3;
      s.powers.CSK!.mobilisation = 100;
    });
    const s = fightTurn(m, [["DEU", { kind: "attack", region: "sudeten" }]]);
    expect(s.regions.sudeten?.controller).toBe("CSK");
    expect(s.news.some((n) => n.key === "news.offensiveFailed")).toBe(true);
  });

  it("a demilitarised zone is held at a discount: France's riposte into the Rhineland (Versailles arts. 42–43)", () => {
    const riposte = (demilitarised: boolean) => {
      const m = ordersPhase(CALM, 3, (s) => {
        s.regions.rhineland!.demilitarised = demilitarised;
        s.powers.FRA!.mobilisation = 50;
        s.tension = 80;
      });
      return fightTurn(m, [["FRA", { kind: "attack", region: "rhineland" }]]);
    };
    expect(riposte(true).regions.rhineland?.controller).toBe("FRA");
    expect(riposte(false).regions.rhineland?.controller).toBe("DEU");
  });

  it("wears armies down by attrition", () => {
    const m = ordersPhase(CALM);
    const s = fightTurn(m, [["DEU", { kind: "declareWar", target: "POL" }]]);
    const attrition = m.ctx.scenario.rules.war.attrition;
    expect(s.powers.POL?.army).toBeCloseTo(30 * (1 - attrition));
    expect(s.powers.DEU?.army).toBeCloseTo(40 * (1 - attrition));
    expect(s.powers.FRA?.army).toBe(45);
  });

  it("is deterministic: the same seed and orders give the same state", () => {
    const run = (seed: number) => {
      const m = ordersPhase(MINI, seed);
      return JSON.stringify(
        fightTurn(m, [
          ["DEU", { kind: "attack", region: "pol-west" }],
          ["ITA", { kind: "attack", region: "ethiopia" }],
        ]),
      );
    };
    expect(run(42)).toBe(run(42));
    expect(run(42)).not.toBe(run(43));
  });
});

describe("reach and help", () => {
  /** Germany attacks the Sudetenland; the USSR fights on Czechoslovakia's side. */
  function sudetenWithSoviets(access: boolean): GameState {
    const m = ordersPhase(CALM, 3, (s) => {
      delete s.treaties["fra-csk"];
      if (access) {
        s.treaties.passage = {
          ...s.treaties.locarno!,
          id: "passage",
          name: "Polish passage",
          parties: ["POL", "SUN"],
          clauses: [
            { kind: "militaryAccess", grantor: "POL", grantee: "SUN", regions: [], secret: false },
          ],
        };
      }
    });
    act(m, "DEU", { type: "order", order: { kind: "attack", region: "sudeten" } });
    advanceTo(m, "resolution");
    const war = Object.values(m.state.wars)[0]!;
    war.sides[1].push("SUN");
    act(m, "system", { type: "advance" });
    return m.state;
  }

  it("Soviet help cannot reach Czechoslovakia without passage: the Sudetenland falls (1938)", () => {
    expect(sudetenWithSoviets(false).regions.sudeten?.controller).toBe("DEU");
  });

  it("with Polish passage the Red Army's weight tells and the line holds (Moscow talks, August 1939)", () => {
    expect(sudetenWithSoviets(true).regions.sudeten?.controller).toBe("CSK");
  });

  it("a victim that resists an occupation fights to take the region back", () => {
    const m = ordersPhase(CALM, 3, (s) => {
      delete s.treaties["fra-csk"];
      s.powers.DEU!.army = 10;
      s.powers.CSK!.mobilisation = 100;
    });
    const s = fightTurn(m, [["DEU", { kind: "occupy", region: "sudeten" }]]);
    expect(s.regions.sudeten).toMatchObject({ owner: "CSK", controller: "CSK" });
    expect(s.news.some((n) => n.key === "news.regionTaken" && n.params.power === "CSK")).toBe(true);
  });
});

describe("general war", () => {
  it("ends the match at the end of the turn when great powers fight in Europe (3 September 1939)", () => {
    const m = ordersPhase();
    fightTurn(m, [["DEU", { kind: "declareWar", target: "FRA" }]]);
    expect(m.state.phase).toBe("ended");
    expect(m.state.ended).toEqual({ turn: m.state.turn, reason: "generalWar" });
    expect(generalWar(m.state, m.ctx)).toBe(true);
  });

  it("a great power's colonial war is not a general war (Italy in Ethiopia, 1935)", () => {
    const m = ordersPhase();
    fightTurn(m, [["ITA", { kind: "attack", region: "ethiopia" }]]);
    expect(generalWar(m.state, m.ctx)).toBe(false);
    expect(m.state.phase).toBe("report");
  });

  it("a great power against a small one is not a general war", () => {
    const m = ordersPhase();
    fightTurn(m, [["DEU", { kind: "declareWar", target: "POL" }]]);
    expect(generalWar(m.state, m.ctx)).toBe(false);
  });
});

describe("sanctions without oil (League sanctions on Italy, October 1935)", () => {
  const sanctions = (s: GameState, oil: boolean): Sanctions => ({
    id: "s1",
    motion: "m1",
    target: "ITA",
    oil,
    since: s.turn,
    applying: ["FRA", "GBR", "SUN", "POL", "CSK", "ROU", "AUT", "ETH"],
    refusing: [],
    active: true,
  });

  it("leave Italy's war strength intact; an oil embargo would have reduced it", () => {
    const m = ordersPhase();
    const s = m.state;
    const free = warStrength(s, m.ctx, "ITA");
    const noOil = { ...s, sanctions: { s1: sanctions(s, false) } };
    const oil = { ...s, sanctions: { s1: sanctions(s, true) } };
    expect(warStrength(noOil, m.ctx, "ITA")).toBe(free);
    expect(warStrength(oil, m.ctx, "ITA")).toBeLessThan(free);
    // Germany (not a member) kept trading: 8 of 9 partners apply, × oilBite.
    const bite = m.ctx.scenario.rules.war.oilBite * (8 / 9);
    expect(warStrength(oil, m.ctx, "ITA")).toBeCloseTo(free * (1 - bite));
  });

  it("do not stop the conquest: Ethiopia is overrun (Addis Ababa, 5 May 1936)", () => {
    const m = ordersPhase(CALM, 3, (s) => void (s.sanctions.s1 = sanctions(s, false)));
    const s = fightTurn(m, [["ITA", { kind: "attack", region: "ethiopia" }]]);
    expect(s.powers.ETH?.alive).toBe(false);
    expect(s.regions.ethiopia?.owner).toBe("ITA");
  });

  it("bite Italy's production instead, less while Germany keeps trading", () => {
    const m = ordersPhase(MINI, 3, (s) => {
      s.sanctions.s1 = sanctions(s, false);
    });
    const before = m.state.powers.ITA?.production ?? 0;
    advanceTo(m, "news", m.state.turn + 1);
    const rules = m.ctx.scenario.rules;
    const bite = rules.league.sanctionsBite * (8 / 9) * rules.league.nonMemberLeak;
    const income = 15 * rules.economy.yield;
    expect(m.state.powers.ITA?.production).toBeCloseTo(before + income * (1 - bite));
    expect(m.state.powers.FRA?.production).toBeCloseTo(2 * 30 * rules.economy.yield);
  });
});

describe("a belligerent left with nothing", () => {
  it("capitulates and its war ends (Ethiopia annexed by Italy, May 1936)", () => {
    const ctx = compile(MINI);
    const d = new Draft(createInitialState(MINI, { seed: 3 }));
    const war = startWar(d, ctx, "ITA", "ETH", "africa");
    d.region("ethiopia").controller = "ITA";
    d.region("ethiopia").owner = "ITA";
    fightWars(d, ctx);
    expect(d.s.powers.ETH?.alive).toBe(false);
    expect(d.s.wars[war]?.endedTurn).toBe(d.s.turn);
  });
});
