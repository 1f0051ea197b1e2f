import { beforeAll, describe, expect, test } from "vitest";
import i18next from "i18next";
import { CLAUSE_KINDS, ClauseSchema, type ClauseInput } from "@cs/shared";
import { clauseText, diffTreaties, articles } from "./clause-text.ts";
import { defaultClause, emptyEditor, fromTreaty, toDraft, toggleParty } from "./editor-model.ts";
import { problemText } from "./names.ts";
import { testI18n } from "./test-i18n.ts";

beforeAll(() => testI18n("en"));

describe("clauses in plain language", () => {
  test("the British guarantee to Poland (31 March 1939): independence, if Poland resists", () => {
    const c: ClauseInput = {
      kind: "guarantee",
      guarantors: ["GBR", "FRA"],
      beneficiary: "POL",
      scope: "independence",
      mode: "automatic",
      conditions: [{ kind: "victimResists" }],
    };
    expect(clauseText(c)).toBe(
      "Britain and France guarantee the independence of Poland, with automatic assistance against any aggressor, if the victim resists.",
    );
  });

  test("the Soviet–Czechoslovak protocol (16 May 1935): only if France assists first", () => {
    const text = clauseText({
      kind: "mutualAssistance",
      mode: "automatic",
      conditions: [{ kind: "thirdPartyActs", power: "FRA" }],
    });
    expect(text).toContain("provided that France assists first");
  });

  test("the Anglo-German naval agreement (18 June 1935) reads 35%", () => {
    expect(
      clauseText({ kind: "navalLimitation", limited: "DEU", relativeTo: "GBR", ratio: 0.35 }),
    ).toBe("The navy of Germany will not exceed 35% of that of Britain.");
  });

  test("in French, with French typography", async () => {
    await i18next.changeLanguage("fr");
    expect(
      clauseText({ kind: "navalLimitation", limited: "DEU", relativeTo: "GBR", ratio: 0.35 }),
    ).toMatch(/35\s%/u);
    expect(clauseText({ kind: "nonIntervention", conflict: "spain" })).toContain(
      "«\u00a0spain\u00a0»",
    );
    await i18next.changeLanguage("en");
  });

  test.each(CLAUSE_KINDS)("every kind has words: %s", (kind) => {
    const c = { ...defaultClause(kind, ["FRA", "SUN"], "FRA") } as Record<string, unknown>;
    if (Array.isArray(c["regions"]) && (c["regions"] as unknown[]).length === 0)
      c["regions"] = ["saar"];
    if (kind === "spheres") c["spheres"] = [{ power: "SUN", regions: ["estonia"] }];
    if (kind === "nonIntervention") c["conflict"] = "spain";
    if (kind === "accession") c["treaty"] = "anti-comintern";
    if (kind === "arbitration") c["arbiters"] = ["DEU", "ITA"];
    const text = clauseText(ClauseSchema.parse(c));
    expect(text).not.toMatch(/clause\.|\{\{/);
    expect(text.length).toBeGreaterThan(10);
  });
});

describe("treaty law as the record wrote it (issue 13)", () => {
  test.each([
    [
      "Pact of Steel, 22 May 1939, art. III: help in any war, whoever began it",
      { kind: "mutualAssistance", mode: "automatic", casus: "unconditional" },
      "Each party will give automatic assistance to any other party at war, whoever began it.",
    ],
    [
      "Franco-Soviet treaty, 2 May 1935, art. 2: a European state, the parties' own territory",
      { kind: "mutualAssistance", mode: "automatic", against: "european", territory: "parties" },
      "Each party will give automatic assistance to any other party attacked by a European state, on the territory of a party.",
    ],
    [
      "Locarno, 16 Oct 1925, art. 4(3): also on a flagrant breach",
      {
        kind: "guarantee",
        guarantors: ["GBR", "ITA"],
        beneficiary: "FRA",
        scope: "borders",
        mode: "automatic",
        against: "DEU",
        flagrantBreach: true,
      },
      "Britain and Italy guarantee the borders of France, with automatic assistance against Germany, or on a flagrant breach of a demilitarised zone of this treaty.",
    ],
  ] as Array<[string, ClauseInput, string]>)("%s", (_why, c, text) => {
    expect(clauseText(c)).toBe(text);
  });

  test("the Anglo-Polish agreement's secret protocol (25 Aug 1939): 'a European Power' means Germany", () => {
    const clauses = [
      ClauseSchema.parse({ kind: "mutualAssistance", mode: "automatic", against: "european" }),
      ClauseSchema.parse({ kind: "qualifies", clause: 0, against: "DEU", secret: true }),
    ];
    expect(clauseText(clauses[1] as ClauseInput, clauses)).toBe(
      "Article 1 is to be understood thus: the aggressor meant is Germany.",
    );
  });

  test("in French: an unconditional alliance and a qualified article", async () => {
    await i18next.changeLanguage("fr");
    expect(
      clauseText({ kind: "mutualAssistance", mode: "automatic", casus: "unconditional" }),
    ).toContain("quel que soit l’auteur des hostilités");
    const clauses = [
      ClauseSchema.parse({ kind: "mutualAssistance", mode: "automatic", against: "european" }),
      ClauseSchema.parse({ kind: "qualifies", clause: 0, against: "DEU", secret: true }),
    ];
    expect(clauseText(clauses[1] as ClauseInput, clauses)).toMatch(/s’entend ainsi\u00a0: /u);
    await i18next.changeLanguage("en");
  });
});

describe("a counter-proposal's changes", () => {
  test("added and removed articles, parties and duration", () => {
    const before = {
      parties: ["FRA", "SUN"],
      duration: 10,
      clauses: [ClauseSchema.parse({ kind: "mutualAssistance", mode: "automatic" })],
    };
    const after = {
      parties: ["FRA", "SUN", "CSK"],
      duration: 5,
      clauses: [
        ClauseSchema.parse({ kind: "mutualAssistance", mode: "consultative" }),
        ClauseSchema.parse({ kind: "consultation", secret: true }),
      ],
    };
    const d = diffTreaties(before, after);
    expect(d.added).toHaveLength(2);
    expect(d.added[1]).toContain("(Secret (protocol))");
    expect(d.removed).toEqual([expect.stringContaining("automatic assistance")]);
    expect(d.parties?.after).toContain("CSK");
    expect(d.duration).toEqual({ before: 10, after: 5 });
  });

  test("an unchanged treaty has no changes", () => {
    const x = { parties: ["FRA", "SUN"], clauses: [ClauseSchema.parse({ kind: "consultation" })] };
    expect(diffTreaties(x, { ...x, parties: ["SUN", "FRA"] })).toEqual({ added: [], removed: [] });
  });

  test("secret articles go on the protocol sheet", () => {
    const { open, secret } = articles([
      ClauseSchema.parse({ kind: "trade" }),
      ClauseSchema.parse({ kind: "consultation", secret: true }),
    ]);
    expect(open.map((c) => c.kind)).toEqual(["trade"]);
    expect(secret.map((c) => c.kind)).toEqual(["consultation"]);
  });
});

describe("the treaty editor's drafts", () => {
  test("the proposer stays a party; others come and go", () => {
    let s = emptyEditor("FRA");
    s = toggleParty(s, "SUN", true, "FRA");
    s = toggleParty(s, "FRA", false, "FRA");
    expect(s.parties).toEqual(["FRA", "SUN"]);
    expect(toggleParty(s, "SUN", false, "FRA").parties).toEqual(["FRA"]);
  });

  test("a draft without articles is not a treaty; with one, the default title is used", () => {
    const s = { ...emptyEditor("FRA"), parties: ["FRA", "SUN"] };
    expect(toDraft(s, "Treaty").error).toBeDefined();
    s.clauses.push(defaultClause("nonAggression", s.parties, "FRA"));
    expect(toDraft(s, "Treaty between France and the USSR").draft?.name).toBe(
      "Treaty between France and the USSR",
    );
  });

  test("an incomplete article is told in words, never as the schema's path", async () => {
    // Issue 12: "clauses.0.spheres: Too small…" reached students, in English in French.
    const s = { ...emptyEditor("DEU"), parties: ["DEU", "SUN"] };
    s.clauses.push(defaultClause("nonAggression", s.parties, "DEU"));
    s.clauses.push(defaultClause("spheres", s.parties, "DEU"));
    const { error } = toDraft(s, "Treaty");
    expect(error).toEqual({ clause: 1, field: "spheres" });
    expect(problemText(s, error ?? {})).toBe(
      "Article 2 (Spheres of influence) is not complete yet: give at least one power its sphere.",
    );
    // A field the editor labels is named by its label.
    expect(problemText(s, { clause: 0, field: "guarantors" })).toBe(
      "Article 1 (Non-aggression) is not complete yet: fill in “Guarantors”.",
    );
    await i18next.changeLanguage("fr");
    expect(problemText(s, error ?? {})).toMatch(
      /^L’article 2 \(.+\) n’est pas encore complet\u00a0: /,
    );
    expect(problemText(s, {})).toMatch(/^Le traité n’est pas encore complet/);
    await i18next.changeLanguage("en");
  });

  test("an unset optional date is left out, not sent empty", () => {
    const s = {
      ...emptyEditor("DEU"),
      parties: ["DEU", "ITA"],
      clauses: [
        {
          kind: "territorialTransfer",
          regions: ["sudetenland"],
          from: "CSK",
          to: "DEU",
          on: "",
        } as ClauseInput,
      ],
    };
    const { draft } = toDraft(s, "Munich");
    expect(draft?.clauses[0]).not.toHaveProperty("on");
  });

  test("a counter-proposal starts from the proposal received", () => {
    const tr = {
      id: "t7",
      name: "Pact",
      parties: ["FRA", "SUN"],
      clauses: [ClauseSchema.parse({ kind: "consultation" })],
      duration: 4,
    };
    const s = fromTreaty(tr as Parameters<typeof fromTreaty>[0]);
    expect(s).toMatchObject({ counterOf: "t7", parties: ["FRA", "SUN"], duration: 4 });
    expect(s.clauses[0]).not.toBe(tr.clauses[0]);
  });
});

describe("an accession protocol names the treaty by its title (issue 13)", () => {
  test("Italy to the Anti-Comintern Pact, 6 November 1937: the preview shows the pact, not its id", async () => {
    const { treatyName } = await import("./names.ts");
    const view = {
      treaties: { t_0abc123: { name: "Anti-Comintern Pact" } },
    } as unknown as Parameters<typeof treatyName>[0];
    const c = ClauseSchema.parse({ kind: "accession", treaty: "t_0abc123", power: "ITA" });
    const text = clauseText(c, [c], (id) => treatyName(view, id));
    expect(text).toContain("Anti-Comintern Pact");
    expect(text).not.toContain("t_0abc123");
  });
});
