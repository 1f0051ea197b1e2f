/**
 * Treaty law against the record, continued (issue 13): consultation that asks a decision,
 * deferred and conditional entry into force, the price of denunciation, arbitration awards,
 * a treaty that survives the end of a party, and powers off the map. Each case cites the
 * instrument or the event it stands for.
 */
import { describe, expect, it } from "vitest";
import { ActionSchema } from "../actions/schema.ts";
import { turnLabel } from "../core/calendar.ts";
import type { PowerId } from "../model/state.ts";
import { MINI, MINI_INPUT } from "../testing/mini.ts";
import { withTreaty } from "../testing/crisis.ts";
import { act, advanceTo, miniWith, startMatch, type Match } from "../testing/drive.ts";
import type { TreatyDraftInput } from "./clauses.ts";

const START = 4; // 1935-I, the mini scenario's first turn

/** Propose and sign in the Diplomacy phase; returns the treaty id. */
function signed(m: Match, draft: TreatyDraftInput): string {
  advanceTo(m, "diplomacy");
  const [proposer, ...others] = draft.parties;
  act(m, proposer as string, ActionSchema.parse({ type: "propose", draft }));
  const id = Object.keys(m.state.treaties).at(-1) as string;
  for (const p of others) act(m, p, { type: "sign", treaty: id });
  return id;
}

function ratify(m: Match, id: string): void {
  advanceTo(m, "orders");
  for (const p of m.state.treaties[id]?.parties ?? [])
    act(m, p, { type: "order", order: { kind: "ratify", treaty: id } });
}

function statusAt(m: Match, id: string, turn: number): string | undefined {
  advanceTo(m, "report", turn);
  return m.state.treaties[id]?.status;
}

/** Answer every open decision of a power with `choice` where it is one of the options. */
function answer(m: Match, answers: Partial<Record<PowerId, string>>): void {
  for (const x of Object.values(m.state.decisions)) {
    const choice = answers[x.power];
    if (choice && x.options.includes(choice) && x.choice === undefined)
      act(m, x.power, { type: "decide", decision: x.id, choice });
  }
}

describe("consultation that does something (item 3)", () => {
  // Franco-Czechoslovak treaty, 25 Jan 1924, arts. 1–3: the parties concert on the measures
  // to take when their security is threatened; no automatic aid. Britain stands in for France
  // (the mini scenario's France is already bound to help Czechoslovakia).
  it.each([
    ["consult", "consulted", 1],
    ["decline", "declined", -2],
  ])("the partner chooses to %s when Czechoslovakia is attacked", (choice, status, delta) => {
    const m = startMatch(MINI);
    m.state = withTreaty(m.state, ["GBR", "CSK"], [{ kind: "consultation" }]).state;
    const before = m.state.powers["GBR"]?.credibility ?? 0;
    advanceTo(m, "orders");
    act(m, "DEU", { type: "order", order: { kind: "declareWar", target: "CSK" } });
    advanceTo(m, "resolution");
    const asked = Object.values(m.state.decisions).find(
      (x) => x.power === "GBR" && x.kind === "obligation",
    );
    expect(asked?.options).toEqual(["consult", "decline"]);
    answer(m, { GBR: choice, CSK: "resist" });
    act(m, "system", { type: "advance" });
    const o = Object.values(m.state.obligations).find((x) => x.power === "GBR");
    expect(o).toMatchObject({ mode: "consultation", status, beneficiary: "CSK" });
    expect((m.state.powers["GBR"]?.credibility ?? 0) - before).toBe(delta);
    // The record of it is the parties' own.
    const news = m.state.news.filter(
      (n) => n.params["obligation"] === o?.id && n.key !== "news.consultationTriggered",
    );
    expect(news.length).toBeGreaterThan(0);
    for (const n of news) expect(n.to?.slice().sort()).toEqual(["CSK", "GBR"]);
  });
});

