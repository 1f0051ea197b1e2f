import { describe, expect, it } from "vitest";
import { compile } from "../engine/context.ts";
import { Draft } from "../engine/draft.ts";
import { createInitialState } from "../engine/setup.ts";
import { triggeredBy } from "../enforcement/triggers.ts";
import { flagrantBreach } from "../enforcement/breach.ts";
import { viewFor } from "../knowledge/viewFor.ts";
import type { Aggression } from "../model/state.ts";
import { withTreaty } from "../testing/crisis.ts";
import { MINI } from "../testing/mini.ts";
import type { ClauseInput } from "./clauses.ts";
import { accede } from "./entry.ts";
import { effectiveClause } from "./terms.ts";
import { violateTreaty } from "./violations.ts";

const ctx = compile(MINI);
const fresh = () => createInitialState(MINI, { seed: 3 });

function aggression(aggressor: string, victim: string, regions: string[] = []): Aggression {
  return { id: "a1", turn: 0, kind: "war", aggressor, victim, regions, theatre: "europe" };
}

/** Who owes help to whom, for one clause between France and the USSR. */
function obliged(clause: ClauseInput, a: Aggression): string[] {
  const { state } = withTreaty(fresh(), ["FRA", "SUN"], [clause]);
  return triggeredBy(state, ctx, a)
    .filter((t) => t.treaty.name === "Test treaty")
    .map((t) => `${t.power}>${t.beneficiary}:${t.side}`);
}

describe("scope of assistance (issue 13, item 1)", () => {
  it.each([
    [
      "Franco-Soviet treaty, 2 May 1935, art. 2: a European state attacks a party's own territory",
      { kind: "mutualAssistance", mode: "automatic", against: "european", territory: "parties" },
      aggression("DEU", "FRA", ["fr-east"]),
      ["SUN>FRA:1"],
    ],
    [
      "… but not when the aggression falls outside the parties' territory",
      { kind: "mutualAssistance", mode: "automatic", against: "european", territory: "parties" },
      aggression("DEU", "FRA", ["ethiopia"]),
      [],
    ],
    [
      "… nor when the aggressor is not a European state (Ethiopia's capital is off the map)",
      { kind: "mutualAssistance", mode: "automatic", against: "european" },
      aggression("ETH", "FRA"),
      [],
    ],
    [
      "a defensive alliance does not help a partner that began the war",
      { kind: "mutualAssistance", mode: "automatic" },
      aggression("FRA", "DEU"),
      [],
    ],
    [
      "Pact of Steel, 22 May 1939, art. III: unconditional, the ally joins the aggressor's side",
      { kind: "mutualAssistance", mode: "automatic", casus: "unconditional" },
      aggression("FRA", "DEU"),
      ["SUN>FRA:0"],
    ],
    [
      "Franco-Polish alliance, 1921: a named aggressor only",
      { kind: "mutualAssistance", mode: "automatic", against: ["ITA"] },
      aggression("DEU", "FRA"),
      [],
    ],
  ] as Array<[string, ClauseInput, Aggression, string[]]>)("%s", (_why, clause, a, want) => {
    expect(obliged(clause, a)).toEqual(want);
  });
});

describe("clauses that qualify clauses (item 2): Anglo-Polish agreement, 25 Aug 1939", () => {
  const clauses: ClauseInput[] = [
    { kind: "mutualAssistance", mode: "automatic", against: "european" },
    { kind: "qualifies", clause: 0, against: "DEU", secret: true },
  ];
  it("the parties are bound by the qualified text: Italy's attack opens nothing", () => {
    const { state, treaty } = withTreaty(fresh(), ["GBR", "POL"], clauses);
    expect(effectiveClause(treaty, 0)).toMatchObject({ against: "DEU" });
    const by = (a: string) =>
      triggeredBy(state, ctx, aggression(a, "POL")).filter((t) => t.treaty.id === treaty.id);
    expect(by("ITA")).toEqual([]);
    expect(by("DEU").map((t) => t.power)).toEqual(["GBR"]);
  });
  it("outsiders see the public wording only, not the protocol or that it exists", () => {
    const { state, treaty } = withTreaty(fresh(), ["GBR", "POL"], clauses);
    const seen = viewFor(state, "DEU").treaties[treaty.id];
    expect(seen?.clauses.map((c) => c.kind)).toEqual(["mutualAssistance"]);
    expect(viewFor(state, "POL").treaties[treaty.id]?.clauses).toHaveLength(2);
  });
});

describe("accession (item 5): Italy to the Anti-Comintern Pact, 6 Nov 1937, public part", () => {
  it("sees and is bound by the public part only", () => {
    const { state, treaty } = withTreaty(
      fresh(),
      ["DEU", "POL"],
      [{ kind: "consultation" }, { kind: "nonAggression", neutrality: true, secret: true }],
    );
    const d = new Draft(state);
    accede(d, treaty.id, "ITA", "public");
    expect(d.s.treaties[treaty.id]?.parties).toContain("ITA");
    expect(viewFor(d.s, "ITA").treaties[treaty.id]?.clauses.map((c) => c.kind)).toEqual([
      "consultation",
    ]);
  });
});

describe("how treaties end (item 10): Kellogg–Briand survives a breach", () => {
  it.each([
    ["survives", "inForce"],
    ["ends", "violated"],
  ] as const)("onBreach %s → %s", (onBreach, status) => {
    const { state, treaty } = withTreaty(
      fresh(),
      ["DEU", "FRA", "GBR"],
      [{ kind: "nonAggression" }],
    );
    state.treaties[treaty.id] = {
      ...treaty,
      ends: { onBreach, lockedFor: 0, onPartyGone: "ends" },
    };
    const d = new Draft(state);
    violateTreaty(d, ctx, treaty.id, "DEU");
    expect(d.s.treaties[treaty.id]?.status).toBe(status);
  });
});

describe("guarantees against a flagrant breach (item 11): Locarno art. 4(3), 7 March 1936", () => {
  it("opens the guarantee for France without a war, and ends the demilitarising treaty", () => {
    const { state, treaty } = withTreaty(
      fresh(),
      ["DEU", "FRA", "GBR"],
      [
        { kind: "demilitarisation", regions: ["rhineland"] },
        {
          kind: "guarantee",
          guarantors: ["GBR"],
          beneficiary: "FRA",
          scope: "borders",
          mode: "automatic",
          against: "DEU",
          flagrantBreach: true,
        },
      ],
    );
    const d = new Draft(state);
    flagrantBreach(d, ctx, "DEU", "rhineland");
    const opened = Object.values(d.s.obligations).filter((o) => o.treaty === treaty.id);
    expect(opened.map((o) => [o.power, o.beneficiary])).toEqual([["GBR", "FRA"]]);
    expect(Object.values(d.s.wars)).toEqual([]);
    expect(d.s.treaties[treaty.id]?.status).toBe("violated");
  });
});
