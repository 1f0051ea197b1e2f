/**
 * A later start point describes its own date (issue 18): the objectives still open then (none
 * that history settled before the start), the score read against the start, and the League
 * sanctions on Italy in force at 1936-I with their real date, lifted before 1938.
 */
import {
  buildDebrief,
  compile,
  createInitialState,
  holds,
  ScenarioSchema,
  scores,
  validateScenario,
  type GameState,
  type Scenario,
} from "@cs/shared";
import { describe, expect, it } from "vitest";
import { loadLocales } from "../scripts/scenario-check.ts";
import { HISTORY_1933, playHistory } from "./history.ts";
import { loadScenario } from "./load.ts";
import { START_POINTS, startPointScenario } from "./start-points.ts";

const locales = loadLocales();
const scenarios = new Map<string, Scenario>(
  START_POINTS.map((l) => [l, ScenarioSchema.parse(startPointScenario(l).scenario)]),
);
const at = (label: string): Scenario => {
  const s = scenarios.get(label);
  if (!s) throw new Error(label);
  return s;
};
const opening = (s: Scenario): GameState => createInitialState(s, { seed: 1 });

/**
 * Aims history settled before a start point, each with the date it was settled
 * (../shared/design/timeline.md): none may be offered at or after it.
 */
const SETTLED: readonly [objective: string, settled: string, what: string][] = [
  ["jpn-free-hand", "1935-I", "Japan out of the League: notice 27 Mar 1933, in effect Mar 1935"],
  ["deu-rhineland", "1936-II", "Rhineland remilitarised, 7 Mar 1936"],
  ["fra-rhineland", "1936-II", "Rhineland remilitarised, 7 Mar 1936"],
  // The conquest is the News of 1936-I that opens a match from that start (event ethiopia-conquered).
  ["ita-ethiopia", "1936-I", "Addis Ababa taken, 5 May 1936"],
  ["gbr-imperial-route", "1936-I", "Addis Ababa taken, 5 May 1936"],
  ["ita-no-oil-embargo", "1936-II", "sanctions lifted without oil, 15 Jul 1936"],
  ["jpn-german-partner", "1937-I", "Anti-Comintern Pact, 25 Nov 1936"],
  ["deu-austria", "1938-II", "Anschluss, 12–13 Mar 1938"],
  ["fra-austria", "1938-II", "Anschluss, 12–13 Mar 1938"],
  ["ita-austria-buffer", "1938-II", "Anschluss, 12–13 Mar 1938"],
  ["csk-austria", "1938-II", "Anschluss, 12–13 Mar 1938"],
  ["deu-sudetenland", "1938-II", "Munich, 29–30 Sep 1938"],
  ["csk-frontier", "1938-II", "Munich, 29–30 Sep 1938"],
  ["fra-eastern-allies", "1938-II", "Munich, 29–30 Sep 1938"],
  ["pol-teschen", "1938-II", "Teschen taken, 1–2 Oct 1938"],
  ["csk-unity", "1938-II", "Teschen taken, 1–2 Oct 1938; First Vienna Award, 2 Nov 1938"],
];

/**
 * Aims that already hold at a start point and are in play there: each is something to keep,
 * not something gained, and the debrief's baseline shows it held at the start.
 */