describe("deferred entry into force (item 4)", () => {
  const treaty = (entry: TreatyDraftInput["entry"]): TreatyDraftInput => ({
    name: "Treaty",
    parties: ["DEU", "ITA"],
    clauses: [{ kind: "nonAggression" }],
    entry,
  });

  it("on a date: ratified at once, in force only then (the Franco-Soviet treaty, voted 27 Feb 1936, came into force on the exchange of ratifications, 27 Mar 1936)", () => {
    const m = startMatch(MINI);
    const id = signed(m, treaty({ on: turnLabel(START + 2) }));
    ratify(m, id);
    expect(statusAt(m, id, START)).toBe("signed");
    expect(m.state.news.some((n) => n.key === "news.treatyPending")).toBe(true);
    expect(statusAt(m, id, START + 1)).toBe("signed");
    expect(statusAt(m, id, START + 2)).toBe("inForce");
    expect(m.state.treaties[id]?.inForceTurn).toBe(START + 2);
  });

  it("on a condition (Locarno, art. 10: in force once Germany became a member of the League)", () => {
    const m = startMatch(MINI);
    const id = signed(m, treaty({ when: { leagueMember: "SUN" } }));
    m.state.powers["SUN"] = { ...m.state.powers["SUN"]!, league: { member: false } };
    ratify(m, id);
    expect(statusAt(m, id, START + 1)).toBe("signed");
    advanceTo(m, "orders", START + 2);
    m.state.powers["SUN"] = { ...m.state.powers["SUN"], league: { member: true } };
    expect(statusAt(m, id, START + 2)).toBe("inForce");
  });

  it("a democracy's ratification may take longer than a turn where the scenario says so", () => {
    const scenario = miniWith({
      rules: { ...MINI_INPUT.rules, ratificationDelayFor: { FRA: 2 } },
    });
    const m = startMatch(scenario);
    const id = signed(m, { name: "Treaty", parties: ["FRA", "ITA"], clauses: [{ kind: "trade" }] });
    ratify(m, id);
    expect(statusAt(m, id, START + 1)).toBe("signed");
    expect(statusAt(m, id, START + 2)).toBe("inForce");
  });
});

describe("the price of denunciation (item 7)", () => {
  // Franco-Soviet treaty, 2 May 1935: five years, then denounceable at a year's notice.
  const locked: TreatyDraftInput = {
    name: "Treaty",
    parties: ["DEU", "ITA"],
    clauses: [{ kind: "consultation" }],
    ends: { lockedFor: 10, notice: 2 },
  };
  const free: TreatyDraftInput = { ...locked, ends: { notice: 2 } };

  it("with its notice: public, costs credibility and raises tension, binds until the notice runs out", () => {
    const m = startMatch(MINI);
    const id = signed(m, free);
    ratify(m, id);
    advanceTo(m, "orders", START + 1);
    const credibility = m.state.powers["DEU"]?.credibility ?? 0;
    const tension = m.state.tension;
    act(m, "DEU", { type: "order", order: { kind: "denounce", treaty: id } });
    advanceTo(m, "resolution");
    expect(m.state.treaties[id]?.denunciation).toEqual({ by: "DEU", effectiveTurn: START + 3 });
    expect(m.state.powers["DEU"]?.credibility).toBe(credibility - 3);
    expect(m.state.tension).toBeGreaterThan(tension);
    expect(m.state.news.some((n) => n.key === "news.treatyDenunciation" && !n.to)).toBe(true);
    expect(statusAt(m, id, START + 2)).toBe("inForce");
    expect(statusAt(m, id, START + 3)).toBe("denounced");
    expect(m.state.powers["DEU"]?.breaches).toBe(0);
  });

  it("inside its term it is a breach: the treaty is violated (Germany's repudiation of Locarno, 7 March 1936)", () => {
    const m = startMatch(MINI);
    const id = signed(m, locked);
    ratify(m, id);
    advanceTo(m, "orders", START + 1);
    act(m, "DEU", { type: "order", order: { kind: "denounce", treaty: id } });
    advanceTo(m, "resolution");
    expect(m.state.treaties[id]).toMatchObject({ status: "violated", violatedBy: "DEU" });
  });
});

