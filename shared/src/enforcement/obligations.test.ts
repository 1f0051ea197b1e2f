import { describe, expect, it } from "vitest";
import { Draft } from "../engine/draft.ts";
import type { Decision, GameState, Obligation, PowerId } from "../model/state.ts";
import type { ClauseInput } from "../treaties/clauses.ts";
import { MINI } from "../testing/mini.ts";
import { startMatch } from "../testing/drive.ts";
import { withAggression, withTreaty, type AggressionSpec } from "../testing/crisis.ts";
import {
  effectiveAssistance,
  onLeagueFinding,
  openObligations,
  resolveObligations,
} from "./obligations.ts";

const { ctx, state: base } = startMatch(MINI);

/** Treaties put in force, then an aggression whose obligations open. */
function crisis(treaties: Array<[PowerId[], ClauseInput[]]>, spec: AggressionSpec, state = base) {
  let s = state;
  for (const [parties, clauses] of treaties) s = withTreaty(s, parties, clauses).state;
  const made = withAggression(s, ctx, spec);
  const d = new Draft(made.state);
  openObligations(d, ctx, made.aggression);
  return { state: d.s, aggression: made.aggression };
}

/** Settle the open obligation decisions with the given choices (others take the default). */
function settle(state: GameState, choices: Partial<Record<PowerId, string>>): GameState {
  const d = new Draft(state);
  const batch: Decision[] = Object.values(state.decisions)
    .filter((x) => x.kind === "obligation")
    .map((x) => ({ ...x, choice: choices[x.power] ?? x.default }));
  const decisions = d.record("decisions");
  for (const x of batch) delete decisions[x.id];
  resolveObligations(d, ctx, batch);
  return d.s;
}

function obligationOf(state: GameState, power: PowerId): Obligation {
  const o = Object.values(state.obligations).find((x) => x.power === power);
  if (!o) throw new Error(`no obligation for ${power}`);
  return o;
}

function defenders(state: GameState): PowerId[] {
  return Object.values(state.wars)[0]?.sides[1] ?? [];
}

// Soviet–Czechoslovak treaty of 16 May 1935, protocol of signature: the USSR assists only
// if France, bound by its own alliance with Czechoslovakia (fra-csk in MINI), assists first.
const SOVIET_CZECH: Array<[PowerId[], ClauseInput[]]> = [
  [
    ["SUN", "CSK"],
    [
      {
        kind: "mutualAssistance",
        mode: "automatic",
        conditions: [{ kind: "thirdPartyActs", power: "FRA" }],
      },
    ],
  ],
];

describe("conditional Soviet help to Czechoslovakia (protocol of 16 May 1935)", () => {
  it("opens an obligation for France and one for the USSR when Germany attacks", () => {
    const { state } = crisis(SOVIET_CZECH, { aggressor: "DEU", victim: "CSK", resisted: true });
    expect(obligationOf(state, "FRA").status).toBe("open");
    expect(obligationOf(state, "SUN").status).toBe("open");
    const kinds = Object.values(state.decisions).map((x) => [x.power, x.kind, x.default]);
    expect(kinds).toEqual([
      ["FRA", "obligation", "honour"],
      ["SUN", "obligation", "honour"],
    ]);
  });

  it.each([
    [
      "France honours: the USSR is bound and comes",
      "honour",
      "honour",
      "honoured",
      "honoured",
      undefined,
    ],
    [
      "France breaks: the USSR's obligation lapses without breach",
      "break",
      "honour",
      "broken",
      "lapsed",
      "thirdPartyDidNotAct",
    ],
    [
      "France honours, the USSR breaks: a Soviet breach",
      "honour",
      "break",
      "honoured",
      "broken",
      undefined,
    ],
    [
      "both break: only France breaches",
      "break",
      "break",
      "broken",
      "lapsed",
      "thirdPartyDidNotAct",
    ],
  ] as const)("%s", (_name, fra, sun, fraStatus, sunStatus, sunReason) => {
    const { state } = crisis(SOVIET_CZECH, { aggressor: "DEU", victim: "CSK", resisted: true });
    const after = settle(state, { FRA: fra, SUN: sun });
    expect(obligationOf(after, "FRA").status).toBe(fraStatus);
    expect(obligationOf(after, "SUN").status).toBe(sunStatus);
    expect(obligationOf(after, "SUN").reason).toBe(sunReason);
    expect(after.powers.SUN?.breaches).toBe(sunStatus === "broken" ? 1 : 0);
    expect(defenders(after).includes("SUN")).toBe(sunStatus === "honoured");
  });

  it("binds the USSR when France is already at war on Czechoslovakia's side", () => {
    const { state } = crisis(SOVIET_CZECH, { aggressor: "DEU", victim: "CSK", resisted: true });
    const d = new Draft(state);
    const war = Object.keys(state.wars)[0] as string;
    d.entry("wars", war).sides[1].push("FRA");
    const after = settle(d.s, { FRA: "break", SUN: "break" });
    expect(obligationOf(after, "SUN").status).toBe("broken");
  });

  it("records that Soviet help cannot reach Czechoslovakia without passage", () => {
    const { state } = crisis(SOVIET_CZECH, { aggressor: "DEU", victim: "CSK", resisted: true });
    expect(obligationOf(state, "SUN").reachable).toBe(false);
    const withPassage = crisis(
      [...SOVIET_CZECH, [["ROU"], [{ kind: "militaryAccess", grantor: "ROU", grantee: "SUN" }]]],
      { aggressor: "DEU", victim: "CSK", resisted: true },
    );
    expect(obligationOf(withPassage.state, "SUN").reachable).toBe(true);
  });
});