const KEPT: Readonly<Record<string, readonly string[]>> = {
  "1935-I": [
    "deu-no-general-war",
    "fra-rhineland",
    "fra-frontier",
    "fra-eastern-allies",
    "fra-austria",
    "fra-no-general-war",
    "gbr-no-general-war",
    "gbr-low-tension",
    "gbr-low-countries",
    "gbr-naval-supremacy",
    "gbr-imperial-route",
    "gbr-good-faith",
    "sun-no-war-with-germany",
    "sun-league",
    "sun-no-war-with-japan",
    "ita-austria-buffer",
    "ita-no-oil-embargo",
    "ita-navy",
    "ita-no-general-war",
    "pol-independence",
    "pol-western-lands",
    "pol-no-foreign-troops",
    "pol-eastern-lands",
    "pol-effective-ally",
    "csk-frontier",
    "csk-unity",
    "csk-little-entente",
    "csk-austria",
    "csk-league",
    "rou-bessarabia",
    "rou-transylvania",
    "rou-polish-alliance",
    "rou-no-passage",
    "rou-peace",
    "jpn-no-war-with-ussr",
    "jpn-no-war-with-usa",
    "usa-neutrality",
    "usa-no-general-war",
    "usa-open-door",
  ],
  "1936-I": [
    "deu-no-general-war",
    "fra-rhineland",
    "fra-frontier",
    "fra-eastern-allies",
    "fra-austria",
    "fra-no-general-war",
    "gbr-no-general-war",
    "gbr-low-tension",
    "gbr-low-countries",
    "gbr-naval-supremacy",
    "gbr-good-faith",
    "gbr-no-war-with-italy",
    "sun-no-war-with-germany",
    "sun-league",
    "sun-no-war-with-japan",
    "ita-austria-buffer",
    "ita-no-oil-embargo",
    "ita-navy",
    "ita-no-general-war",
    "ita-empire",
    "pol-independence",
    "pol-western-lands",
    "pol-no-foreign-troops",
    "pol-eastern-lands",
    "pol-effective-ally",
    "csk-frontier",
    "csk-unity",
    "csk-little-entente",
    "csk-austria",
    "csk-league",
    "rou-bessarabia",
    "rou-transylvania",
    "rou-polish-alliance",
    "rou-no-passage",
    "rou-peace",
    "jpn-no-war-with-ussr",
    "jpn-no-war-with-usa",
    "usa-neutrality",
    "usa-no-general-war",
    "usa-open-door",
  ],
  "1938-I": [
    "deu-no-general-war",
    "fra-frontier",
    "fra-eastern-allies",
    "fra-austria",
    "fra-no-general-war",
    "fra-soviet-pact",
    "gbr-no-general-war",
    "gbr-low-countries",
    "gbr-naval-supremacy",
    "gbr-good-faith",
    "gbr-czech-peace",
    "sun-no-war-with-germany",
    "sun-league",
    "sun-western-ally",
    "sun-passage",
    "sun-no-war-with-japan",
    "ita-austria-buffer",
    "ita-navy",
    "ita-no-general-war",
    "ita-empire",
    "pol-independence",
    "pol-western-lands",
    "pol-no-foreign-troops",
    "pol-eastern-lands",
    "pol-effective-ally",
    "csk-frontier",
    "csk-unity",
    "csk-little-entente",
    "csk-austria",
    "csk-league",
    "rou-bessarabia",
    "rou-transylvania",
    "rou-polish-alliance",
    "rou-peace",
    "jpn-no-war-with-ussr",
    "jpn-no-war-with-usa",
    "usa-neutrality",
    "usa-no-general-war",
  ],
  "1939-I": [
    "deu-no-general-war",
    "deu-no-war-with-britain",
    "fra-frontier",
    "fra-no-general-war",
    "fra-no-war-with-italy",
    "fra-soviet-pact",
    "fra-poland",
    "gbr-no-general-war",
    "gbr-low-countries",
    "gbr-naval-supremacy",
    "gbr-good-faith",
    "gbr-poland-independent",
    "sun-no-war-with-germany",
    "sun-league",
    "sun-western-ally",
    "sun-passage",
    "sun-no-war-with-japan",
    "ita-navy",
    "ita-no-general-war",
    "ita-empire",
    "ita-no-war-with-france",
    "pol-independence",
    "pol-western-lands",
    "pol-no-foreign-troops",
    "pol-eastern-lands",
    "pol-effective-ally",
    "pol-danzig-free",
    "csk-little-entente",
    "csk-league",
    "csk-bohemia",
    "csk-slovakia",
    "rou-bessarabia",
    "rou-transylvania",
    "rou-polish-alliance",
    "rou-peace",
    "jpn-no-war-with-ussr",
    "jpn-no-war-with-usa",
    "usa-neutrality",
    "usa-no-general-war",
  ],
};

