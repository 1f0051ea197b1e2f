/**
 * The Charter epilogue (issue 17): the data is whole and sourced, the lines follow the
 * match's record (table tests over constructed records), and a typical 1933-I bot match
 * gets at least six lines of its own.
 */
import {
  driveBots,
  buildEpilogue,
  checkCharter,
  compile,
  createInitialState,
  startForces,
  type GameState,
  type Signal,
} from "@cs/shared";
import { describe, expect, it } from "vitest";
import { loadLocales } from "../scripts/scenario-check.ts";
import { loadScenario } from "../scenarios/load.ts";
import { CHARTER, CHARTER_DATA } from "./index.ts";

const scenario = loadScenario();
const start = startForces(scenario);
const signals = (s: GameState) =>
  buildEpilogue(s, start, CHARTER).lines.map((l) => l.finding.signal);

describe("the Charter data", () => {
  it("passes its checks in every language: each article cited is in the data, each sentence present", () => {
    const locales = loadLocales();
    const words = Object.fromEntries(
      Object.entries(locales).map(([lang, ns]) => [lang, ns["epilogue"] ?? {}]),
    );
    expect(Object.keys(words).sort()).toEqual(["en", "fr"]);
    expect(checkCharter(CHARTER_DATA, words).problems).toEqual([]);
  });

  it("quotes every article it cites, with the Charter as its source", () => {
    const cited = new Set([
      ...CHARTER.lessons.flatMap((l) => l.articles),
      ...CHARTER.elements.flatMap((e) => e.articles),
    ]);
    for (const id of cited) {
      const a = CHARTER.articles.find((x) => x.id === id);
      expect(a, id).toBeDefined();
      expect(a?.source).toMatch(/UN Charter/);
      expect(a?.quote.en.length).toBeGreaterThan(20);
      expect(a?.quote.fr.length).toBeGreaterThan(20);
    }
    // The list: unanimity vs 24–25, 27; passage vs 43; oil vs 41–42; finding vs 51;
    // regional vs 52–54; disarmament 11, 26.
    for (const id of ["24", "25", "27", "43", "41", "42", "51", "52", "53", "54", "11", "26"])
      expect(cited.has(id), id).toBe(true);
    expect(CHARTER.source).toMatchObject({ signed: "1945-06-26" });
    const cst = CHARTER.examples.find((e) => e.id === "cst")?.instruments;
    expect(cst?.map((i) => [i.date, i.place.en])).toEqual([
      ["1992-05-15", "Tashkent"],
      ["1995-02-10", "Almaty"],
    ]);
  });

  it("a reported catch: an article missing from the data is named", () => {
    const broken = structuredClone(CHARTER_DATA) as { lessons: { articles: string[] }[] };
    broken.lessons[0]?.articles.push("99");
    expect(checkCharter(broken).problems).toEqual([
      { path: "lessons[force].articles[2]", message: "article 99 is not in the data" },
    ]);
  });
});

/** A 1933 state with one fact of the record changed, as a match could have left it. */
function record(patch: (s: GameState) => void): GameState {
  const s = createInitialState(scenario, { seed: 7 });
  patch(s);
  return s;
}

const aggression = (s: GameState, id: string, turn: number, aggressor: string, victim: string) => {
  s.aggressions[id] = {
    id,
    turn,
    kind: "war",
    aggressor,
    victim,
    regions: [],
    theatre: "europe",
    resisted: true,
  };
};
const obligation = (
  s: GameState,
  reachable: boolean,
  status: "lapsed" | "pending" | "honoured",
  reason?: string,
) => {
  aggression(s, "a_1", 10, "DEU", "CSK");
  s.obligations["o_1"] = {
    id: "o_1",
    aggression: "a_1",
    treaty: "fra-csk-1924",
    clause: 0,
    power: "SUN",
    beneficiary: "CSK",
    mode: "automatic",
    status,
    reachable,
    reason,
  };
};
const access = (s: GameState) => {
  s.treaties["pol-sun-transit"] = {
    id: "pol-sun-transit",
    name: "Transit agreement",
    parties: ["POL", "SUN"],
    clauses: [
      { kind: "militaryAccess", grantor: "POL", grantee: "SUN", regions: [], secret: false },
    ],
    status: "inForce",
    proposer: "SUN",
    proposedTurn: 9,
    signatures: ["POL", "SUN"],
    ratifications: { POL: 9, SUN: 9 },
    signedTurn: 9,
    inForceTurn: 9,
    revealedTo: [],
    public: false,
  };
};

