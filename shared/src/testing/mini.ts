import { ScenarioSchema, type Scenario, type ScenarioInput } from "../scenario/schema.ts";

/**
 * A small Europe for tests: enough powers, regions and treaties to express every fact the
 * rules must (conditional Soviet help, passage, sanctions, a conference, a guarantee, a
 * secret protocol), small enough to read at a glance.
 *
 *   [fr-west]-[fr-east]-[rhineland]-[ger-west]-[ger-east]-[pol-west]-[pol-east]-[sov-west]-[sov-east]
 *        |                               |          |           |                    |
 *    [channel]-[uk]                [sudeten]-[bohemia]-[slovakia]-[ruthenia]-[rom]--+
 *                                                                      (ruthenia-pol-east)
 *   [ita-north]-[ita-south]-(med)-[ethiopia]      [austria] between ger-east, bohemia, ita-north
 */
const MINI_BASE: ScenarioInput = {
  id: "mini",
  version: 1,
  start: "1935-I",
  tension: 30,
  powers: [
    p(
      "DEU",
      "core",
      true,
      "totalitarian",
      "nazi",
      "ger-east",
      { army: 40, air: 30, industry: 40 },
      false,
    ),
    p(
      "FRA",
      "core",
      true,
      "democracy",
      "liberal",
      "fr-west",
      { army: 45, air: 20, industry: 30 },
      true,
      "permanent",
    ),
    p(
      "GBR",
      "core",
      true,
      "democracy",
      "conservative",
      "uk",
      { army: 20, air: 25, navy: 60, industry: 40 },
      true,
      "permanent",
    ),
    p(
      "SUN",
      "core",
      true,
      "totalitarian",
      "communist",
      "sov-east",
      { army: 50, air: 30, industry: 35 },
      true,
      "permanent",
    ),
    p(
      "ITA",
      "core",
      true,
      "totalitarian",
      "fascist",
      "ita-south",
      { army: 30, air: 20, navy: 25, industry: 15 },
      true,
      "permanent",
    ),
    p(
      "POL",
      "core",
      false,
      "authoritarian",
      "conservative",
      "pol-east",
      { army: 30, air: 8, industry: 10 },
      true,
    ),
    p(
      "CSK",
      "core",
      false,
      "democracy",
      "liberal",
      "bohemia",
      { army: 20, air: 8, industry: 12 },
      true,
    ),
    p(
      "ROU",
      "optional",
      false,
      "authoritarian",
      "conservative",
      "rom",
      { army: 15, air: 4, industry: 6 },
      true,
    ),
    p(
      "AUT",
      "minor",
      false,
      "authoritarian",
      "conservative",
      "austria",
      { army: 5, air: 1, industry: 4 },
      true,
    ),
    p(
      "ETH",
      "minor",
      false,
      "authoritarian",
      "conservative",
      "ethiopia",
      { army: 6, air: 0, industry: 1 },
      true,
    ),
  ],
  regions: [
    land("fr-west", "FRA", ["fr-east", "channel"], 3),
    land("fr-east", "FRA", ["rhineland"], 2, { fortification: 3 }),
    land("rhineland", "DEU", ["ger-west"], 2, { demilitarised: true }),
    land("ger-west", "DEU", ["ger-east", "sudeten"], 3),
    land("ger-east", "DEU", ["pol-west", "austria", "sudeten", "baltic"], 3),
    land("pol-west", "POL", ["pol-east", "baltic"], 2, { claims: ["DEU"] }),
    land("pol-east", "POL", ["sov-west", "ruthenia"], 2),
    land("sov-west", "SUN", ["sov-east", "rom"], 2),
    land("sov-east", "SUN", [], 3),
    land("uk", "GBR", ["channel", "north-sea"], 3),
    land("sudeten", "CSK", ["bohemia", "austria"], 1, { claims: ["DEU"], fortification: 2 }),
    land("bohemia", "CSK", ["slovakia", "austria"], 2),
    land("slovakia", "CSK", ["ruthenia"], 1),
    land("ruthenia", "CSK", ["rom"], 1),
    land("rom", "ROU", ["black-sea"], 2),
    land("austria", "AUT", ["ita-north"], 1, { claims: ["DEU"] }),
    land("ita-north", "ITA", ["ita-south"], 2),
    land("ita-south", "ITA", ["med"], 2),
    {
      id: "ethiopia",
      kind: "offmap",
      owner: "ETH",
      adjacent: ["med"],
      value: 1,
      theatre: "africa",
    },
    { id: "channel", kind: "sea", adjacent: ["north-sea", "med"] },
    { id: "north-sea", kind: "sea", adjacent: ["baltic"] },
    { id: "baltic", kind: "sea", adjacent: [] },
    { id: "med", kind: "sea", adjacent: ["black-sea"] },
    { id: "black-sea", kind: "sea", adjacent: [] },
  ],
  treaties: [
    {
      id: "locarno",
      name: "Treaty of Locarno",
      parties: ["DEU", "FRA", "GBR", "ITA"],
      clauses: [
        { kind: "demilitarisation", regions: ["rhineland"] },
        {
          kind: "guarantee",
          guarantors: ["GBR", "ITA"],
          beneficiary: "FRA",
          scope: "borders",
          mode: "automatic",
        },
      ],
      signed: "1925-10-16",
      source: "Locarno Rhineland Pact, art. 1–4",
    },
    {
      id: "fra-csk",
      name: "Franco-Czechoslovak alliance",
      parties: ["FRA", "CSK"],
      clauses: [{ kind: "mutualAssistance", mode: "automatic", against: "DEU" }],
      signed: "1925-10-16",
      source: "Franco-Czechoslovak treaty of mutual guarantee, Locarno",
    },
  ],
  csi: [
    { id: "peace", weight: 40, measure: "noGeneralWar" },
    { id: "honour", weight: 30, measure: "obligationsHonoured" },
    { id: "calm", weight: 30, measure: "lowTension" },
  ],
};

