import { describe, expect, it } from "vitest";
import type { Order } from "../actions/orders.ts";
import type { GameState } from "../model/state.ts";
import { openDecisionsFor } from "../engine/decisions.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";
import { MINI } from "../testing/mini.ts";
import { atWar, enemiesOf } from "./aggression.ts";

function ordersPhase(setup: (s: GameState) => void = () => undefined): Match {
  const m = startMatch(MINI, { seed: 11 });
  advanceTo(m, "orders");
  setup(m.state);
  return m;
}

/** Give the orders and run to the Resolution phase, where the victim decides. */
function toResolution(m: Match, orders: Array<[string, Order]>): GameState {
  for (const [power, order] of orders) act(m, power, { type: "order", order });
  return advanceTo(m, "resolution");
}

function victimDecision(m: Match, victim: string) {
  const x = openDecisionsFor(m.state, victim).find((d) => d.kind === "victim");
  if (!x) throw new Error(`no victim decision for ${victim}`);
  return x;
}

describe("aggression", () => {
  it.each<[string, string, Order, string, string]>([
    [
      "a declaration of war (Germany on Poland, 1 September 1939)",
      "DEU",
      { kind: "declareWar", target: "POL" },
      "POL",
      "war",
    ],
    [
      "an attack on a region (Italy on Ethiopia, 3 October 1935)",
      "ITA",
      { kind: "attack", region: "ethiopia" },
      "ETH",
      "attack",
    ],
    [
      "an occupation by force (the Anschluss, 12 March 1938)",
      "DEU",
      { kind: "occupy", region: "austria" },
      "AUT",
      "occupation",
    ],
  ])("%s opens a war, the victim's choice and public news", (_name, by, order, victim, kind) => {
    const m = ordersPhase();
    const t0 = m.state.tension;
    const s = toResolution(m, [[by, order]]);
    const a = Object.values(s.aggressions)[0];
    expect(a).toMatchObject({ kind, aggressor: by, victim });
    expect(atWar(s, by, victim)).toBe(true);
    expect(s.tension).toBe(t0 + m.ctx.scenario.rules.tension.war);
    const x = victimDecision(m, victim);
    expect(x).toMatchObject({ options: ["resist", "submit"], default: "resist", ref: a?.id });
    expect(s.news.some((n) => n.key === "news.aggression" && n.to === undefined)).toBe(true);
  });

  it("Italy's war on Ethiopia is fought in Africa", () => {
    const m = ordersPhase();
    const s = toResolution(m, [["ITA", { kind: "attack", region: "ethiopia" }]]);
    expect(Object.values(s.wars)[0]?.theatre).toBe("africa");
  });

  it("a victim that submits to an occupation loses the region and leaves the war (Austria, 1938)", () => {
    const m = ordersPhase();
    toResolution(m, [["DEU", { kind: "occupy", region: "austria" }]]);
    act(m, "AUT", { type: "decide", decision: victimDecision(m, "AUT").id, choice: "submit" });
    const s = advanceTo(m, "report");
    expect(s.regions.austria).toMatchObject({ owner: "DEU", controller: "DEU" });
    expect(atWar(s, "DEU", "AUT")).toBe(false);
    expect(Object.values(s.aggressions)[0]?.resisted).toBe(false);
    expect(s.powers.AUT?.alive).toBe(true);
  });

  it("a victim that submits to a declaration without regions becomes a satellite", () => {
    const m = ordersPhase((s) => void (s.powers.ROU!.mobilisation = 50));
    toResolution(m, [["SUN", { kind: "declareWar", target: "ROU" }]]);
    act(m, "ROU", { type: "decide", decision: victimDecision(m, "ROU").id, choice: "submit" });
    const s = advanceTo(m, "report");
    expect(s.powers.ROU?.mobilisation).toBe(0);
    expect(s.flags).toContain("satellite:ROU:SUN");
    expect(atWar(s, "SUN", "ROU")).toBe(false);
  });

  it("a victim that resists stays at war and records it (Poland, September 1939)", () => {
    const m = ordersPhase();
    toResolution(m, [["DEU", { kind: "declareWar", target: "POL" }]]);
    const s = advanceTo(m, "report");
    expect(Object.values(s.aggressions)[0]?.resisted).toBe(true);
    expect(enemiesOf(s, "POL")).toEqual(["DEU"]);
  });

  it("an attack on a power already at war is no new aggression", () => {
    const m = ordersPhase();
    toResolution(m, [["DEU", { kind: "declareWar", target: "POL" }]]);
    advanceTo(m, "orders", 5);
    toResolution(m, [["DEU", { kind: "attack", region: "pol-west" }]]);
    expect(Object.keys(m.state.aggressions)).toHaveLength(1);
  });

  it("an attack on a third state widens the aggressor's war rather than opening another", () => {
    const m = ordersPhase();
    const s = toResolution(m, [
      ["DEU", { kind: "declareWar", target: "POL" }],
      ["DEU", { kind: "attack", region: "sudeten" }],
    ]);
    expect(Object.keys(s.wars)).toHaveLength(1);
    expect(Object.values(s.wars)[0]?.sides).toEqual([["DEU"], ["POL", "CSK"]]);
  });
});