// British guarantee to Poland, 31 March 1939: if Poland's independence is threatened and
// Poland considers it vital to resist.
const GUARANTEE_TO_POLAND: Array<[PowerId[], ClauseInput[]]> = [
  [
    ["GBR"],
    [
      {
        kind: "guarantee",
        guarantors: ["GBR"],
        beneficiary: "POL",
        scope: "independence",
        mode: "automatic",
        conditions: [{ kind: "victimResists" }],
      },
    ],
  ],
];

describe("a guarantee that binds only if the victim resists (31 March 1939)", () => {
  it.each([
    ["Poland submits: lapsed, no breach", false, "break", "lapsed", 0],
    ["Poland resists: Britain breaking is a breach", true, "break", "broken", 1],
    ["Poland resists: Britain honours and enters the war", true, "honour", "honoured", 0],
  ] as const)("%s", (_name, resisted, choice, status, breaches) => {
    const { state } = crisis(GUARANTEE_TO_POLAND, { aggressor: "DEU", victim: "POL", resisted });
    const after = settle(state, { GBR: choice });
    expect(obligationOf(after, "GBR").status).toBe(status);
    expect(after.powers.GBR?.breaches).toBe(breaches);
    if (status === "honoured") expect(defenders(after)).toContain("GBR");
  });
});

describe("breaking and honouring", () => {
  it("a breach costs credibility, raises tension and is public news", () => {
    const { state } = crisis(GUARANTEE_TO_POLAND, {
      aggressor: "DEU",
      victim: "POL",
      resisted: true,
    });
    const after = settle(state, { GBR: "break" });
    const rules = MINI.rules;
    expect(after.powers.GBR?.credibility).toBe(
      (base.powers.GBR?.credibility ?? 0) - rules.credibility.breach,
    );
    expect(after.tension).toBe(state.tension + rules.tension.breach);
    const news = after.news.find((n) => n.key === "news.obligationBroken");
    expect(news?.to).toBeUndefined();
  });

  it("honouring raises credibility and counts", () => {
    const { state } = crisis(GUARANTEE_TO_POLAND, {
      aggressor: "DEU",
      victim: "POL",
      resisted: true,
    });
    const after = settle(state, {});
    expect(after.powers.GBR?.credibility).toBe(
      (base.powers.GBR?.credibility ?? 0) + MINI.rules.credibility.honour,
    );
    expect(after.powers.GBR?.honoured).toBe(1);
  });

  it("honouring after the victim gave in means war on the aggressor all the same", () => {
    const { state } = crisis(
      [[["FRA", "AUT"], [{ kind: "mutualAssistance", mode: "automatic" }]]],
      { aggressor: "DEU", victim: "AUT", resisted: false, noWar: true },
    );
    const after = settle(state, { FRA: "honour" });
    const war = Object.values(after.wars)[0];
    expect(war?.sides).toEqual([["DEU"], ["FRA"]]);
  });

  it("a consultative promise asks for consultation by default, not war (Franco-Soviet treaty, 2 May 1935)", () => {
    const { state } = crisis(
      [[["FRA", "SUN"], [{ kind: "mutualAssistance", mode: "consultative" }]]],
      { aggressor: "DEU", victim: "SUN", resisted: true },
    );
    expect(Object.values(state.decisions)[0]?.options).toEqual(["consult", "honour", "break"]);
    const after = settle(state, {});
    expect(obligationOf(after, "FRA").status).toBe("consulted");
    expect(defenders(after)).not.toContain("FRA");
    expect(after.powers.FRA?.credibility).toBe(
      (base.powers.FRA?.credibility ?? 0) + MINI.rules.credibility.consult,
    );
  });

  it("neither the aggressor nor an assistance aimed at another power is triggered", () => {
    // fra-csk looks at Germany only: a Polish attack on Czechoslovakia triggers nothing.
    const { state } = crisis([], { aggressor: "POL", victim: "CSK", resisted: true });
    expect(Object.keys(state.obligations)).toEqual([]);
  });
});

