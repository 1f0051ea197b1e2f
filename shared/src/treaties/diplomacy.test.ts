import { describe, expect, it } from "vitest";
import { ActionSchema, type ActionInput } from "../actions/schema.ts";
import { apply } from "../engine/apply.ts";
import type { GameState } from "../model/state.ts";
import { MINI } from "../testing/mini.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";
import type { TreatyDraftInput } from "./clauses.ts";

function atDiplomacy(): Match {
  const m = startMatch(MINI);
  advanceTo(m, "diplomacy");
  return m;
}

function run(m: Match, by: string, action: ActionInput): GameState {
  return act(m, by, ActionSchema.parse(action));
}

function refusal(m: Match, by: string, action: ActionInput): string | undefined {
  const r = apply(m.state, by, ActionSchema.parse(action), m.ctx);
  return r.ok ? undefined : r.error.code;
}

const pact = (parties: string[]): TreatyDraftInput => ({
  name: "Pact",
  parties,
  clauses: [{ kind: "nonAggression" }],
});

function lastTreaty(state: GameState) {
  const ids = Object.keys(state.treaties);
  return state.treaties[ids[ids.length - 1] as string];
}

describe("proposals are checked before they are tabled", () => {
  it.each<[string, string, TreatyDraftInput, string]>([
    ["a proposer outside the treaty", "FRA", pact(["DEU", "POL"]), "ERR_NOT_A_PARTY"],
    ["an unknown power", "FRA", pact(["FRA", "XYZ"]), "ERR_UNKNOWN_POWER"],
    ["a party named twice", "FRA", pact(["FRA", "FRA"]), "ERR_INVALID_TREATY"],
    ["a bilateral clause with one party", "FRA", pact(["FRA"]), "ERR_INVALID_TREATY"],
    [
      "a guarantor that is not a party",
      "FRA",
      {
        name: "G",
        parties: ["FRA", "POL"],
        clauses: [
          {
            kind: "guarantee",
            guarantors: ["GBR"],
            beneficiary: "POL",
            scope: "independence",
            mode: "automatic",
          },
        ],
      },
      "ERR_NOT_A_PARTY",
    ],
    [
      "access granted to a non-party",
      "POL",
      {
        name: "A",
        parties: ["POL", "FRA"],
        clauses: [{ kind: "militaryAccess", grantor: "POL", grantee: "SUN" }],
      },
      "ERR_NOT_A_PARTY",
    ],
    [
      "a transfer of a sea zone",
      "DEU",
      {
        name: "T",
        parties: ["DEU", "POL"],
        clauses: [{ kind: "territorialTransfer", regions: ["baltic"], from: "POL", to: "DEU" }],
      },
      "ERR_INVALID_TREATY",
    ],
    [
      "a transfer of an unknown region",
      "DEU",
      {
        name: "T",
        parties: ["DEU", "POL"],
        clauses: [{ kind: "territorialTransfer", regions: ["atlantis"], from: "POL", to: "DEU" }],
      },
      "ERR_UNKNOWN_REGION",
    ],
    [
      "a transfer dated in the past",
      "DEU",
      {
        name: "T",
        parties: ["DEU", "ITA"],
        clauses: [
          {
            kind: "territorialTransfer",
            regions: ["sudeten"],
            from: "CSK",
            to: "DEU",
            on: "1934-II",
          },
        ],
      },
      "ERR_INVALID_TREATY",
    ],
    [
      "a transfer to a non-party",
      "ITA",
      {
        name: "T",
        parties: ["ITA", "GBR"],
        clauses: [{ kind: "territorialTransfer", regions: ["sudeten"], from: "CSK", to: "DEU" }],
      },
      "ERR_NOT_A_PARTY",
    ],
    [
      "a naval limitation against a non-party",
      "DEU",
      {
        name: "N",
        parties: ["DEU", "ITA"],
        clauses: [{ kind: "navalLimitation", limited: "DEU", relativeTo: "GBR", ratio: 0.35 }],
      },
      "ERR_NOT_A_PARTY",
    ],
    [
      "a demilitarisation of another state's region",
      "FRA",
      {
        name: "D",
        parties: ["FRA", "GBR"],
        clauses: [{ kind: "demilitarisation", regions: ["rhineland"] }],
      },
      "ERR_INVALID_TREATY",
    ],
  ])("refuses %s", (_name, by, draft, code) => {
    expect(refusal(atDiplomacy(), by, { type: "propose", draft })).toBe(code);
  });

  it("refuses proposals in the Orders phase", () => {
    const m = startMatch(MINI);
    advanceTo(m, "orders");
    expect(refusal(m, "FRA", { type: "propose", draft: pact(["FRA", "SUN"]) })).toBe(
      "ERR_WRONG_PHASE",
    );
  });

  it("accepts a conference deciding a transfer without the state that loses (Munich, 29 September 1938)", () => {
    const m = atDiplomacy();
    run(m, "DEU", {
      type: "propose",
      draft: {
        name: "Munich Agreement",
        parties: ["DEU", "ITA", "GBR", "FRA"],
        clauses: [
          {
            kind: "territorialTransfer",
            regions: ["sudeten"],
            from: "CSK",
            to: "DEU",
            on: "1935-II",
          },
        ],
      },
    });
    expect(lastTreaty(m.state)).toMatchObject({ status: "proposed", signatures: ["DEU"] });
  });

  it("tells only the parties of a proposal", () => {
    const m = atDiplomacy();
    run(m, "FRA", { type: "propose", draft: pact(["FRA", "SUN"]) });
    expect(m.state.news.at(-1)).toMatchObject({ key: "news.treatyProposed", to: ["FRA", "SUN"] });
  });
});