/** MINI's objectives, apart from the rest: the client is built without them (issue 15). */
export const MINI_OBJECTIVES: NonNullable<ScenarioInput["objectives"]> = [
  {
    id: "deu-rhine",
    power: "DEU",
    points: 50,
    condition: { not: { demilitarised: "rhineland" } },
  },
  {
    id: "deu-sudeten",
    power: "DEU",
    points: 50,
    condition: { owns: { power: "DEU", region: "sudeten" } },
  },
  { id: "fra-rhine", power: "FRA", points: 60, condition: { demilitarised: "rhineland" } },
  { id: "fra-peace", power: "FRA", points: 40, condition: { not: { generalWar: true } } },
  {
    id: "csk-intact",
    power: "CSK",
    points: 100,
    condition: { owns: { power: "CSK", region: "sudeten" } },
  },
];

export const MINI_INPUT: ScenarioInput = { ...MINI_BASE, objectives: MINI_OBJECTIVES };

export const MINI: Scenario = /* @__PURE__ */ ScenarioSchema.parse(MINI_INPUT);

/**
 * MINI without its objectives, as the client ships it: a match may hide them, so the server
 * sends each connection those it may know.
 */
export const MINI_PUBLIC: Scenario = /* @__PURE__ */ ScenarioSchema.parse(MINI_BASE);

type Figures = { army: number; air: number; navy?: number; industry: number };

function p(
  id: string,
  seat: "core" | "optional" | "minor",
  great: boolean,
  government: "democracy" | "authoritarian" | "totalitarian",
  ideology: "liberal" | "conservative" | "fascist" | "nazi" | "communist",
  capital: string,
  f: Figures,
  member: boolean,
  council?: "permanent" | "elected",
) {
  return {
    id,
    seat,
    great,
    government,
    ideology,
    capital,
    army: f.army,
    air: f.air,
    navy: f.navy ?? 5,
    industry: f.industry,
    stability: 60,
    warSupport: 40,
    league: council ? { member, council } : { member },
  };
}

function land(
  id: string,
  owner: string,
  adjacent: string[],
  value: number,
  extra: { demilitarised?: boolean; fortification?: number; claims?: string[] } = {},
) {
  return { id, kind: "land" as const, owner, adjacent, value, ...extra };
}
