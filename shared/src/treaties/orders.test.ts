import { describe, expect, it } from "vitest";
import { OrderSchema } from "../actions/orders.ts";
import { apply } from "../engine/apply.ts";
import { Draft } from "../engine/draft.ts";
import { canReach } from "../enforcement/reach.ts";
import { MINI } from "../testing/mini.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";
import { DIPLOMATIC_ORDERS } from "./orders.ts";
import { bindingClauses } from "./query.ts";

function atOrders(tension?: number): Match {
  const m = startMatch(MINI);
  advanceTo(m, "orders");
  if (tension !== undefined) {
    const d = new Draft(m.state);
    d.s.tension = tension;
    m.state = d.s;
  }
  return m;
}

function give(m: Match, by: string, order: Record<string, unknown>): void {
  act(m, by, { type: "order", order: OrderSchema.parse(order) });
}

function refusal(m: Match, by: string, order: Record<string, unknown>): string | undefined {
  const r = apply(m.state, by, { type: "order", order: OrderSchema.parse(order) }, m.ctx);
  return r.ok ? undefined : r.error.code;
}

function resolve(m: Match): void {
  advanceTo(m, "resolution");
}

// Britain's guarantee to Poland, 31 March 1939, after Prague: a unilateral declaration.
describe("unilateral guarantee", () => {
  it("creates a one-party treaty in force at once, binding only if the victim resists", () => {
    const m = atOrders();
    give(m, "GBR", { kind: "guarantee", target: "POL" });
    resolve(m);
    const [g] = bindingClauses(m.state, "guarantee").filter((x) => x.clause.beneficiary === "POL");
    expect(g?.treaty).toMatchObject({ parties: ["GBR"], status: "inForce", proposer: "GBR" });
    expect(g?.clause).toMatchObject({
      guarantors: ["GBR"],
      scope: "independence",
      mode: "automatic",
      conditions: [{ kind: "victimResists" }],
    });
  });

  it("without `ifResists` binds whatever the victim does", () => {
    const m = atOrders();
    give(m, "GBR", { kind: "guarantee", target: "POL", ifResists: false, scope: "borders" });
    resolve(m);
    const [g] = bindingClauses(m.state, "guarantee").filter((x) => x.clause.beneficiary === "POL");
    expect(g?.clause).toMatchObject({ scope: "borders", conditions: [] });
  });

  it.each([
    ["needs some tension first", 10, "POL", "ERR_TENSION_TOO_LOW"],
    ["cannot guarantee oneself", 50, "GBR", "ERR_BAD_ACTION"],
    ["cannot guarantee an unknown state", 50, "XYZ", "ERR_UNKNOWN_POWER"],
  ])("%s", (_name, tension, target, code) => {
    expect(refusal(atOrders(tension), "GBR", { kind: "guarantee", target })).toBe(code);
  });

  it("is not given twice", () => {
    const m = atOrders();
    give(m, "GBR", { kind: "guarantee", target: "POL" });
    advanceTo(m, "orders", m.state.turn + 1);
    expect(refusal(m, "GBR", { kind: "guarantee", target: "POL" })).toBe("ERR_ALREADY_DONE");
  });
});

// Romania was pressed in 1938 to let Soviet troops cross to Czechoslovakia.
describe("military access by order", () => {
  it("a grant opens the way; a refusal closes it again", () => {
    const m = atOrders();
    expect(canReach(m.state, m.ctx, "SUN", "CSK")).toBe(false);
    give(m, "ROU", { kind: "grantAccess", to: "SUN" });
    resolve(m);
    expect(canReach(m.state, m.ctx, "SUN", "CSK")).toBe(true);
    expect(m.state.news.some((n) => n.key === "news.accessGranted" && n.to === undefined)).toBe(
      true,
    );
    advanceTo(m, "orders", m.state.turn + 1);
    expect(refusal(m, "ROU", { kind: "grantAccess", to: "SUN" })).toBe("ERR_ALREADY_DONE");
    give(m, "ROU", { kind: "refuseAccess", to: "SUN" });
    resolve(m);
    expect(canReach(m.state, m.ctx, "SUN", "CSK")).toBe(false);
  });

  it("a refusal is a public stand even with nothing to end (Poland, August 1939)", () => {
    const m = atOrders();
    give(m, "POL", { kind: "refuseAccess", to: "SUN" });
    resolve(m);
    expect(m.state.news.some((n) => n.key === "news.accessRefused" && n.to === undefined)).toBe(
      true,
    );
  });
});

describe("recognition", () => {
  it("adds the government to the power's recognitions, once", () => {
    const m = atOrders();
    give(m, "ITA", { kind: "recognise", government: "ETH" });
    resolve(m);
    expect(m.state.powers.ITA?.recognises).toEqual(["ETH"]);
    advanceTo(m, "orders", m.state.turn + 1);
    expect(refusal(m, "ITA", { kind: "recognise", government: "ETH" })).toBe("ERR_ALREADY_DONE");
  });
});

describe("candidates", () => {
  it("offer ratification of signed treaties and stay few", () => {
    const m = startMatch(MINI);
    advanceTo(m, "diplomacy");
    act(m, "DEU", {
      type: "propose",
      draft: {
        name: "P",
        parties: ["DEU", "ITA"],
        clauses: [{ kind: "nonAggression", neutrality: false, secret: false }],
      },
    });
    const id = Object.keys(m.state.treaties).at(-1) as string;
    act(m, "ITA", { type: "sign", treaty: id });
    advanceTo(m, "orders");
    const offered = m.state;
    expect(DIPLOMATIC_ORDERS.ratify.candidates(offered, "DEU", m.ctx)).toEqual([
      { kind: "ratify", treaty: id },
    ]);
    expect(DIPLOMATIC_ORDERS.guarantee.candidates(offered, "GBR", m.ctx).length).toBeLessThan(20);
  });
});
