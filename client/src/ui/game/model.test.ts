import { describe, expect, test } from "vitest";
import { compile, MINI, type Action, type GameView } from "@cs/shared";
import { groupOffers, legalChoices, legalVotes, orderCost, totalCost } from "./model.ts";
import { channelId, channelMembers, channelsOf, messagesIn } from "./chat-model.ts";
import { signedTreaties, timelines } from "./final-model.ts";
import { offersAt } from "./region-info.ts";

const ctx = compile(MINI);
const offers: Action[] = [
  { type: "ready", ready: true },
  { type: "order", order: { kind: "rearm", branch: "army" } },
  { type: "order", order: { kind: "rearm", branch: "air" } },
  { type: "order", order: { kind: "ratify", treaty: "t1" } },
  { type: "order", order: { kind: "fortify", region: "fr-east" } },
  { type: "order", order: { kind: "embargo", target: "ITA" } },
  { type: "vote", motion: "m1", vote: "yes" },
  { type: "vote", motion: "m1", vote: "no" },
  { type: "decide", decision: "d1", choice: "honour" },
];

describe("the orders panel's offers", () => {
  test("grouped by kind, diplomatic then military then economic", () => {
    const g = groupOffers(offers);
    expect(g.map(([k]) => k)).toEqual(["ratify", "rearm", "fortify", "embargo"]);
    expect(g[1]?.[1]).toHaveLength(2);
  });

  test("costs come from the scenario's rules", () => {
    expect(orderCost(ctx, "mobilise")).toBe(ctx.scenario.rules.orderCosts.mobilise);
    expect(orderCost(undefined, "mobilise")).toBeUndefined();
    const cost = totalCost(ctx, [{ kind: "rearm", branch: "army" }, { kind: "mobilise" }]);
    expect(cost).toBe(ctx.scenario.rules.orderCosts.rearm + ctx.scenario.rules.orderCosts.mobilise);
  });

  test("votes and crisis choices are exactly what the engine offers", () => {
    expect(legalVotes(offers, "m1")).toEqual(["yes", "no"]);
    expect(legalVotes(offers, "m2")).toEqual([]);
    expect(legalChoices(offers, "d1")).toEqual(["honour"]);
  });

  test("a region selected on the map offers the orders that name it", () => {
    expect(offersAt(offers, "fr-east").map((a) => a.order.kind)).toEqual(["fortify"]);
    expect(offersAt(offers, "uk")).toEqual([]);
  });
});

describe("chat channels", () => {
  test("ids are the sorted members", () => {
    expect(channelId(["SUN", "FRA", "SUN"])).toBe("FRA+SUN");
    expect(channelMembers("FRA+SUN")).toEqual(["FRA", "SUN"]);
    expect(channelMembers("public")).toEqual([]);
  });
  test("channels known from messages and opened by hand; messages in order", () => {
    const m = (id: number, channel: string) => ({
      id,
      channel,
      from: "FRA",
      text: "x",
      turn: 0,
      at: 0,
    });
    const log = [m(3, "FRA+SUN"), m(1, "FRA+SUN"), m(2, "public")];
    expect(channelsOf(log, ["CSK+FRA"])).toEqual(["public", "CSK+FRA", "FRA+SUN"]);
    expect(messagesIn(log, "FRA+SUN").map((x) => x.id)).toEqual([1, 3]);
  });
});

describe("the final report", () => {
  const view = {
    turn: 13,
    ended: { turn: 13, reason: "calendar" },
    news: [
      { turn: 12, key: "news.a", params: {} },
      { turn: 13, key: "news.b", params: {}, to: ["FRA"] },
      { turn: 13, key: "news.c", params: {} },
    ],
    treaties: {
      a: { id: "a", signedTurn: 9 },
      b: { id: "b", signedTurn: 4 },
      c: { id: "c" },
    },
  } as unknown as GameView;

  test("this match's public headlines beside history, turn by turn", () => {
    const ev = (id: string, turn: string, date: string) => ({
      id,
      historicalTurn: turn,
      note: { date },
    });
    const rows = timelines(view, [
      ev("munich", "1938-II", "1938-09-29"),
      ev("anschluss", "1938-I", "1938-03-12"),
      ev("prague", "1939-I", "1939-03-15"),
    ] as never);
    expect(rows.map((r) => r.turn)).toEqual([12, 13]);
    expect(rows[1]?.match.map((n) => n.key)).toEqual(["news.c"]);
    expect(rows[0]?.history.map((e) => e.id)).toEqual(["prague"]);
  });

  test("treaties signed, in the order they were signed", () => {
    expect(signedTreaties(view).map((t) => t.id)).toEqual(["b", "a"]);
  });
});
