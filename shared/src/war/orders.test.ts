import { describe, expect, it } from "vitest";
import type { Order } from "../actions/orders.ts";
import { apply } from "../engine/apply.ts";
import type { GameState } from "../model/state.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";
import { MINI } from "../testing/mini.ts";
import { MILITARY_ORDERS } from "./orders.ts";

/** A mini match in the Orders phase of 1935-I, with the setup applied to the state. */
function ordersPhase(setup: (s: GameState) => void = () => undefined): Match {
  const m = startMatch(MINI, { seed: 7 });
  advanceTo(m, "orders");
  setup(m.state);
  return m;
}

function give(m: Match, power: string, order: Order) {
  return apply(m.state, power, { type: "order", order }, m.ctx);
}

/** Give the orders, then run the clock to the Report phase (Resolution fought). */
function resolve(m: Match, orders: Array<[string, Order]>): GameState {
  for (const [power, order] of orders) act(m, power, { type: "order", order });
  advanceTo(m, "report");
  return m.state;
}

const rich = (s: GameState) => {
  for (const id in s.powers) if (s.powers[id]) s.powers[id].production = 20;
};

describe("military orders: refusals", () => {
  it.each<[string, (s: GameState) => void, string, Order, string]>([
    [
      "rearm without production",
      (s) => void (s.powers.DEU!.production = 0),
      "DEU",
      { kind: "rearm", branch: "army" },
      "ERR_NOT_ENOUGH_INDUSTRY",
    ],
    [
      "rearm a branch at its peak",
      (s) => {
        rich(s);
        s.powers.DEU!.air = 100;
      },
      "DEU",
      { kind: "rearm", branch: "air" },
      "ERR_LIMIT",
    ],
    [
      "mobilise in calm times (1935 tension 30 < 35)",
      rich,
      "FRA",
      { kind: "mobilise" },
      "ERR_TENSION_TOO_LOW",
    ],
    ["demobilise a peace-footing army", rich, "FRA", { kind: "demobilise" }, "ERR_ALREADY_DONE"],
    [
      "fortify another state's region",
      rich,
      "FRA",
      { kind: "fortify", region: "rhineland" },
      "ERR_NOT_ALLOWED",
    ],
    [
      "fortify the demilitarised Rhineland (Locarno)",
      rich,
      "DEU",
      { kind: "fortify", region: "rhineland" },
      "ERR_NOT_ALLOWED",
    ],
    [
      "fortify beyond the maximum (Maginot line, fr-east 3)",
      rich,
      "FRA",
      { kind: "fortify", region: "fr-east" },
      "ERR_LIMIT",
    ],
    [
      "remilitarise a region not demilitarised",
      rich,
      "DEU",
      { kind: "remilitarise", region: "ger-west" },
      "ERR_ALREADY_DONE",
    ],
    [
      "remilitarise someone else's region",
      rich,
      "FRA",
      { kind: "remilitarise", region: "rhineland" },
      "ERR_NOT_ALLOWED",
    ],
    [
      "occupy a region not adjacent (Germany → Ethiopia)",
      rich,
      "DEU",
      { kind: "occupy", region: "ethiopia" },
      "ERR_NOT_ADJACENT",
    ],
    [
      "occupy one's own region",
      rich,
      "DEU",
      { kind: "occupy", region: "ger-west" },
      "ERR_NOT_ALLOWED",
    ],
    [
      "annex a region one does not hold",
      rich,
      "DEU",
      { kind: "annex", region: "austria" },
      "ERR_NOT_ALLOWED",
    ],
    [
      "declare war on oneself",
      rich,
      "DEU",
      { kind: "declareWar", target: "DEU" },
      "ERR_NOT_ALLOWED",
    ],
    [
      "a democracy declares war below the threshold (France, Rhineland 1936)",
      rich,
      "FRA",
      { kind: "declareWar", target: "DEU" },
      "ERR_TENSION_TOO_LOW",
    ],
    [
      "a democracy attacks below the threshold",
      rich,
      "FRA",
      { kind: "attack", region: "rhineland" },
      "ERR_TENSION_TOO_LOW",
    ],
    [
      "attack a region out of reach (Czechoslovakia → Ethiopia)",
      rich,
      "CSK",
      { kind: "attack", region: "ethiopia" },
      "ERR_NO_REACH",
    ],
    ["attack a sea zone", rich, "DEU", { kind: "attack", region: "baltic" }, "ERR_UNKNOWN_REGION"],
    [
      "blockade a power one is not at war with",
      rich,
      "GBR",
      { kind: "blockade", target: "DEU" },
      "ERR_NOT_AT_WAR",
    ],
  ])("refuses: %s", (_name, setup, power, order, code) => {
    const m = ordersPhase(setup);
    const r = give(m, power, order);
    expect(r.ok ? "accepted" : r.error.code).toBe(code);
  });

  it("counts production already committed this turn", () => {
    const m = ordersPhase((s) => void (s.powers.DEU!.production = 3));
    expect(give(m, "DEU", { kind: "rearm", branch: "army" }).ok).toBe(true);
    act(m, "DEU", { type: "order", order: { kind: "rearm", branch: "army" } });
    const second = give(m, "DEU", { kind: "rearm", branch: "air" });
    expect(second.ok ? "accepted" : second.error.code).toBe("ERR_NOT_ENOUGH_INDUSTRY");
  });

  it("lets a totalitarian state declare war at any tension, but not a democracy unattacked", () => {
    // Without the Franco-Czechoslovak alliance, so that France is not bound to march.
    const m = ordersPhase((s) => {
      rich(s);
      s.tension = 0;
      delete s.treaties["fra-csk"];
    });
    resolve(m, [["DEU", { kind: "declareWar", target: "CSK" }]]);
    advanceTo(m, "orders", 5);
    m.state.tension = 0;
    const fra = give(m, "FRA", { kind: "declareWar", target: "DEU" });
    expect(fra.ok ? "accepted" : fra.error.code).toBe("ERR_TENSION_TOO_LOW");
    // Czechoslovakia was attacked: it fights back whatever the tension.
    expect(give(m, "CSK", { kind: "attack", region: "ger-west" }).ok).toBe(true);
  });
});

