import { describe, expect, it } from "vitest";
import type { Order } from "../actions/orders.ts";
import { apply } from "../engine/apply.ts";
import type { GameState } from "../model/state.ts";
import type { ScenarioInput } from "../scenario/schema.ts";
import { act, advanceTo, miniWith, startMatch, type Match } from "../testing/drive.ts";
import { MINI, MINI_INPUT } from "../testing/mini.ts";
import { aidViolates } from "./covert.ts";
import { STATECRAFT_ORDERS } from "./statecraft.ts";

function ordersPhase(scenario = MINI, setup?: (s: GameState) => void): Match {
  const m = startMatch(scenario, { seed: 5 });
  advanceTo(m, "orders");
  setup?.(m.state);
  return m;
}

function give(m: Match, power: string, order: Order) {
  return apply(m.state, power, { type: "order", order }, m.ctx);
}

function resolve(m: Match, orders: Array<[string, Order]>): GameState {
  for (const [power, order] of orders) act(m, power, { type: "order", order });
  return advanceTo(m, "report");
}

/**
 * Spain in July 1936: a republican government and a nationalist insurgency at war, and the
 * non-intervention agreement of August 1936 signed by Germany, Italy, the USSR, Britain and
 * France.
 */
const SPAIN_INPUT: Partial<ScenarioInput> = {
  powers: [
    ...MINI_INPUT.powers,
    spanish("ESP", "liberal", "madrid"),
    spanish("NAT", "fascist", "burgos"),
  ],
  regions: [
    ...MINI_INPUT.regions,
    { id: "madrid", kind: "land", owner: "ESP", adjacent: ["burgos", "med"] },
    { id: "burgos", kind: "land", owner: "NAT", adjacent: ["fr-west"] },
  ],
  treaties: [
    ...(MINI_INPUT.treaties ?? []),
    {
      id: "non-intervention",
      name: "Non-Intervention Agreement",
      parties: ["DEU", "ITA", "SUN", "GBR", "FRA"],
      clauses: [{ kind: "nonIntervention", conflict: "spain" }],
      signed: "1936-08-24",
      source: "Non-Intervention Committee, London, September 1936",
    },
  ],
};
const SPAIN = miniWith(SPAIN_INPUT);

function spanish(id: string, ideology: "liberal" | "fascist", capital: string) {
  return {
    id,
    seat: "minor" as const,
    government: "authoritarian" as const,
    ideology,
    capital,
    army: 10,
    air: 3,
    navy: 3,
    industry: 5,
    stability: 30,
    warSupport: 60,
    league: { member: false },
  } satisfies ScenarioInput["powers"][number];
}

function civilWar(s: GameState): void {
  s.wars.w0 = {
    id: "w0",
    theatre: "europe",
    sides: [["NAT"], ["ESP"]],
    aggressor: "NAT",
    victim: "ESP",
    startedTurn: s.turn,
    conflict: "spain",
  };
}

describe("aid and non-intervention (Spain, 1936)", () => {
  it("Germany, Italy and the USSR signed non-intervention and broke it: covert, then discovered (the scenario's chance per turn set to 1)", () => {
    const sure = miniWith({
      ...SPAIN_INPUT,
      rules: { intelligence: { covertDiscovery: 1 } },
    });
    const m = ordersPhase(sure, civilWar);
    expect(aidViolates(m.state, "DEU", "spain")).toBe(true);
    const cred = m.state.powers.DEU?.credibility ?? 0;
    resolve(m, [
      ["DEU", { kind: "aid", conflict: "spain", side: "NAT" }],
      ["ITA", { kind: "aid", conflict: "spain", side: "NAT" }],
      ["SUN", { kind: "aid", conflict: "spain", side: "ESP" }],
    ]);
    expect(m.state.powers.DEU?.aid.spain).toBe("NAT");
    expect(m.state.news.some((n) => n.key === "news.nonInterventionBroken")).toBe(false);
    advanceTo(m, "news", m.state.turn + 1);
    const exposed = m.state.news.filter((n) => n.key === "news.nonInterventionBroken");
    expect(exposed.map((n) => n.params.power)).toEqual(["DEU", "SUN", "ITA"]);
    expect(exposed.every((n) => n.to === undefined)).toBe(true);
    const rules = m.ctx.scenario.rules;
    expect(m.state.powers.DEU?.credibility).toBe(cred - rules.credibility.covertDiscovered);
    expect(m.state.powers.DEU?.breaches).toBe(1);
    expect(m.state.powers.GBR?.breaches).toBe(0);
    // Exposed once, not every turn.
    advanceTo(m, "news", m.state.turn + 1);
    expect(m.state.powers.DEU?.breaches).toBe(1);
  });

  it("aid from a state outside the agreement breaks nothing (Mexico armed the Republic)", () => {
    const m = ordersPhase(SPAIN, civilWar);
    resolve(m, [["POL", { kind: "aid", conflict: "spain", side: "ESP" }]]);
    advanceTo(m, "news", m.state.turn + 1);
    expect(m.state.powers.POL?.breaches).toBe(0);
  });

  it.each<[string, Order, string]>([
    [
      "aid to a war that is not a civil war",
      { kind: "aid", conflict: "china", side: "ESP" },
      "ERR_NOT_ALLOWED",
    ],
    [
      "aid to a power not fighting in it",
      { kind: "aid", conflict: "spain", side: "POL" },
      "ERR_NOT_ALLOWED",
    ],
  ])("refuses %s", (_name, order, code) => {
    const m = ordersPhase(SPAIN, civilWar);
    const r = give(m, "DEU", order);
    expect(r.ok ? "accepted" : r.error.code).toBe(code);
  });

  it("offers aid to each side of a civil war", () => {
    const m = ordersPhase(SPAIN, civilWar);
    expect(STATECRAFT_ORDERS.aid.candidates(m.state, "ITA", m.ctx)).toEqual([
      { kind: "aid", conflict: "spain", side: "NAT" },
      { kind: "aid", conflict: "spain", side: "ESP" },
    ]);
  });
});