describe.each(START_POINTS)("the aims at %s", (label) => {
  const scenario = at(label);
  const ctx = compile(scenario);
  const state = opening(scenario);

  it("pass the checks with no warning: 4–7 objectives a seat, about 100 points", () => {
    const result = validateScenario(startPointScenario(label).scenario, {
      locales,
      seatObjectives: true,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each(SETTLED)("%s, settled in %s (%s), is offered only before", (id, settled) => {
    const offered = scenario.objectives.some((o) => o.id === id);
    expect(offered).toBe(label < settled);
    expect(loadScenario().objectives.some((o) => o.id === id)).toBe(true);
  });

  it("holds at the start only the aims a power must keep", () => {
    const held = ctx.objectives.filter((o) => holds(state, ctx, o.condition)).map((o) => o.id);
    expect(held).toEqual(KEPT[label]);
  });

  it("the debrief reads the score against the start", () => {
    const d = buildDebrief(state, ctx);
    expect(d.baseline).toEqual(scores(state, ctx));
    for (const [power, s] of Object.entries(d.scores)) {
      const ids = ctx.objectives.filter((o) => o.power === power).map((o) => o.id);
      expect(s.objectives.map((o) => o.id)).toEqual(ids);
      expect(d.baseline[power]?.objectives.map((o) => o.id)).toEqual(ids);
    }
  });
});

describe("the 1933 start keeps the aims of January 1933", () => {
  it("offers every objective without a start window or one that holds 1933-I", () => {
    const base = loadScenario();
    const ids = compile(base).objectives.map((o) => o.id);
    expect(ids).toContain("jpn-free-hand");
    expect(ids).not.toContain("csk-bohemia");
    expect(ids).toHaveLength(base.objectives.filter((o) => !o.starts?.from).length);
  });
});

describe("League sanctions on Italy across the start points (timeline.md)", () => {
  it("1936-I: in force since the 18 November 1935, by the League, AUT HUN ALB refusing", () => {
    const scenario = at("1936-I");
    expect(scenario.sanctions).toHaveLength(1);
    const [x] = scenario.sanctions;
    expect(x).toMatchObject({
      id: "sanctions-ita-1935-ii",
      target: "ITA",
      oil: false,
      since: "1935-II",
      imposed: "1935-11-18",
      refusing: ["AUT", "HUN", "ALB"],
    });
    expect(x?.applying).toEqual(expect.arrayContaining(["FRA", "GBR", "SUN", "POL", "CSK"]));
    expect(x?.applying).not.toContain("ITA");
    const state = opening(scenario);
    expect(state.sanctions["sanctions-ita-1935-ii"]).toMatchObject({
      active: true,
      since: 5,
      imposedOn: "1935-11-18",
    });
    const d = buildDebrief(state, compile(scenario));
    expect(d.sanctions).toEqual([
      expect.objectContaining({
        target: "ITA",
        inherited: true,
        imposedOn: "1935-11-18",
        lifted: null,
        motion: null,
      }),
    ]);
  });

  it("1936-I: lifted once Ethiopia falls, as on 15 July 1936, and the debrief says when", () => {
    // The match from 1936-I played as history went on (history.json), to the News of 1937-I.
    const scenario = at("1936-I");
    const ctx = compile(scenario);
    const run = playHistory(scenario, HISTORY_1933, { until: "1937-I" });
    // The only history the start cannot replay: the answers it already holds (who refused).
    expect(run.errors.map((e) => [e.turn, e.by, e.what, e.code])).toEqual(
      ["AUT", "HUN", "ALB"].map((p) => ["1936-I", p, "sanctions refuse", "ERR_NO_DECISION"]),
    );
    const state = run.state;
    const x = state.sanctions["sanctions-ita-1935-ii"];
    // Ethiopia falls in the News that opens 1936-I; the League lifts them in 1936-II (turn 7).
    expect(state.fired["sanctions-lifted"]).toBe(7);
    expect(x?.active).toBe(false);
    const d = buildDebrief(state, ctx);
    const row = d.sanctions.find((s) => s.id === "sanctions-ita-1935-ii");
    expect(row).toMatchObject({ inherited: true, lifted: 7, imposedOn: "1935-11-18" });
  });

  it.each(["1938-I", "1939-I"])("%s: none in force; their end is history's", (label) => {
    const scenario = at(label);
    expect(scenario.sanctions).toEqual([]);
    expect(scenario.inherited?.fired["sanctions-lifted"]).toBe("1936-II");
    const d = buildDebrief(opening(scenario), compile(scenario));
    const row = d.timeline.find((r) => r.event === "sanctions-lifted");
    expect(row?.divergence).toBe("inherited");
    expect(row?.note.date).toBe("1936-07-15");
  });

  it("1935-I: none yet", () => {
    expect(at("1935-I").sanctions).toEqual([]);
  });
});
