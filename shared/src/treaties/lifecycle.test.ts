import { describe, expect, it } from "vitest";
import { ActionSchema } from "../actions/schema.ts";
import { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";
import { MINI } from "../testing/mini.ts";
import { withTreaty } from "../testing/crisis.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";
import type { ClauseInput, TreatyDraftInput } from "./clauses.ts";
import { checkDraft } from "./validate.ts";
import { TreatyDraftSchema } from "./clauses.ts";

const START = 4; // 1935-I, the mini scenario's first turn

/** Propose and sign in the Diplomacy phase of the current turn; returns the treaty id. */
function signed(m: Match, draft: TreatyDraftInput): string {
  advanceTo(m, "diplomacy");
  const [proposer, ...others] = draft.parties;
  act(m, proposer as string, ActionSchema.parse({ type: "propose", draft }));
  const id = Object.keys(m.state.treaties).at(-1) as string;
  for (const p of others) act(m, p, { type: "sign", treaty: id });
  return id;
}

function order(m: Match, powers: readonly PowerId[], kind: "ratify" | "denounce", treaty: string) {
  advanceTo(m, "orders");
  for (const p of powers) act(m, p, { type: "order", order: { kind, treaty } });
}

function statusAfter(m: Match, id: string, turn: number): string | undefined {
  advanceTo(m, "report", turn);
  return m.state.treaties[id]?.status;
}

const bilateral = (parties: string[], clauses: ClauseInput[] = [{ kind: "nonAggression" }]) => ({
  name: "Treaty",
  parties,
  clauses,
});

describe("ratification", () => {
  // Franco-Soviet treaty: signed 2 May 1935, ratified by France in February–March 1936;
  // dictatorships ratify at once.
  it.each([
    ["two dictatorships: in force the turn they ratify", ["DEU", "ITA"], START],
    ["a democracy takes longer (Franco-Soviet treaty)", ["FRA", "SUN"], START + 1],
  ])("%s", (_name, parties, inForceTurn) => {
    const m = startMatch(MINI);
    const id = signed(m, bilateral(parties));
    expect(m.state.treaties[id]?.status).toBe("signed");
    order(m, parties, "ratify", id);
    expect(statusAfter(m, id, START)).toBe(inForceTurn === START ? "inForce" : "signed");
    expect(statusAfter(m, id, START + 1)).toBe("inForce");
    expect(m.state.treaties[id]?.inForceTurn).toBe(inForceTurn);
  });

  it("waits for every party's ratification", () => {
    const m = startMatch(MINI);
    const id = signed(m, bilateral(["DEU", "ITA"]));
    order(m, ["DEU"], "ratify", id);
    expect(statusAfter(m, id, START + 1)).toBe("signed");
  });

  it("announces entry into force publicly", () => {
    const m = startMatch(MINI);
    const id = signed(m, bilateral(["DEU", "ITA"]));
    order(m, ["DEU", "ITA"], "ratify", id);
    advanceTo(m, "report", START);
    const news = m.state.news.find((n) => n.key === "news.treatyInForce" && n.params.treaty === id);
    expect(news?.to).toBeUndefined();
  });
});

describe("denunciation and expiry", () => {
  it("a denounced treaty binds through its notice, then ends", () => {
    const m = startMatch(MINI);
    order(m, ["FRA"], "denounce", "fra-csk");
    expect(statusAfter(m, "fra-csk", START)).toBe("inForce");
    expect(m.state.treaties["fra-csk"]?.denunciation).toEqual({
      by: "FRA",
      effectiveTurn: START + 1,
    });
    expect(statusAfter(m, "fra-csk", START + 1)).toBe("denounced");
  });

  it("a treaty with a term expires after it", () => {
    const m = startMatch(MINI);
    const made = withTreaty(m.state, ["DEU", "POL"], [{ kind: "nonAggression" }]);
    const d = new Draft(made.state);
    d.treaty(made.treaty.id).duration = 2;
    m.state = d.s;
    expect(statusAfter(m, made.treaty.id, START)).toBe("inForce");
    expect(statusAfter(m, made.treaty.id, START + 1)).toBe("expired");
  });

  it.each([
    ["ratify an unsigned proposal", "ratify", "proposed", "ERR_NOT_ALLOWED"],
    ["denounce a treaty not yet in force", "denounce", "signed", "ERR_NOT_ALLOWED"],
  ] as const)("refuses to %s", (_name, kind, stage, code) => {
    const m = startMatch(MINI);
    advanceTo(m, "diplomacy");
    act(m, "DEU", ActionSchema.parse({ type: "propose", draft: bilateral(["DEU", "ITA"]) }));
    const id = Object.keys(m.state.treaties).at(-1) as string;
    if (stage === "signed") act(m, "ITA", { type: "sign", treaty: id });
    advanceTo(m, "orders");
    const r = ActionSchema.parse({ type: "order", order: { kind, treaty: id } });
    expect(() => act(m, "DEU", r)).toThrow(code);
  });
});

// Munich Agreement, 29 September 1938: Germany, Italy, Britain and France decided the
// cession of the Sudetenland without Czechoslovakia, which accepted on 30 September.
describe("a conference deciding a transfer without the state that loses", () => {
  const MUNICH: TreatyDraftInput = {
    name: "Munich Agreement",
    parties: ["DEU", "ITA", "GBR", "FRA"],
    clauses: [
      { kind: "territorialTransfer", regions: ["sudeten"], from: "CSK", to: "DEU", on: "1935-II" },
    ],
  };

  function munich(): Match {
    const m = startMatch(MINI);
    const id = signed(m, MUNICH);
    order(m, MUNICH.parties, "ratify", id);
    advanceTo(m, "report", START + 1);
    return m;
  }

  it("gives Czechoslovakia a transfer decision at the date", () => {
    const m = munich();
    const x = Object.values(m.state.decisions).find((d) => d.kind === "transfer");
    expect(x).toMatchObject({ power: "CSK", options: ["comply", "resist"], default: "comply" });
    expect(m.state.regions.sudeten?.owner).toBe("CSK");
  });

  it.each([
    ["complies: Germany owns the Sudetenland", "comply", "DEU"],
    ["does not answer: the default is compliance", undefined, "DEU"],
    ["resists: nothing passes", "resist", "CSK"],
  ])("Czechoslovakia %s", (_name, choice, owner) => {
    const m = munich();
    advanceTo(m, "diplomacy", START + 2);
    const x = Object.values(m.state.decisions).find((d) => d.kind === "transfer");
    if (choice) act(m, "CSK", { type: "decide", decision: x?.id ?? "", choice });
    advanceTo(m, "resolution", START + 2);
    expect(m.state.regions.sudeten?.owner).toBe(owner);
    expect(m.state.regions.sudeten?.controller).toBe(owner);
  });

  it("passes the regions at once when the losing state is a party", () => {
    const m = startMatch(MINI);
    const draft = { ...MUNICH, parties: ["DEU", "CSK"] };
    const id = signed(m, draft);
    order(m, draft.parties, "ratify", id);
    advanceTo(m, "report", START + 1);
    expect(m.state.regions.sudeten?.owner).toBe("DEU");
    expect(Object.values(m.state.decisions).some((d) => d.kind === "transfer")).toBe(false);
  });

  it("warns France that it is ceding the territory of a state it promised to assist", () => {
    const m = startMatch(MINI);
    const { warnings } = checkDraft(m.state, "FRA", TreatyDraftSchema.parse(MUNICH), m.ctx);
    expect(warnings.map((w) => [w.code, w.treaty])).toEqual([
      ["WARN_TRANSFER_PROTECTED", "fra-csk"],
    ]);
  });
});
