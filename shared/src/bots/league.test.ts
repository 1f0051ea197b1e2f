import { describe, expect, it } from "vitest";
import { PersonalitySchema } from "../scenario/schema.ts";
import { advanceTo, miniWith, startMatch, type Match } from "../testing/drive.ts";
import { chooseMoves } from "./chooseActions.ts";

/**
 * The League's members as bots, on the record of 1935: Italy attacks Ethiopia (3 October),
 * which resists and appeals; a Council member tables the finding (7 October), the Council
 * votes it (Italy alone against), sanctions follow, and oil is held back by the members who
 * fear Italy's war (Hoare–Laval, December 1935). Sources: F. P. Walters, A History of the
 * League of Nations (1952), ch. 53–56.
 */
const SCENARIO = miniWith({
  events: [
    {
      id: "abyssinia",
      window: { from: "1935-I", to: "1935-I" },
      historicalTurn: "1935-I",
      effects: [
        {
          aggression: { aggressor: "ITA", victim: "ETH", regions: ["ethiopia"], theatre: "africa" },
        },
      ],
      note: { date: "1935-10-03", source: "League of Nations Official Journal, 1935" },
    },
  ],
});

const fearsItaly = PersonalitySchema.parse({ aims: ["peace"], fears: ["ITA"] });
const fearsNoOne = PersonalitySchema.parse({ aims: ["collective"] });

/** The match once Ethiopia has resisted, in the next turn's Diplomacy phase. */
function afterInvasion(): Match {
  const m = startMatch(SCENARIO);
  advanceTo(m, "diplomacy", m.state.turn + 1);
  const a = Object.values(m.state.aggressions)[0];
  expect(a?.resisted).toBe(true);
  return m;
}

const leagueMoves = (m: Match, seat: string, personality = fearsNoOne) =>
  chooseMoves(m.state, seat, m.ctx, { strength: "adaptive", personality }).filter(
    (x) => x.action.type === "tableMotion" || x.action.type === "vote",
  );

describe("a living League: bots table motions by the Covenant's duty", () => {
  it("a Council member tables the finding against the aggressor of a member that resists", () => {
    const m = afterInvasion();
    const [move] = leagueMoves(m, "GBR");
    expect(move?.action).toEqual({
      type: "tableMotion",
      motion: { kind: "condemn", body: "council", target: "ITA", victim: "ETH" },
    });
  });

  it("the aggressor tables nothing against itself", () => {
    const m = afterInvasion();
    expect(leagueMoves(m, "ITA").some((x) => x.action.type === "tableMotion")).toBe(false);
  });
});

describe("a living League: bots vote by duty and interest", () => {
  const tabled = (kind: "condemn" | "oilEmbargo") => {
    const m = afterInvasion();
    m.state = {
      ...m.state,
      phase: "orders",
      motions: {
        m1: {
          id: "m1",
          kind,
          body: "council",
          target: "ITA",
          victim: "ETH",
          proposer: "SUN",
          turn: m.state.turn,
          votes: {},
          status: "tabled",
        },
      },
    };
    return m;
  };
  const voteOf = (m: Match, seat: string, personality = fearsNoOne) => {
    const v = leagueMoves(m, seat, personality).find((x) => x.action.type === "vote");
    return v?.action.type === "vote" ? v.action.vote : undefined;
  };
  it.each([
    ["the Covenant's duty: Britain votes the finding", "condemn", "GBR", fearsItaly, "yes"],
    ["Italy votes against its own condemnation", "condemn", "ITA", fearsNoOne, "no"],
    ["Britain, fearing Italy's war, blocks oil", "oilEmbargo", "GBR", fearsItaly, "no"],
    ["a member that does not fear Italy votes oil", "oilEmbargo", "SUN", fearsNoOne, "yes"],
  ] as const)("%s", (_name, kind, seat, personality, vote) => {
    expect(voteOf(tabled(kind), seat, personality)).toBe(vote);
  });
});