describe("obligations that wait for a League finding", () => {
  const LEAGUE: Array<[PowerId[], ClauseInput[]]> = [
    [
      ["GBR", "ETH"],
      [{ kind: "mutualAssistance", mode: "automatic", conditions: [{ kind: "leagueFinding" }] }],
    ],
  ];

  it("stay pending without a decision until the Council condemns the aggressor", () => {
    const { state } = crisis(LEAGUE, { aggressor: "ITA", victim: "ETH", resisted: true });
    expect(obligationOf(state, "GBR")).toMatchObject({
      status: "pending",
      reason: "awaitingLeagueFinding",
    });
    expect(Object.keys(state.decisions)).toEqual([]);
    const d = new Draft(state);
    onLeagueFinding(d, ctx, "ITA");
    expect(obligationOf(d.s, "GBR").status).toBe("open");
    expect(Object.values(d.s.decisions)).toMatchObject([{ power: "GBR", kind: "obligation" }]);
  });

  it("open at once when the finding came first", () => {
    const d = new Draft(base);
    d.record("motions").m1 = {
      id: "m1",
      kind: "condemn",
      body: "council",
      target: "ITA",
      proposer: "GBR",
      turn: base.turn,
      votes: {},
      status: "passed",
    };
    const { state } = crisis(LEAGUE, { aggressor: "ITA", victim: "ETH", resisted: true }, d.s);
    expect(obligationOf(state, "GBR").status).toBe("open");
  });
});

describe("effective assistance", () => {
  it.each([
    ["a promise without a military convention is paper (Franco-Soviet treaty)", false, false],
    ["a promise with a military convention is effective", true, true],
  ])("%s", (_name, convention, effective) => {
    const clauses: ClauseInput[] = [{ kind: "mutualAssistance", mode: "automatic" }];
    if (convention) clauses.push({ kind: "militaryConvention" });
    const { state } = withTreaty(base, ["FRA", "SUN"], clauses);
    expect(effectiveAssistance(state, "FRA", "SUN")).toBe(effective);
  });
});

// German–Polish declaration of non-aggression, 26 January 1934; Germany attacked Poland on
// 1 September 1939.
describe("non-aggression pacts", () => {
  it("an aggression against a pact partner violates the pact", () => {
    const { state } = crisis([[["DEU", "POL"], [{ kind: "nonAggression" }]]], {
      aggressor: "DEU",
      victim: "POL",
      resisted: true,
    });
    const pact = Object.values(state.treaties).find((t) => t.parties.join() === "DEU,POL");
    expect(pact).toMatchObject({ status: "violated", violatedBy: "DEU" });
    expect(state.powers.DEU?.credibility).toBe(
      (base.powers.DEU?.credibility ?? 0) - MINI.rules.credibility.treatyViolated,
    );
  });

  it("honouring an obligation against a pact partner violates the pact too", () => {
    const { state } = crisis(
      [
        [["SUN", "CSK"], [{ kind: "mutualAssistance", mode: "automatic" }]],
        [["DEU", "SUN"], [{ kind: "nonAggression", neutrality: true }]],
      ],
      { aggressor: "DEU", victim: "CSK", resisted: true },
    );
    const after = settle(state, { FRA: "break", SUN: "honour" });
    const pact = Object.values(after.treaties).find((t) => t.parties.join() === "DEU,SUN");
    expect(pact).toMatchObject({ status: "violated", violatedBy: "SUN" });
  });

  it("a treaty promising help twice still makes one obligation per power", () => {
    const { state } = crisis(
      [
        [
          ["GBR", "POL"],
          [
            { kind: "mutualAssistance", mode: "automatic" },
            {
              kind: "guarantee",
              guarantors: ["GBR"],
              beneficiary: "POL",
              scope: "borders",
              mode: "automatic",
            },
          ],
        ],
      ],
      { aggressor: "DEU", victim: "POL", resisted: true },
    );
    expect(Object.values(state.obligations).map((o) => o.power)).toEqual(["GBR"]);
  });
});
