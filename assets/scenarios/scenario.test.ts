import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  apply,
  compile,
  createInitialState,
  replay,
  ScenarioSchema,
  turnIndex,
  validateScenario,
  type GameState,
  type NewMatch,
  type Scenario,
} from "@cs/shared";
import { describe, expect, it } from "vitest";
import { checkPath, loadLocales } from "../scripts/scenario-check.ts";
import { loadScenarios } from "./index.ts";
import { loadScenario, scenarioInput } from "./load.ts";
import { START_POINTS, startPoint, startPointScenario } from "./start-points.ts";
import { playHistory } from "./history.ts";

const locales = loadLocales();
const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));

describe("the 1933 scenario", () => {
  it("composes from its files with every region id known to the map", () => {
    expect(scenarioInput("europe-1933").problems).toEqual([]);
  });

  it("passes the schema, the cross-reference checks and the locale checks, with no warning", () => {
    const result = validateScenario(scenarioInput("europe-1933").input, {
      locales,
      seatObjectives: true,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each(Object.keys(locales))("has every key it needs in %s alone", (lang) => {
    const result = validateScenario(scenarioInput("europe-1933").input, {
      locales: { [lang]: locales[lang] ?? {} },
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("marks exactly one historical choice per role and gives every event a dated note", () => {
    const s = loadScenario();
    for (const e of s.events) {
      expect(e.note.date, e.id).toMatch(/^19[123]\d-\d\d/);
      for (const r of e.roles)
        expect(
          r.choices.filter((c) => c.historical),
          e.id,
        ).toHaveLength(1);
    }
  });

  it("gives every event a historical why in en and fr, with its source (the debrief reads it)", () => {
    const s = loadScenario();
    const locales = loadLocales();
    for (const lang of ["en", "fr"]) {
      const events = (locales[lang]?.["events"] as { event: Record<string, { why?: string }> })
        .event;
      for (const e of s.events) {
        const why = events[e.id]?.why ?? "";
        expect(why.length, `${lang} ${e.id}`).toBeGreaterThan(40);
        expect(why, `${lang} ${e.id}`).toMatch(/Source\s?:/);
      }
    }
  });

  it("gives the power figures and treaties their sources", () => {
    const s = loadScenario();
    for (const p of s.powers) expect(p.sources, p.id).toBeDefined();
    for (const t of s.treaties) expect(t.source.length, t.id).toBeGreaterThan(10);
  });
});

describe("scenario:check on broken fixtures", () => {
  it.each([
    [
      "unknown-region",
      "events[saar-plebiscite].effects[0].transfer.regions[0]",
      "unknown region atlantis",
    ],
    ["missing-power", "events[saar-plebiscite].roles[0].power", "unknown power XXX"],
    ["missing-power", "treaties[fra-csk].parties[1]", "unknown power ZZZ"],
    [
      "choice-without-effect",
      "events[saar-plebiscite].roles[0].choices[stay].effects",
      "the choice has no effect",
    ],
    [
      "missing-translation",
      "events[not-translated]",
      "missing translation fr/events.json: event.not-translated.headline",
    ],
    ["schema-errors", "powers[DEU].army", "expected number"],
    ["schema-errors", "regions[fr-west].kind", "expected one of"],
    ["cross-references", "objectives[deu-rhine].power", "unknown power NOPE"],
    [
      "cross-references",
      "objectives[deu-sudeten].condition.all[0].flag",
      "no effect or option sets never-set",
    ],
    [
      "cross-references",
      "objectives[deu-sudeten].condition.all[1].choiceMade.event",
      "unknown event ghost",
    ],
    ["cross-references", "treaties[locarno].clauses[1].guarantors[1]", "POL is not a party"],
    ["cross-references", "events[saar-plebiscite]", "duplicate id saar-plebiscite"],
  ])("%s: %s", (name, path, message) => {
    const report = checkPath(fixture(name));
    expect(report.problems.length).toBeGreaterThan(0);
    const found = report.problems.filter((p) => p.path === path);
    expect(found.map((p) => p.message).join(" | ")).toContain(message);
  });

  it("checks every fixture in the directory and refuses them all", () => {
    const dir = fileURLToPath(new URL("./fixtures/", import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) expect(checkPath(dir + f).problems.length, f).toBeGreaterThan(0);
  });

  it("reports a missing file or a file that is not JSON without throwing", () => {
    expect(checkPath(fixture("no-such-file")).problems[0]?.message).toBe(
      "no such file or directory",
    );
    const readme = fileURLToPath(new URL("./fixtures/README.md", import.meta.url));
    expect(checkPath(readme).problems[0]?.message).toMatch(/^not JSON/);
  });
});

describe("later start points", () => {
  it.each(START_POINTS)("%s: the history log replays to that turn", (label) => {
    const sp = startPoint(label);
    expect(sp.errors).toEqual([]);
    expect(sp.state.turn).toBe(turnIndex(label));
    expect(sp.state.phase).toBe("news");
    const again = replay({ scenario: sp.scenario, match: sp.match, log: sp.log });
    expect(again.ok && again.state).toEqual(sp.state);
  });

  it.each(START_POINTS)("%s: as a scenario of its own it passes every check", (label) => {
    const { scenario, problems } = startPointScenario(label);
    expect(problems).toEqual([]);
    const result = validateScenario(scenario, { locales, seatObjectives: true });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.scenario.start).toBe(label);
  });

  it("are offered to the server beside the 1933 start", () => {
    expect(loadScenarios().map((s) => s.start)).toEqual(["1933-I", ...START_POINTS]);
  });

  it("carry history forward: the Rhineland is remilitarised in 1938, Austria German in 1939", () => {
    const s1938 = ScenarioSchema.parse(startPointScenario("1938-I").scenario);
    const s1939 = ScenarioSchema.parse(startPointScenario("1939-I").scenario);
    expect(s1938.regions.find((r) => r.id === "rhineland")?.demilitarised).toBe(false);
    expect(s1939.regions.find((r) => r.id === "austria")?.owner).toBe("DEU");
    expect(s1939.powers.find((p) => p.id === "DEU")?.league.member).toBe(false);
  });
});

/** Advance the clock only, every decision left to its default, to the end of the match. */
function runDefaults(scenario: Scenario, match: NewMatch): GameState {
  const ctx = compile(scenario);
  let state = createInitialState(scenario, match);
  for (let i = 0; i < 200 && state.phase !== "ended"; i += 1) {
    const r = apply(state, "system", { type: "advance" }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    state = r.value.state;
  }
  return state;
}

describe("the historical events switch", () => {
  const s = loadScenario();

  it("off: events fire only inside their windows, once their triggers hold", () => {
    const state = runDefaults(s, { seed: 7, historicalEvents: false });
    for (const [id, turn] of Object.entries(state.fired)) {
      const e = s.events.find((x) => x.id === id);
      expect(e, id).toBeDefined();
      if (!e) continue;
      expect(turn, id).toBeGreaterThanOrEqual(turnIndex(e.window.from) ?? 0);
      expect(turn, id).toBeLessThanOrEqual(turnIndex(e.window.to) ?? 99);
    }
    const left = state.fired["germany-leaves-league"];
    const joined = state.fired["ussr-joins-league"];
    expect(left).toBeDefined();
    if (joined !== undefined && left !== undefined) expect(joined).toBeGreaterThan(left);
    expect(state.fired["eastern-pact-renewed"]).toBeUndefined();
  });

  it("on: events fire at their historical turns", () => {
    const state = runDefaults(s, { seed: 7, historicalEvents: true });
    for (const id of ["germany-leaves-league", "rhineland", "anschluss", "munich"]) {
      const e = s.events.find((x) => x.id === id);
      expect(state.fired[id], id).toBe(turnIndex(e?.historicalTurn ?? ""));
    }
  });
});

describe("counterfactual options", () => {
  const s = loadScenario();
  const play = (options: Record<string, string>, until?: string) =>
    playHistory(s, undefined, {
      match: { seed: 1933, historicalEvents: true, options },
      ...(until ? { until, stopAtReport: true } : {}),
    });

  it("rhinelandMobilise: France marches and the Rhineland stays demilitarised", () => {
    const run = play({ rhinelandMobilise: "yes" }, "1936-II");
    expect(run.state.regions["rhineland"]?.demilitarised).toBe(true);
    expect(run.state.flags).toContain("rhineland-riposte");
  });

  it("barthouSurvives: no assassination, and the Eastern Pact talks go on in 1935", () => {
    const run = play({ barthouSurvives: "yes" }, "1935-II");
    expect(run.state.fired["barthou-assassination"]).toBeUndefined();
    expect(run.state.fired["eastern-pact-renewed"]).toBe(turnIndex("1935-I"));
  });

  it("oilEmbargo: the League's sanctions on Italy include oil", () => {
    const run = play({ oilEmbargo: "yes" }, "1936-I");
    const sanctions = Object.values(run.state.sanctions).filter((x) => x.target === "ITA");
    expect(sanctions.some((x) => x.oil)).toBe(true);
  });

  it("passage and britishConvention: a triple alliance, and no German–Soviet pact", () => {
    const run = play({ passage: "granted", britishConvention: "yes" });
    const treaties = Object.values(run.state.treaties);
    expect(
      treaties.some((t) => t.name === "Anglo-Franco-Soviet Alliance" && t.status === "inForce"),
    ).toBe(true);
    expect(
      treaties.some((t) =>
        t.clauses.some((c) => c.kind === "militaryAccess" && c.grantor === "POL"),
      ),
    ).toBe(true);
    expect(treaties.some((t) => t.clauses.some((c) => c.kind === "spheres"))).toBe(false);
  });
});
