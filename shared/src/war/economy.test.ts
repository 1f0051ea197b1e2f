import { describe, expect, it } from "vitest";
import type { GameState } from "../model/state.ts";
import { act, advanceTo, miniWith, startMatch, type Match } from "../testing/drive.ts";
import { MINI } from "../testing/mini.ts";
import { tradeBite } from "./economy.ts";

function ordersPhase(setup?: (s: GameState) => void, scenario = MINI): Match {
  const m = startMatch(scenario, { seed: 9 });
  advanceTo(m, "orders");
  setup?.(m.state);
  return m;
}

/** Production gained from one turn to the next. */
function income(m: Match, power: string): number {
  const before = m.state.powers[power]?.production ?? 0;
  advanceTo(m, "news", m.state.turn + 1);
  return (m.state.powers[power]?.production ?? 0) - before;
}

describe("start-of-turn economy", () => {
  it("industry yields production each turn", () => {
    const m = startMatch(MINI, { seed: 9 });
    const { economy } = m.ctx.scenario.rules;
    expect(m.state.powers.DEU?.production).toBe(40 * economy.yield);
    expect(income(m, "DEU")).toBeCloseTo(40 * economy.yield);
  });

  it("mobilisation costs upkeep (France's costly mobilisations, 1938–39)", () => {
    const m = ordersPhase((s) => {
      s.powers.FRA!.mobilisation = 100;
      s.powers.FRA!.production = 20;
    });
    const { economy, war } = m.ctx.scenario.rules;
    const upkeep = (economy.mobilisationUpkeep * 100) / war.mobilisationStep;
    expect(income(m, "FRA")).toBeCloseTo(30 * economy.yield - upkeep);
  });

  it("war wears down war support and stability", () => {
    const m = ordersPhase();
    act(m, "DEU", { type: "order", order: { kind: "declareWar", target: "POL" } });
    advanceTo(m, "news", m.state.turn + 1);
    const { war } = m.ctx.scenario.rules;
    expect(m.state.powers.POL?.warSupport).toBe(40 - war.weariness);
    expect(m.state.powers.POL?.stability).toBe(60 - war.wearinessStability);
    expect(m.state.powers.FRA?.warSupport).toBe(40);
  });

  it.each([
    ["nobody", [], 0],
    ["Britain alone (1 of 9 trade partners)", ["GBR"], 1 / 9],
    ["Britain and France", ["GBR", "FRA"], 2 / 9],
  ])("an embargo by %s bites in proportion to trade", (_name, embargoers, share) => {
    const m = ordersPhase((s) => {
      for (const p of embargoers) s.powers[p]!.embargoes.push("ITA");
    });
    const bite = m.ctx.scenario.rules.economy.embargoBite * share;
    expect(tradeBite(m.state, m.ctx, "ITA")).toBeCloseTo(bite);
  });

  it("sanctions bite fully once no non-member trades with the target", () => {
    const m = ordersPhase((s) => {
      s.sanctions.s1 = {
        id: "s1",
        motion: "m1",
        target: "ITA",
        oil: false,
        since: s.turn,
        applying: ["FRA", "GBR"],
        refusing: [],
        active: true,
      };
    });
    const { league } = m.ctx.scenario.rules;
    expect(tradeBite(m.state, m.ctx, "ITA")).toBeCloseTo(
      league.sanctionsBite * (2 / 9) * league.nonMemberLeak,
    );
    m.state.powers.DEU!.embargoes.push("ITA");
    const withGermany = tradeBite(m.state, m.ctx, "ITA");
    // Germany now embargoes too: no leak, and its own embargo adds its trade share.
    const embargo = m.ctx.scenario.rules.economy.embargoBite * (1 / 9);
    expect(withGermany).toBeCloseTo(league.sanctionsBite * (2 / 9) + embargo);
  });

  it("a blockade cuts the blockaded power's production (the Royal Navy against Germany, 1939; here Romania)", () => {
    const scenario = miniWith({ rules: { war: { noise: 0 } } });
    const m = ordersPhase((s) => void (s.tension = 80), scenario);
    act(m, "GBR", { type: "order", order: { kind: "declareWar", target: "ROU" } });
    advanceTo(m, "orders", m.state.turn + 1);
    act(m, "GBR", { type: "order", order: { kind: "blockade", target: "ROU" } });
    advanceTo(m, "report");
    const { economy, war } = m.ctx.scenario.rules;
    expect(income(m, "ROU")).toBeCloseTo(6 * economy.yield * (1 - war.blockadeBite));
  });
});
