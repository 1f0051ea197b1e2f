import { describe, expect, it } from "vitest";
import { Draft } from "../engine/draft.ts";
import type { GameState } from "../model/state.ts";
import { MINI } from "../testing/mini.ts";
import { withTreaty } from "../testing/crisis.ts";
import { act, advanceTo, startMatch } from "../testing/drive.ts";
import { TreatyDraftSchema, type TreatyDraftInput } from "./clauses.ts";
import { checkDraft, signatureWarnings } from "./validate.ts";

const { ctx, state: base } = startMatch(MINI);

function codes(state: GameState, by: string, draft: TreatyDraftInput): string[] {
  const r = checkDraft(state, by, TreatyDraftSchema.parse(draft), ctx);
  expect(r.error).toBeUndefined();
  return r.warnings.map((w) => w.code);
}

// German–Soviet pact, 23 August 1939: non-aggression with neutrality, and a secret protocol
// placing eastern Poland in the Soviet sphere.
const withPact = withTreaty(
  base,
  ["DEU", "SUN"],
  [
    { kind: "nonAggression", neutrality: true },
    { kind: "spheres", secret: true, spheres: [{ power: "SUN", regions: ["pol-east"] }] },
  ],
).state;

const guaranteeOfPoland = (parties: string[], guarantors: string[]): TreatyDraftInput => ({
  name: "Guarantee",
  parties,
  clauses: [
    { kind: "guarantee", guarantors, beneficiary: "POL", scope: "independence", mode: "automatic" },
  ],
});

describe("contradiction warnings", () => {
  it("help promised against a power one owes neutrality", () => {
    const draft: TreatyDraftInput = {
      name: "Assistance",
      parties: ["SUN", "FRA"],
      clauses: [{ kind: "mutualAssistance", mode: "automatic", against: "DEU" }],
    };
    expect(codes(withPact, "SUN", draft)).toContain("WARN_NEUTRALITY_PACT");
    expect(codes(base, "SUN", draft)).not.toContain("WARN_NEUTRALITY_PACT");
  });

  it("a guarantee to a state a party's secret protocol places in a sphere", () => {
    expect(codes(withPact, "SUN", guaranteeOfPoland(["SUN"], ["SUN"]))).toContain(
      "WARN_GUARANTEE_IN_SPHERE",
    );
  });

  it("never betrays a secret clause to a power that has not seen it", () => {
    // Britain drafts with the USSR: the protocol is the USSR's secret, not Britain's.
    const draft = guaranteeOfPoland(["GBR", "SUN"], ["GBR", "SUN"]);
    expect(codes(withPact, "GBR", draft)).not.toContain("WARN_GUARANTEE_IN_SPHERE");
    expect(codes(withPact, "SUN", draft)).toContain("WARN_GUARANTEE_IN_SPHERE");
    const d = new Draft(withPact);
    const pact = Object.values(withPact.treaties).find((t) => t.parties.join() === "DEU,SUN");
    d.treaty(pact?.id ?? "").public = true;
    expect(codes(d.s, "GBR", draft)).toContain("WARN_GUARANTEE_IN_SPHERE");
  });

  it("assistance the helper cannot reach (Soviet–Czechoslovak treaty, no passage)", () => {
    const draft: TreatyDraftInput = {
      name: "Assistance",
      parties: ["SUN", "CSK"],
      clauses: [{ kind: "mutualAssistance", mode: "automatic" }],
    };
    expect(codes(base, "SUN", draft)).toContain("WARN_NO_REACH");
    const withAccess: TreatyDraftInput = {
      name: "Assistance",
      parties: ["SUN", "CSK", "ROU"],
      clauses: [
        {
          kind: "guarantee",
          guarantors: ["SUN"],
          beneficiary: "CSK",
          scope: "independence",
          mode: "automatic",
        },
        { kind: "militaryAccess", grantor: "ROU", grantee: "SUN" },
      ],
    };
    expect(codes(base, "SUN", withAccess)).not.toContain("WARN_NO_REACH");
  });

  it("a naval limitation already exceeded (Anglo-German agreement, 35 %, 18 June 1935)", () => {
    const draft: TreatyDraftInput = {
      name: "Naval agreement",
      parties: ["DEU", "GBR"],
      clauses: [{ kind: "navalLimitation", limited: "DEU", relativeTo: "GBR", ratio: 0.35 }],
    };
    expect(codes(base, "DEU", draft)).toEqual([]);
    const d = new Draft(base);
    d.power("DEU").navy = 30;
    expect(codes(d.s, "DEU", draft)).toEqual(["WARN_NAVAL_EXCEEDED"]);
  });

  it("a transfer of regions a party has guaranteed, borders included", () => {
    const guaranteed = withTreaty(
      base,
      ["GBR"],
      [
        {
          kind: "guarantee",
          guarantors: ["GBR"],
          beneficiary: "POL",
          scope: "borders",
          mode: "automatic",
        },
      ],
    ).state;
    const draft: TreatyDraftInput = {
      name: "Cession",
      parties: ["DEU", "GBR"],
      clauses: [{ kind: "territorialTransfer", regions: ["pol-west"], from: "POL", to: "DEU" }],
    };
    expect(codes(guaranteed, "DEU", draft)).toEqual(["WARN_TRANSFER_PROTECTED"]);
    expect(codes(base, "DEU", draft)).toEqual([]);
  });

  it("are shown again before signing a proposal", () => {
    const s = withTreaty(
      withPact,
      ["SUN"],
      [
        {
          kind: "guarantee",
          guarantors: ["SUN"],
          beneficiary: "POL",
          scope: "independence",
          mode: "automatic",
        },
      ],
    );
    const warnings = signatureWarnings(s.state, "SUN", s.treaty.id, ctx).map((w) => w.code);
    expect(warnings).toContain("WARN_GUARANTEE_IN_SPHERE");
    // Britain sees the published neutrality pact, not the secret protocol.
    const british = signatureWarnings(s.state, "GBR", s.treaty.id, ctx).map((w) => w.code);
    expect(british).toEqual(["WARN_NEUTRALITY_PACT"]);
  });
});

describe("the engine warns at signature", () => {
  it("privately, in the news of the power that signs", () => {
    const m = startMatch(MINI);
    m.state = withPact;
    advanceTo(m, "diplomacy");
    act(m, "SUN", {
      type: "propose",
      draft: TreatyDraftSchema.parse({
        name: "Assistance",
        parties: ["SUN", "FRA"],
        clauses: [{ kind: "mutualAssistance", mode: "automatic", against: "DEU" }],
      }),
    });
    const id = Object.keys(m.state.treaties).at(-1) as string;
    act(m, "FRA", { type: "sign", treaty: id });
    // France and the USSR share no border either: WARN_NO_REACH comes too.
    const warned = m.state.news.filter(
      (n) => n.key === "news.treatyWarning" && n.params.code === "WARN_NEUTRALITY_PACT",
    );
    expect(warned.map((n) => [n.to, n.params.code])).toEqual([
      [["SUN"], "WARN_NEUTRALITY_PACT"],
      [["FRA"], "WARN_NEUTRALITY_PACT"],
    ]);
  });
});