describe("arbitration awards transfer territory (item 12): First Vienna Award, 2 Nov 1938", () => {
  // Austria stands in for Hungary, Slovakia for southern Slovakia; the arbiters are Germany
  // and Italy, asked by both parties.
  function vienna(votes: [string, string], holder: string): Match {
    const m = startMatch(MINI);
    const id = signed(m, {
      name: "Vienna",
      parties: ["AUT", "CSK", "DEU", "ITA"],
      clauses: [
        {
          kind: "arbitration",
          arbiters: ["DEU", "ITA"],
          claimant: "AUT",
          holder: "CSK",
          regions: ["slovakia"],
        },
      ],
    });
    ratify(m, id);
    // In force once Czechoslovakia, a democracy, has ratified (a turn); the arbiters, seized
    // then, award at the next Orders phase.
    expect(statusAt(m, id, START + 1)).toBe("inForce");
    advanceTo(m, "orders", START + 2);
    expect(Object.values(m.state.decisions).filter((x) => x.kind === "award")).toHaveLength(2);
    answer(m, { DEU: votes[0], ITA: votes[1] });
    advanceTo(m, "resolution");
    answer(m, { CSK: holder });
    act(m, "system", { type: "advance" });
    return m;
  }

  it.each([
    [
      "both arbiters for the claimant, the holder complies: the region passes",
      ["claimant", "claimant"],
      "comply",
      "AUT",
    ],
    ["the holder resists the award: nothing passes", ["claimant", "claimant"], "resist", "CSK"],
    ["the arbiters split: it stays with the holder", ["claimant", "holder"], "comply", "CSK"],
  ] as const)("%s", (_why, votes, holder, owner) => {
    const m = vienna([...votes], holder);
    expect(m.state.regions["slovakia"]?.owner).toBe(owner);
  });
});

describe("how treaties end (item 10): a treaty that survives the end of a party", () => {
  // Kellogg–Briand Pact (27 Aug 1928): Austria's disappearance in March 1938 did not end it
  // among the others; a bilateral alliance ends with its partner.
  it.each([
    ["survives", "inForce", ["DEU", "FRA", "GBR"]],
    ["ends", "expired", ["AUT", "DEU", "FRA", "GBR"]],
  ] as const)("onPartyGone %s → %s", (onPartyGone, status, parties) => {
    const m = startMatch(MINI);
    const { state, treaty } = withTreaty(
      m.state,
      ["AUT", "DEU", "FRA", "GBR"],
      [{ kind: "consultation" }],
    );
    state.treaties[treaty.id] = {
      ...treaty,
      ends: { onPartyGone, onBreach: "survives", lockedFor: 0 },
    };
    m.state = state;
    advanceTo(m, "orders");
    act(m, "DEU", { type: "order", order: { kind: "declareWar", target: "AUT" } });
    act(m, "DEU", { type: "order", order: { kind: "attack", region: "austria" } });
    advanceTo(m, "resolution");
    answer(m, { AUT: "resist" });
    act(m, "system", { type: "advance" });
    expect(m.state.powers["AUT"]?.alive).toBe(false);
    expect(m.state.treaties[treaty.id]?.status).toBe(status);
    expect(m.state.treaties[treaty.id]?.parties.slice().sort()).toEqual(parties);
  });
});

describe("off-map theatres (item 13): a power the map does not show does not capitulate", () => {
  // Japan held no region of this map of Europe; its war in China (7 Jul 1937) went on.
  it("Japan at war, holding no region, fights on", () => {
    const scenario = miniWith({
      powers: [
        ...MINI_INPUT.powers,
        {
          ...MINI_INPUT.powers.find((p) => p.id === "ITA")!,
          id: "JPN",
          seat: "minor",
          great: false,
          capital: "far-east",
          league: { member: false },
        },
      ],
      regions: [
        ...MINI_INPUT.regions,
        { id: "far-east", kind: "offmap", adjacent: [], value: 1, theatre: "asia" },
      ],
    });
    const m = startMatch(scenario);
    advanceTo(m, "orders");
    act(m, "JPN", { type: "order", order: { kind: "declareWar", target: "SUN" } });
    advanceTo(m, "resolution");
    act(m, "system", { type: "advance" });
    advanceTo(m, "report", START + 1);
    expect(m.state.powers["JPN"]?.alive).toBe(true);
    const war = Object.values(m.state.wars).find((w) => w.aggressor === "JPN");
    expect(war?.endedTurn).toBeUndefined();
    expect(war?.sides).toEqual([["JPN"], ["SUN"]]);
  });
});