describe("obligations", () => {
  it("an attack on Czechoslovakia brings France in under their alliance (Locarno, 1925)", () => {
    const m = ordersPhase();
    const s = toResolution(m, [["DEU", { kind: "attack", region: "sudeten" }]]);
    const o = Object.values(s.obligations);
    expect(o.map((x) => [x.power, x.beneficiary])).toContainEqual(["FRA", "CSK"]);
    advanceTo(m, "ended");
    expect(atWar(m.state, "FRA", "DEU")).toBe(true);
    expect(m.state.ended?.reason).toBe("generalWar");
  });
});

describe("demands and ultimatums", () => {
  it("an accepted demand passes the regions peacefully, with no aggression", () => {
    const m = ordersPhase();
    toResolution(m, [
      ["DEU", { kind: "demand", target: "CSK", regions: ["sudeten"], ultimatum: false }],
    ]);
    const x = openDecisionsFor(m.state, "CSK").find((d) => d.kind === "demand");
    expect(x).toMatchObject({ options: ["accept", "refuse"], default: "refuse" });
    act(m, "CSK", { type: "decide", decision: x?.id ?? "", choice: "accept" });
    const s = advanceTo(m, "report");
    expect(s.regions.sudeten?.owner).toBe("DEU");
    expect(Object.keys(s.aggressions)).toHaveLength(0);
    expect(Object.values(s.demands)[0]?.status).toBe("accepted");
  });

  it("an accepted ultimatum is a peaceful cession: no aggression, no casus foederis (Memel, 22 March 1939)", () => {
    const m = ordersPhase();
    toResolution(m, [
      ["DEU", { kind: "demand", target: "CSK", regions: ["bohemia"], ultimatum: true }],
    ]);
    const x = openDecisionsFor(m.state, "CSK").find((d) => d.kind === "demand");
    act(m, "CSK", { type: "decide", decision: x?.id ?? "", choice: "accept" });
    const s = advanceTo(m, "report");
    expect(s.regions.bohemia?.owner).toBe("DEU");
    expect(Object.values(s.aggressions)).toEqual([]);
    expect(Object.values(s.obligations)).toEqual([]);
    expect(atWar(s, "DEU", "CSK")).toBe(false);
  });

  it("a refused ultimatum is public news and changes no border (Poland, March 1939)", () => {
    const m = ordersPhase();
    toResolution(m, [
      ["DEU", { kind: "demand", target: "POL", regions: ["pol-west"], ultimatum: true }],
    ]);
    const s = advanceTo(m, "report");
    expect(s.regions["pol-west"]?.owner).toBe("POL");
    expect(s.news.some((n) => n.key === "news.ultimatumRefused")).toBe(true);
    expect(Object.values(s.demands)[0]?.status).toBe("refused");
  });
});