describe("military orders: effects", () => {
  it("rearmament spends production, strengthens the branch and raises tension (1935)", () => {
    const m = ordersPhase(rich);
    const t0 = m.state.tension;
    const s = resolve(m, [
      ["DEU", { kind: "rearm", branch: "air" }],
      ["DEU", { kind: "rearm", branch: "air" }],
    ]);
    const rules = m.ctx.scenario.rules;
    expect(s.powers.DEU?.air).toBe(30 + 2 * rules.economy.rearmStep);
    expect(s.powers.DEU?.production).toBe(20 - 2 * rules.economy.rearmCost);
    expect(s.tension).toBe(t0 + 2 * rules.tension.rearm - rules.tension.decay);
  });

  it("mobilises by steps once tension allows it, and demobilises", () => {
    const m = ordersPhase((s) => {
      rich(s);
      s.tension = 60;
    });
    let s = resolve(m, [["CSK", { kind: "mobilise" }]]);
    expect(s.powers.CSK?.mobilisation).toBe(50);
    advanceTo(m, "orders", 5);
    s = resolve(m, [["CSK", { kind: "demobilise" }]]);
    expect(s.powers.CSK?.mobilisation).toBe(0);
  });

  it("fortifies a frontier region (the Czechoslovak border works, 1936–38)", () => {
    const m = ordersPhase(rich);
    const s = resolve(m, [["CSK", { kind: "fortify", region: "bohemia" }]]);
    expect(s.regions.bohemia?.fortification).toBe(1);
    expect(s.powers.CSK?.production).toBe(20 - m.ctx.scenario.rules.economy.fortifyCost);
  });

  it("remilitarises the Rhineland (7 March 1936): the flag clears, tension rises", () => {
    const m = ordersPhase(rich);
    const t0 = m.state.tension;
    const s = resolve(m, [["DEU", { kind: "remilitarise", region: "rhineland" }]]);
    const rules = m.ctx.scenario.rules.tension;
    expect(s.regions.rhineland?.demilitarised).toBe(false);
    expect(s.tension).toBeGreaterThanOrEqual(t0 + rules.remilitarise - rules.decay);
    expect(s.news.some((n) => n.key === "news.remilitarised" && !n.to)).toBe(true);
    expect(s.treaties.locarno).toMatchObject({ status: "violated", violatedBy: "DEU" });
  });

  it("refuses a navy beyond a naval limitation in force (Anglo-German agreement, 18 June 1935: 35 %)", () => {
    const m = ordersPhase((s) => {
      rich(s);
      s.powers.DEU!.navy = 20;
      s.treaties.agna = {
        ...s.treaties["fra-csk"]!,
        id: "agna",
        name: "Anglo-German Naval Agreement",
        parties: ["DEU", "GBR"],
        clauses: [
          {
            kind: "navalLimitation",
            limited: "DEU",
            relativeTo: "GBR",
            ratio: 0.35,
            secret: false,
          },
        ],
      };
    });
    // 35 % of Britain's 60 is 21: one step of 2 from 20 breaks it; the army is free.
    const r = give(m, "DEU", { kind: "rearm", branch: "navy" });
    expect(r.ok ? "accepted" : r.error.code).toBe("ERR_NOT_ALLOWED");
    expect(give(m, "DEU", { kind: "rearm", branch: "army" }).ok).toBe(true);
    expect(give(m, "GBR", { kind: "rearm", branch: "navy" }).ok).toBe(true);
  });

  it("offers sensible candidates: Germany may remilitarise and occupy its claims", () => {
    const m = ordersPhase(rich);
    const { state, ctx } = m;
    expect(MILITARY_ORDERS.remilitarise.candidates(state, "DEU", ctx)).toEqual([
      { kind: "remilitarise", region: "rhineland" },
    ]);
    const occupy = MILITARY_ORDERS.occupy.candidates(state, "DEU", ctx).map((o) => o.region);
    expect(occupy.sort()).toEqual(["austria", "pol-west", "sudeten"]);
    expect(MILITARY_ORDERS.attack.candidates(state, "DEU", ctx)).toEqual([]);
    expect(MILITARY_ORDERS.rearm.candidates(state, "DEU", ctx)).toHaveLength(3);
  });
});
