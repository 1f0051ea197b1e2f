import { describe, expect, it } from "vitest";
import { apply } from "../engine/apply.ts";
import { MINI } from "../testing/mini.ts";
import { act, advanceTo, miniWith, startMatch } from "../testing/drive.ts";
import { MINI_INPUT } from "../testing/mini.ts";

/** The mini Europe of 1933: the USSR outside the League. */
const SOVIET_OUTSIDE = miniWith({
  powers: MINI_INPUT.powers.map((p) => (p.id === "SUN" ? { ...p, league: { member: false } } : p)),
});

describe("joining and leaving the League", () => {
  it("Italy leaves (11 December 1937): membership and seat go, world tension rises", () => {
    const m = startMatch(MINI);
    advanceTo(m, "orders");
    act(m, "ITA", { type: "order", order: { kind: "leaveLeague" } });
    const tension = m.state.tension;
    advanceTo(m, "resolution");
    expect(m.state.powers.ITA?.league).toEqual({ member: false, council: undefined });
    expect(m.state.tension).toBe(tension + MINI.rules.tension.leaveLeague);
    expect(m.state.news.some((n) => n.key === "news.leagueLeft" && n.params.power === "ITA")).toBe(
      true,
    );
  });

  it("the USSR joins (18 September 1934) without a Council seat of its own accord", () => {
    const m = startMatch(SOVIET_OUTSIDE);
    advanceTo(m, "orders");
    act(m, "SUN", { type: "order", order: { kind: "joinLeague" } });
    advanceTo(m, "resolution");
    expect(m.state.powers.SUN?.league).toEqual({ member: true, council: undefined });
  });

  it("a seat the scenario reserved is taken on joining (the 1933 data gives the USSR one)", () => {
    const reserved = miniWith({
      powers: MINI_INPUT.powers.map((p) =>
        p.id === "SUN" ? { ...p, league: { member: false, council: "permanent" as const } } : p,
      ),
    });
    const m = startMatch(reserved);
    advanceTo(m, "orders");
    expect(apply(m.state, "SUN", { type: "vote", motion: "m1", vote: "yes" }, m.ctx).ok).toBe(
      false,
    );
    act(m, "SUN", { type: "order", order: { kind: "joinLeague" } });
    advanceTo(m, "resolution");
    expect(m.state.powers.SUN?.league).toEqual({ member: true, council: "permanent" });
  });

  it.each([
    ["a member joining", MINI, "FRA", "joinLeague", "ERR_ALREADY_LEAGUE_MEMBER"],
    ["Germany leaving again", MINI, "DEU", "leaveLeague", "ERR_NOT_LEAGUE_MEMBER"],
  ] as const)("refuses %s", (_name, scenario, power, kind, code) => {
    const m = startMatch(scenario);
    advanceTo(m, "orders");
    const r = apply(m.state, power, { type: "order", order: { kind } }, m.ctx);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it("offers joining to non-members and leaving to members", () => {
    const m = startMatch(SOVIET_OUTSIDE);
    advanceTo(m, "orders");
    const offers = (power: string) =>
      (["joinLeague", "leaveLeague"] as const).filter(
        (kind) => apply(m.state, power, { type: "order", order: { kind } }, m.ctx).ok,
      );
    expect(offers("SUN")).toEqual(["joinLeague"]);
    expect(offers("FRA")).toEqual(["leaveLeague"]);
  });
});