describe("negotiation", () => {
  it("a counter-proposal supersedes the proposal and links to it; the counter's author has signed", () => {
    const m = atDiplomacy();
    run(m, "FRA", { type: "propose", draft: pact(["FRA", "SUN"]) });
    const first = lastTreaty(m.state);
    run(m, "SUN", {
      type: "counter",
      treaty: first?.id ?? "",
      draft: {
        name: "Treaty of mutual assistance",
        parties: ["FRA", "SUN"],
        clauses: [{ kind: "mutualAssistance", mode: "consultative" }],
      },
    });
    const second = lastTreaty(m.state);
    expect(m.state.treaties[first?.id ?? ""]?.status).toBe("superseded");
    expect(second).toMatchObject({ counters: first?.id, signatures: ["SUN"], status: "proposed" });
    expect(refusal(m, "FRA", { type: "sign", treaty: first?.id ?? "" })).toBe("ERR_ALREADY_DONE");
    run(m, "FRA", { type: "sign", treaty: second?.id ?? "" });
    expect(m.state.treaties[second?.id ?? ""]).toMatchObject({
      status: "signed",
      signedTurn: m.state.turn,
    });
    expect(m.state.news.at(-1)).toMatchObject({ key: "news.treatySigned" });
    expect(m.state.news.at(-1)?.to).toBeUndefined();
  });

  it.each([
    // A proposal between others is out of sight: refused as if it did not exist (issue 15).
    ["a non-party cannot sign", "GBR", "sign", "ERR_UNKNOWN_TREATY"],
    ["the proposer cannot sign twice", "FRA", "sign", "ERR_ALREADY_DONE"],
    ["the proposer withdraws rather than rejects", "FRA", "reject", "ERR_NOT_ALLOWED"],
    ["only the proposer withdraws", "SUN", "withdraw", "ERR_NOT_ALLOWED"],
  ] as const)("%s", (_name, by, type, code) => {
    const m = atDiplomacy();
    run(m, "FRA", { type: "propose", draft: pact(["FRA", "SUN"]) });
    expect(refusal(m, by, { type, treaty: lastTreaty(m.state)?.id ?? "" })).toBe(code);
  });

  it.each([
    ["rejected by a party", "SUN", "reject", "rejected"],
    ["withdrawn by its proposer", "FRA", "withdraw", "withdrawn"],
  ] as const)("a proposal can be %s", (_name, by, type, status) => {
    const m = atDiplomacy();
    run(m, "FRA", { type: "propose", draft: pact(["FRA", "SUN"]) });
    const id = lastTreaty(m.state)?.id ?? "";
    run(m, by, { type, treaty: id });
    expect(m.state.treaties[id]?.status).toBe(status);
  });
});

// German–Soviet pact, 23 August 1939: the pact was published, its secret protocol was not.
describe("secret clauses", () => {
  function pactWithProtocol(m: Match): string {
    run(m, "DEU", {
      type: "propose",
      draft: {
        name: "German–Soviet pact",
        parties: ["DEU", "SUN"],
        clauses: [
          { kind: "nonAggression", neutrality: true },
          {
            kind: "spheres",
            secret: true,
            spheres: [
              { power: "SUN", regions: ["pol-east"] },
              { power: "DEU", regions: ["pol-west"] },
            ],
          },
        ],
      },
    });
    const id = lastTreaty(m.state)?.id ?? "";
    run(m, "SUN", { type: "sign", treaty: id });
    return id;
  }

  it("are marked per clause and stay secret until a signatory reveals them, in public", () => {
    const m = atDiplomacy();
    const id = pactWithProtocol(m);
    const t = m.state.treaties[id];
    expect(t?.clauses.map((c) => c.secret)).toEqual([false, true]);
    expect(t?.public).toBe(false);
    expect(refusal(m, "POL", { type: "reveal", treaty: id })).toBe("ERR_NOT_A_PARTY");
    run(m, "SUN", { type: "reveal", treaty: id });
    expect(m.state.treaties[id]?.public).toBe(true);
    expect(m.state.news.at(-1)).toMatchObject({ key: "news.treatyRevealed" });
    expect(m.state.news.at(-1)?.to).toBeUndefined();
    expect(refusal(m, "DEU", { type: "reveal", treaty: id })).toBe("ERR_ALREADY_DONE");
  });
});
