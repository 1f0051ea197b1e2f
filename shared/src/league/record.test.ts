import { describe, expect, it } from "vitest";
import { apply } from "../engine/apply.ts";
import type { MotionKind, Vote } from "../model/state.ts";
import { MINI } from "../testing/mini.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";

/**
 * The League and Italy, 1935–1936, as motions: the Council's finding (7 October 1935), the
 * sanctions (decided 11 October, in force 18 November 1935), the oil embargo that was proposed
 * (Co-ordination Committee, proposal 4A, 6 November 1935) and never added, and the Assembly's
 * vote to lift the sanctions (4 July 1936, effective 15 July 1936). Sources: F. P. Walters,
 * A History of the League of Nations (1952), ch. 53–56; League of Nations Official Journal,
 * Special Supplements 138, 145, 151.
 */
interface Step {
  kind: MotionKind;
  body: "council" | "assembly";
  proposer: string;
  votes: Record<string, Vote>;
}

/** Table each motion in a turn's Diplomacy phase and vote it in its Orders phase. */
function play(steps: readonly Step[]): Match {
  const m = startMatch(MINI);
  for (const s of steps) {
    advanceTo(m, "diplomacy", m.state.phase === "news" ? m.state.turn : m.state.turn + 1);
    act(m, s.proposer, {
      type: "tableMotion",
      motion: { kind: s.kind, body: s.body, target: "ITA", victim: "ETH" },
    });
    advanceTo(m, "orders");
    const id = Object.keys(m.state.motions).at(-1) ?? "";
    for (const [power, vote] of Object.entries(s.votes))
      act(m, power, { type: "vote", motion: id, vote });
    advanceTo(m, "resolution");
  }
  return m;
}

const finding: Step = {
  kind: "condemn",
  body: "council",
  proposer: "GBR",
  votes: { GBR: "yes", FRA: "yes", SUN: "yes", ITA: "no" },
};
const sanctions: Step = {
  kind: "sanctions",
  body: "council",
  proposer: "GBR",
  votes: { GBR: "yes", FRA: "yes", SUN: "yes", ITA: "no" },
};
/** Britain and France held oil back for fear of Mussolini's war (Hoare–Laval, December 1935). */
const oilBlocked: Step = {
  kind: "oilEmbargo",
  body: "council",
  proposer: "SUN",
  votes: { SUN: "yes", GBR: "no", FRA: "no", ITA: "no" },
};
const oilVoted: Step = { ...oilBlocked, votes: { SUN: "yes", GBR: "yes", FRA: "yes" } };
const lift: Step = {
  kind: "liftSanctions",
  body: "assembly",
  proposer: "GBR",
  votes: { GBR: "yes", FRA: "yes", POL: "yes", AUT: "yes", SUN: "no", ETH: "no" },
};

describe("the League and Italy, as the record has it", () => {
  it.each([
    ["7 Oct 1935: the Council finds Italy the aggressor", [finding], true, undefined],
    ["18 Nov 1935: sanctions without oil", [finding, sanctions], true, false],
    ["oil never added: Britain and France block it", [finding, sanctions, oilBlocked], true, false],
    ["had the Council voted oil, the sanctions covered it", [sanctions, oilVoted], false, true],
    ["4 July 1936: the Assembly votes to lift them", [finding, sanctions, lift], true, undefined],
  ] as const)("%s", (_name, steps, found, oil) => {
    const m = play(steps);
    expect(m.state.flags.includes("leagueFinding:ITA")).toBe(found);
    const active = Object.values(m.state.sanctions).filter((s) => s.active);
    expect(active.map((s) => s.oil)).toEqual(oil === undefined ? [] : [oil]);
  });

  it("an oil embargo strengthens the sanctions in force: one record, the same members", () => {
    const m = play([sanctions]);
    advanceTo(m, "resolution", m.state.turn + 1);
    const before = Object.values(m.state.sanctions)[0];
    expect(before?.applying).toContain("FRA");
    const after = play([sanctions, oilVoted]);
    advanceTo(after, "resolution", after.state.turn + 1);
    const s = Object.values(after.state.sanctions);
    expect(s).toHaveLength(1);
    expect(s[0]?.oil).toBe(true);
    expect(s[0]?.applying).toContain("FRA");
    expect(after.state.news.some((n) => n.key === "news.sanctionsStrengthened")).toBe(true);
  });

  it("lifted by the Assembly, the sanctions stop; Italy's economy is free again", () => {
    const m = play([finding, sanctions, lift]);
    expect(Object.values(m.state.sanctions).every((s) => !s.active)).toBe(true);
    expect(m.state.news.some((n) => n.key === "news.sanctionsLifted")).toBe(true);
  });
});

describe("refusals: what the League cannot be asked", () => {
  const table = (m: Match, kind: MotionKind) =>
    apply(
      m.state,
      "FRA",
      { type: "tableMotion", motion: { kind, body: "council", target: "ITA", victim: "ETH" } },
      m.ctx,
    );
  const next = (m: Match) => {
    advanceTo(m, "diplomacy", m.state.turn + 1);
    return m;
  };
  it.each([
    ["sanctions twice: strengthen them instead", [sanctions], "sanctions", "ERR_ALREADY_DONE"],
    ["oil twice", [sanctions, oilVoted], "oilEmbargo", "ERR_ALREADY_DONE"],
    ["lifting sanctions that are not in force", [finding], "liftSanctions", "ERR_NOT_ALLOWED"],
    ["lifting them once lifted", [sanctions, lift], "liftSanctions", "ERR_NOT_ALLOWED"],
  ] as const)("%s", (_name, steps, kind, code) => {
    const r = table(next(play(steps)), kind);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it("an oil embargo may be tabled on sanctions without oil", () => {
    expect(table(next(play([sanctions])), "oilEmbargo").ok).toBe(true);
  });
});
