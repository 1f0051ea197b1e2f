/**
 * A stand-in 1933 match for the map demo and the benchmark until the real scenario lands in
 * assets/scenarios: every 1933 owner in regions.json becomes a power, with a few treaties
 * of the period (one with a secret military convention, as the Franco-Polish one of 1921 was)
 * and the map's 1933 marks (demilitarised Rhineland, the Maginot line, standing claims).
 */
import {
  ScenarioSchema,
  createInitialState,
  viewFor,
  type GameView,
  type ScenarioInput,
} from "@cs/shared";
import { REGIONS } from "@cs/assets/map";

const GREAT = new Set(["GBR", "FRA", "DEU", "ITA", "SUN"]);
const CORE = new Set([...GREAT, "POL", "CSK"]);

const MARKS: Record<
  string,
  { demilitarised?: boolean; fortification?: number; claims?: string[] }
> = {
  rhineland: { demilitarised: true },
  ruhr: { demilitarised: true },
  "turkish-straits": { demilitarised: true },
  "alsace-lorraine": { fortification: 3 },
  "north-east-france": { fortification: 2 },
  "polish-corridor": { claims: ["DEU"] },
  danzig: { claims: ["DEU"] },
  transylvania: { claims: ["HUN"] },
  slovakia: { claims: ["HUN"] },
  vilna: { claims: ["LTU"] },
  bessarabia: { claims: ["SUN"] },
  teschen: { claims: ["POL"] },
};

export function demoScenarioInput(): ScenarioInput {
  const ids = new Set(REGIONS.map((r) => r.id));
  const owners = [...new Set(REGIONS.flatMap((r) => (r.owner ? [r.owner] : [])))].sort();
  return {
    id: "map-demo",
    version: 1,
    start: "1933-I",
    tension: 25,
    powers: owners.map((id) => {
      const held = REGIONS.filter((r) => r.owner === id);
      const capital = held.find((r) => r.capital) ?? held[0];
      return {
        id,
        seat: CORE.has(id) ? "core" : "minor",
        great: GREAT.has(id),
        government: "democracy",
        ideology: "liberal",
        capital: capital?.id ?? "",
        army: GREAT.has(id) ? 40 : 10,
        air: 10,
        navy: GREAT.has(id) ? 30 : 5,
        industry: 20,
        stability: 60,
        warSupport: 30,
        league: { member: id !== "DEU" },
      };
    }),
    regions: REGIONS.map((r) => ({
      id: r.id,
      kind: r.kind,
      ...(r.owner ? { owner: r.owner } : {}),
      adjacent: r.adjacent.filter((a) => ids.has(a)),
      ...MARKS[r.id],
    })),
    treaties: [
      {
        id: "franco-polish",
        name: "Franco-Polish Alliance",
        parties: ["FRA", "POL"],
        clauses: [
          { kind: "mutualAssistance", mode: "automatic", against: "DEU" },
          { kind: "militaryConvention", secret: true },
        ],
        signed: "1921-02-19",
        source: "Franco-Polish political agreement and secret military convention, 1921",
      },
      {
        id: "franco-czech",
        name: "Franco-Czechoslovak Treaty",
        parties: ["FRA", "CSK"],
        clauses: [{ kind: "mutualAssistance", mode: "consultative" }],
        signed: "1924-01-25",
        source: "Treaty of Alliance and Friendship, Paris 1924",
      },
      {
        id: "little-entente",
        name: "Little Entente",
        parties: ["CSK", "ROU", "YUG"],
        clauses: [{ kind: "mutualAssistance", mode: "automatic", against: "HUN" }],
        signed: "1921-06-07",
        source: "Little Entente conventions 1920–21; Pact of Organisation 1933",
      },
      {
        id: "locarno",
        name: "Rhineland Pact (Locarno)",
        parties: ["GBR", "ITA", "FRA", "BEL", "DEU"],
        clauses: [
          {
            kind: "guarantee",
            guarantors: ["GBR", "ITA"],
            beneficiary: "FRA",
            scope: "borders",
            mode: "automatic",
          },
        ],
        signed: "1925-12-01",
        source: "Treaty of Mutual Guarantee, Locarno 1925",
      },
      {
        id: "soviet-polish",
        name: "Soviet-Polish Non-Aggression Pact",
        parties: ["POL", "SUN"],
        clauses: [{ kind: "nonAggression" }],
        signed: "1932-07-25",
        source: "Soviet–Polish Non-Aggression Pact, 1932",
      },
    ],
  };
}

export interface DemoOptions {
  seat: string | null;
  /** Show later years' marks: an occupation and League sanctions, to see every pattern. */
  later: boolean;
}

export function demoView({ seat, later }: DemoOptions): GameView {
  const scenario = ScenarioSchema.parse(demoScenarioInput());
  const state = createInitialState(scenario, { seed: 1933 });
  if (later) {
    for (const id of ["sudetenland", "austria"]) {
      const r = state.regions[id];
      if (r) r.controller = "DEU";
    }
    const rh = state.regions["rhineland"];
    if (rh) rh.demilitarised = false;
    state.sanctions["s1"] = {
      id: "s1",
      motion: "m1",
      target: "ITA",
      oil: false,
      since: state.turn,
      applying: [
        "GBR",
        "FRA",
        "SUN",
        "POL",
        "CSK",
        "ROU",
        "YUG",
        "GRC",
        "TUR",
        "ESP",
        "SWE",
        "NOR",
      ],
      refusing: ["AUT", "HUN", "ALB"],
      active: true,
    };
  }
  return viewFor(state, seat ?? "spectator");
}