describe("intelligence", () => {
  const secretPact = (s: GameState) => {
    s.treaties.molotov = {
      ...s.treaties["fra-csk"]!,
      id: "molotov",
      name: "German–Soviet pact",
      parties: ["DEU", "SUN"],
      clauses: [
        { kind: "nonAggression", neutrality: true, secret: false },
        { kind: "spheres", spheres: [{ power: "SUN", regions: ["pol-east"] }], secret: true },
      ],
      revealedTo: [],
    };
  };

  it.each([
    [1, ["POL"], "news.secretRevealed"],
    [0, [], "news.intelligenceNothing"],
  ] as const)(
    "with reveal chance %d reveals the secret protocol (23 August 1939) or nothing",
    (chance, revealed, key) => {
      const scenario = miniWith({ rules: { intelligence: { revealChance: chance } } });
      const m = ordersPhase(scenario, secretPact);
      const s = resolve(m, [["POL", { kind: "intelligence", target: "SUN" }]]);
      expect(s.treaties.molotov?.revealedTo).toEqual(revealed);
      expect(s.powers.POL?.intel.SUN).toBe(s.turn);
      const item = s.news.find((n) => n.key === key);
      expect(item?.to).toEqual(["POL"]);
    },
  );
});

describe("conference, embargo, investment", () => {
  it("a conference is recorded and its invitees told privately (Munich, 29 September 1938)", () => {
    const m = ordersPhase();
    const s = resolve(m, [
      ["GBR", { kind: "callConference", regions: ["sudeten"], invitees: ["DEU", "FRA", "ITA"] }],
    ]);
    const c = Object.values(s.conferences)[0];
    expect(c).toMatchObject({
      convener: "GBR",
      regions: ["sudeten"],
      invitees: ["DEU", "FRA", "ITA"],
    });
    const invite = s.news.find((n) => n.key === "news.conferenceInvitation");
    expect(invite?.to).toEqual(["GBR", "DEU", "FRA", "ITA"]);
  });

  it("an embargo is recorded once", () => {
    const m = ordersPhase();
    const s = resolve(m, [["GBR", { kind: "embargo", target: "ITA" }]]);
    expect(s.powers.GBR?.embargoes).toEqual(["ITA"]);
    advanceTo(m, "orders", s.turn + 1);
    const again = give(m, "GBR", { kind: "embargo", target: "ITA" });
    expect(again.ok ? "accepted" : again.error.code).toBe("ERR_ALREADY_DONE");
  });

  it("investment turns production into industry and stability", () => {
    const m = ordersPhase(MINI, (s) => void (s.powers.POL!.production = 10));
    const { investCost, investStep } = m.ctx.scenario.rules.economy;
    const s = resolve(m, [["POL", { kind: "invest" }]]);
    expect(s.powers.POL?.industry).toBe(10 + investStep);
    expect(s.powers.POL?.stability).toBe(60 + investStep);
    expect(s.powers.POL?.production).toBe(10 - investCost);
  });

  it.each<[string, Order, string]>([
    [
      "a demand on regions the target does not own",
      { kind: "demand", target: "CSK", regions: ["austria"], ultimatum: false },
      "ERR_NOT_ALLOWED",
    ],
    [
      "a demand on oneself",
      { kind: "demand", target: "DEU", regions: ["ger-west"], ultimatum: false },
      "ERR_NOT_ALLOWED",
    ],
    [
      "a conference with an unknown invitee",
      { kind: "callConference", regions: ["sudeten"], invitees: ["XXX"] },
      "ERR_UNKNOWN_POWER",
    ],
    ["an embargo on oneself", { kind: "embargo", target: "DEU" }, "ERR_NOT_ALLOWED"],
    [
      "intelligence on an unknown power",
      { kind: "intelligence", target: "USA" },
      "ERR_UNKNOWN_POWER",
    ],
    ["investment without production", { kind: "invest" }, "ERR_NOT_ENOUGH_INDUSTRY"],
  ])("refuses %s", (_name, order, code) => {
    const m = ordersPhase(MINI, (s) => void (s.powers.DEU!.production = 0));
    const r = give(m, "DEU", order);
    expect(r.ok ? "accepted" : r.error.code).toBe(code);
  });
});
