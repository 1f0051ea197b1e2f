import { describe, expect, it } from "vitest";
import { apply } from "../engine/apply.ts";
import type { MotionKind, Vote } from "../model/state.ts";
import { MINI } from "../testing/mini.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";

/** Table a motion in the Diplomacy phase, cast the votes in Orders, count them. */
function motionWithVotes(
  kind: MotionKind,
  body: "council" | "assembly",
  target: string,
  victim: string | undefined,
  votes: Record<string, Vote>,
  proposer = "ETH",
): Match {
  const m = startMatch(MINI);
  advanceTo(m, "diplomacy");
  act(m, proposer, { type: "tableMotion", motion: { kind, body, target, victim } });
  advanceTo(m, "orders");
  const id = Object.keys(m.state.motions)[0] ?? "";
  for (const [power, vote] of Object.entries(votes))
    act(m, power, { type: "vote", motion: id, vote });
  advanceTo(m, "resolution");
  return m;
}

const statusOf = (m: Match) => Object.values(m.state.motions)[0]?.status;

describe("League Council: unanimity of members not party to the dispute", () => {
  it.each([
    [
      "Italy, the party condemned, votes no and cannot block (Council, 7 October 1935)",
      { FRA: "yes", GBR: "yes", SUN: "yes", ITA: "no" },
      "passed",
    ],
    ["any other Council member's no blocks", { FRA: "no", GBR: "yes", SUN: "yes" }, "failed"],
    ["abstentions do not block", { FRA: "abstain", GBR: "yes", SUN: "abstain" }, "passed"],
    ["a Council where no one votes yes decides nothing", { FRA: "abstain" }, "failed"],
  ] as const)("%s", (_name, votes, status) => {
    const m = motionWithVotes("condemn", "council", "ITA", "ETH", votes);
    expect(statusOf(m)).toBe(status);
    expect(m.state.flags.includes("leagueFinding:ITA")).toBe(status === "passed");
  });

  it("the victim is a party too: Ethiopia's no does not block", () => {
    const m = startMatch(MINI);
    // Give Ethiopia a Council seat to show that parties are excluded whatever their seat.
    m.state = {
      ...m.state,
      powers: {
        ...m.state.powers,
        ETH: { ...m.state.powers.ETH!, league: { member: true, council: "elected" } },
      },
    };
    advanceTo(m, "diplomacy");
    act(m, "FRA", {
      type: "tableMotion",
      motion: { kind: "condemn", body: "council", target: "ITA", victim: "ETH" },
    });
    advanceTo(m, "orders");
    const id = Object.keys(m.state.motions)[0] ?? "";
    act(m, "ETH", { type: "vote", motion: id, vote: "no" });
    act(m, "GBR", { type: "vote", motion: id, vote: "yes" });
    advanceTo(m, "resolution");
    expect(statusOf(m)).toBe("passed");
  });

  it("a League success lowers world tension", () => {
    const passed = motionWithVotes("condemn", "council", "ITA", "ETH", { GBR: "yes" });
    const failed = motionWithVotes("condemn", "council", "ITA", "ETH", { GBR: "yes", FRA: "no" });
    expect(passed.state.tension - failed.state.tension).toBe(MINI.rules.tension.leagueSuccess);
  });

  it("only Council members vote on a Council motion", () => {
    const m = startMatch(MINI);
    advanceTo(m, "diplomacy");
    act(m, "ETH", {
      type: "tableMotion",
      motion: { kind: "condemn", body: "council", target: "ITA", victim: "ETH" },
    });
    advanceTo(m, "orders");
    const id = Object.keys(m.state.motions)[0] ?? "";
    const r = apply(m.state, "POL", { type: "vote", motion: id, vote: "yes" }, m.ctx);
    expect(!r.ok && r.error.code).toBe("ERR_NOT_ALLOWED");
  });
});

describe("League Assembly: a simple majority recommends", () => {
  it.each([
    ["more yes than no", { FRA: "yes", GBR: "yes", POL: "yes", CSK: "no", ROU: "no" }, "passed"],
    ["a tie fails", { FRA: "yes", GBR: "yes", CSK: "no", ROU: "no" }, "failed"],
    ["the target's votes do not count", { FRA: "yes", ITA: "no", AUT: "abstain" }, "passed"],
  ] as const)("%s", (_name, votes, status) => {
    const m = motionWithVotes("condemn", "assembly", "ITA", "ETH", votes);
    expect(statusOf(m)).toBe(status);
  });

  it("an Assembly condemnation is not a binding finding", () => {
    const m = motionWithVotes("condemn", "assembly", "ITA", "ETH", { FRA: "yes" });
    expect(m.state.flags).toContain("condemned:ITA");
    expect(m.state.flags).not.toContain("leagueFinding:ITA");
  });
});

describe("tabling a motion", () => {
  const motion = { kind: "condemn", body: "council", target: "ITA", victim: "ETH" } as const;
  it.each([
    [
      "a non-member (Germany after October 1933)",
      "DEU",
      "diplomacy",
      motion,
      "ERR_NOT_LEAGUE_MEMBER",
    ],
    ["outside the Diplomacy phase", "FRA", "orders", motion, "ERR_WRONG_PHASE"],
    ["a motion against oneself", "ITA", "diplomacy", motion, "ERR_BAD_ACTION"],
    [
      "admitting a member",
      "FRA",
      "diplomacy",
      { kind: "admit", body: "assembly", target: "POL" },
      "ERR_ALREADY_LEAGUE_MEMBER",
    ],
    [
      "expelling a non-member",
      "FRA",
      "diplomacy",
      { kind: "expel", body: "council", target: "DEU" },
      "ERR_NOT_LEAGUE_MEMBER",
    ],
  ] as const)("is refused to %s", (_name, by, phase, draft, code) => {
    const m = startMatch(MINI);
    advanceTo(m, phase);
    const r = apply(m.state, by, { type: "tableMotion", motion: draft }, m.ctx);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it("costs action points and cannot be tabled twice", () => {
    const m = startMatch(MINI);
    advanceTo(m, "diplomacy");
    const ap = m.state.powers.FRA?.ap ?? 0;
    act(m, "FRA", { type: "tableMotion", motion });
    expect(m.state.powers.FRA?.ap).toBe(ap - MINI.rules.orderCosts.tableMotion);
    const again = apply(m.state, "GBR", { type: "tableMotion", motion }, m.ctx);
    expect(!again.ok && again.error.code).toBe("ERR_ALREADY_DONE");
  });
});

describe("admission and expulsion by motion", () => {
  it("the Assembly admits Germany back", () => {
    const m = motionWithVotes("admit", "assembly", "DEU", undefined, { FRA: "yes", GBR: "yes" });
    expect(m.state.powers.DEU?.league).toEqual({ member: true, council: undefined });
  });

  it("the Council expels the USSR (14 December 1939), which cannot block it", () => {
    const m = motionWithVotes(
      "expel",
      "council",
      "SUN",
      "ROU",
      { FRA: "yes", GBR: "yes", SUN: "no" },
      "FRA",
    );
    expect(m.state.powers.SUN?.league.member).toBe(false);
    expect(m.state.powers.SUN?.league.council).toBeUndefined();
  });

  it("a referral to a conference convenes the parties and the permanent members", () => {
    const m = motionWithVotes("conference", "council", "DEU", "CSK", { GBR: "yes" }, "FRA");
    const c = Object.values(m.state.conferences)[0];
    expect(c?.regions).toEqual(["sudeten"]);
    expect(c?.invitees).toEqual(["DEU", "CSK", "GBR", "SUN", "ITA"]);
  });
});