describe("the lines follow the record", () => {
  it.each<[string, (s: GameState) => void, Signal[], Signal[]]>([
    [
      "help could not reach, passage refused (1938: Poland and Romania, Soviet help to Prague)",
      (s) => {
        obligation(s, false, "lapsed");
        s.news.push({ turn: 10, key: "news.accessRefused", params: { by: "POL", to: "SUN" } });
        s.news.push({ turn: 9, key: "news.accessRefused", params: { by: "ROU", to: "SUN" } });
      },
      ["helpCouldNotReach"],
      ["passageGranted"],
    ],
    [
      "passage granted: the help reached, and nothing says it was refused",
      (s) => {
        obligation(s, true, "honoured");
        access(s);
      },
      ["passageGranted"],
      ["helpCouldNotReach"],
    ],
    [
      "sanctions without oil (Italy, 1935)",
      (s) => {
        s.sanctions["s_1"] = {
          id: "s_1",
          motion: "m_1",
          target: "ITA",
          oil: false,
          since: 5,
          applying: ["GBR", "FRA"],
          refusing: ["AUT"],
          active: true,
        };
      },
      ["sanctionsWithoutOil"],
      ["oilEmbargo"],
    ],
    [
      "an oil embargo: sanctions with oil are not called sanctions without it",
      (s) => {
        for (const [id, oil] of [
          ["s_1", false],
          ["s_2", true],
        ] as const)
          s.sanctions[id] = {
            id,
            motion: "m_1",
            target: "ITA",
            oil,
            since: 5,
            applying: ["GBR"],
            refusing: [],
            active: true,
          };
      },
      ["oilEmbargo"],
      ["sanctionsWithoutOil"],
    ],
    [
      "a pact that waited for a League finding",
      (s) => obligation(s, true, "pending", "awaitingLeagueFinding"),
      ["awaitedFinding", "aggression"],
      ["helpCouldNotReach"],
    ],
    [
      "a Council motion blocked by one vote, and none passed",
      (s) => {
        s.motions["m_1"] = {
          id: "m_1",
          kind: "condemn",
          body: "council",
          target: "ITA",
          victim: "ETH",
          proposer: "GBR",
          turn: 5,
          votes: { GBR: "yes", FRA: "no" },
          status: "failed",
        };
      },
      ["councilBlocked"],
      ["councilActed"],
    ],
    [
      "a Council that acted, and no motion blocked",
      (s) => {
        s.motions["m_1"] = {
          id: "m_1",
          kind: "sanctions",
          body: "council",
          target: "ITA",
          proposer: "GBR",
          turn: 5,
          votes: { GBR: "yes", FRA: "yes" },
          status: "passed",
        };
      },
      ["councilActed"],
      ["councilBlocked"],
    ],
    [
      "no rearmament: the forces of 1933 stay as they were",
      () => {},
      ["regionalPacts"],
      ["rearmament", "aggression", "helpCouldNotReach", "sanctionsWithoutOil"],
    ],
    [
      "rearmament: Germany's forces grow",
      (s) => {
        const deu = s.powers["DEU"];
        if (deu) deu.army += 30;
      },
      ["rearmament"],
      [],
    ],
  ])("%s", (_name, patch, present, absent) => {
    const got = signals(record(patch));
    for (const s of present) expect(got, s).toContain(s);
    for (const s of absent) expect(got, s).not.toContain(s);
  });

  it("names the match's own powers and year", () => {
    const s = record((x) => {
      obligation(x, false, "lapsed");
      x.news.push({ turn: 10, key: "news.accessRefused", params: { by: "POL", to: "SUN" } });
      x.news.push({ turn: 10, key: "news.accessRefused", params: { by: "ROU", to: "SUN" } });
    });
    const line = buildEpilogue(s, start, CHARTER).lines.find(
      (l) => l.finding.signal === "helpCouldNotReach",
    );
    expect(line?.finding.params).toMatchObject({
      year: 1938,
      helper: "SUN",
      victim: "CSK",
      refusers: ["POL", "ROU"],
    });
    expect(line?.articles.map((a) => a.id)).toEqual(["43"]);
  });
});

/** A whole 1933-I match, every seat a bot playing as history's governments did. */
function botMatch(seed: number): GameState {
  const ctx = compile(scenario);
  const bots = {
    seats: ctx.powerIds,
    options: () => ({ strength: "historical" as const }),
    passes: () => 1,
  };
  return driveBots({ ctx, inPlace: true }, createInitialState(scenario, { seed }), bots, {
    maxPhases: 200,
  });
}

describe("a typical 1933-I bot match", { timeout: 120_000 }, () => {
  it("ends with at least six lines of its own, each with its articles", () => {
    const end = botMatch(1933);
    expect(end.phase).toBe("ended");
    const e = buildEpilogue(end, start, CHARTER);
    expect(e.lines.length, e.lines.map((l) => l.finding.signal).join(", ")).toBeGreaterThanOrEqual(
      6,
    );
    for (const l of e.lines) {
      expect(l.articles.length).toBeGreaterThan(0);
      expect(typeof l.finding.params["year"]).toBe("number");
    }
  });
});
