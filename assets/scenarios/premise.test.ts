/**
 * Events whose premise no longer holds (issue 10 item 4, issue 11 "no stale events"), in the
 * 1933 scenario: the players signed the Franco-Soviet treaty in 1933, or Germany took Austria
 * in the Dollfuss putsch of July 1934. The later event neither makes the treaty twice nor opens
 * a crisis about a state that is gone, and the news says why.
 */
import {
  ActionSchema,
  buildDebrief,
  compile,
  createInitialState,
  lapseOf,
  type GameState,
  type Treaty,
} from "@cs/shared";
import { act, advanceTo, startMatch, type Match } from "@cs/shared/testing";
import { describe, expect, it } from "vitest";
import { playHistory } from "./history.ts";
import { loadScenario } from "./load.ts";

const scenario = loadScenario();
const T_1934_II = 3;
const T_1935_I = 4;
const T_1936_II = 7;
const T_1938_I = 10;

function match(): Match {
  return startMatch(scenario, { seed: 1933, historicalEvents: true });
}

const crisis = (s: GameState, event: string) =>
  Object.values(s.decisions).filter((x) => x.kind === "crisis" && x.ref === event);
const lapses = (s: GameState, event: string) =>
  s.news.filter((n) => n.key.startsWith("news.premise") && n.params["event"] === event);

/** France and the USSR sign and ratify a treaty of mutual assistance in 1933. */
function signedIn1933(): Match {
  const m = match();
  advanceTo(m, "diplomacy", 0);
  const draft = {
    name: "Franco-Soviet Pact of 1933",
    parties: ["FRA", "SUN"],
    clauses: [{ kind: "consultation" }, { kind: "mutualAssistance", mode: "automatic" }],
  };
  act(m, "FRA", ActionSchema.parse({ type: "propose", draft }));
  const id = Object.values(m.state.treaties).find((t) => t.name === draft.name)?.id ?? "";
  act(m, "SUN", { type: "sign", treaty: id });
  advanceTo(m, "orders", 0);
  for (const p of ["FRA", "SUN"])
    act(m, p, { type: "order", order: { kind: "ratify", treaty: id } });
  return m;
}

describe("the players signed the Franco-Soviet treaty in 1933", () => {
  const m = signedIn1933();
  advanceTo(m, "orders", T_1935_I);
  const in1935 = m.state;
  advanceTo(m, "report", T_1936_II);

  it("their treaty is in force before the talks of 1935", () => {
    const theirs = Object.values(in1935.treaties).find(
      (t) => t.name === "Franco-Soviet Pact of 1933",
    );
    expect(theirs?.status).toBe("inForce");
  });

  it("the 1935 talks do not open: no choice is asked of France or the USSR", () => {
    expect(in1935.fired["franco-soviet-treaty"]).toBeUndefined();
    expect(crisis(in1935, "franco-soviet-treaty")).toEqual([]);
  });

  it("the news says the treaty is already in force", () => {
    expect(lapses(in1935, "franco-soviet-treaty")).toMatchObject([
      { key: "news.premiseTreaty", turn: T_1935_I, params: { name: "Franco-Soviet Pact of 1933" } },
    ]);
  });

  it("no second Franco-Soviet treaty of mutual assistance is made by 1936", () => {
    const pacts = Object.values(m.state.treaties).filter(
      (t) =>
        t.parties.includes("FRA") &&
        t.parties.includes("SUN") &&
        t.clauses.some((c) => c.kind === "mutualAssistance"),
    );
    expect(pacts.map((t) => t.name)).toEqual(["Franco-Soviet Pact of 1933"]);
    expect(m.state.fired["franco-soviet-ratification"]).toBeUndefined();
  });

  it("the debrief tells the talks as having come about otherwise", () => {
    const row = buildDebrief(m.state, m.ctx).timeline.find(
      (r) => r.event === "franco-soviet-treaty",
    );
    expect(row?.divergence).toBe("otherwise");
  });

  it("the other events of 1935 still fire (the Soviet–Czechoslovak treaty among them)", () => {
    expect(in1935.fired["soviet-czechoslovak-treaty"]).toBe(T_1935_I);
    expect(in1935.fired["anglo-german-naval-agreement"]).toBe(T_1935_I);
  });
});

describe("Germany took Austria in the putsch of July 1934", () => {
  const m = match();
  advanceTo(m, "orders", T_1934_II);
  for (const [power, choice] of [
    ["DEU", "back-putsch"],
    ["ITA", "stand-aside"],
  ] as const) {
    const x = crisis(m.state, "dollfuss-putsch").find((y) => y.power === power);
    act(m, power, { type: "decide", decision: x?.id ?? "", choice });
  }
  advanceTo(m, "report", T_1934_II);
  const after1934 = m.state;
  advanceTo(m, "orders", T_1938_I);

  it("Austria is German from 1934", () => {
    expect(after1934.regions["austria"]?.owner).toBe("DEU");
  });

  it("no Anschluss crisis in 1938: nothing is asked of Germany or Italy", () => {
    expect(m.state.fired["anschluss"]).toBeUndefined();
    expect(crisis(m.state, "anschluss")).toEqual([]);
  });

  it("the news says why", () => {
    const lines = lapses(m.state, "anschluss");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.turn).toBe(T_1938_I);
    expect(["news.premiseGone", "news.premiseTerritory"]).toContain(lines[0]?.key);
    expect(lines[0]?.params["power"]).toBe("AUT");
  });

  it("the debrief tells the Anschluss as having come about otherwise", () => {
    const row = buildDebrief(m.state, m.ctx).timeline.find((r) => r.event === "anschluss");
    expect(row?.divergence).toBe("otherwise");
  });

  it("the crises about Czechoslovakia still come (they do not hang on Austria)", () => {
    expect(m.state.fired["sudeten-crisis"]).toBe(T_1938_I);
  });
});

describe("the historical path (history.json)", () => {
  it("has no event whose premise lapses: every one comes on time", () => {
    const run = playHistory(scenario);
    expect(run.errors).toEqual([]);
    expect(run.state.news.filter((n) => n.key.startsWith("news.premise"))).toEqual([]);
  });
});

/** The 1933 state with one fact of the world changed, and the event's premise read in it. */
const ctx = compile(scenario);
const start = createInitialState(scenario, { seed: 1933, historicalEvents: true });
type Change = (s: GameState) => GameState;
const gone =
  (p: string): Change =>
  (s) => ({ ...s, powers: { ...s.powers, [p]: { ...s.powers[p]!, alive: false } } });
const held =
  (r: string, owner: string, controller = owner): Change =>
  (s) => ({ ...s, regions: { ...s.regions, [r]: { ...s.regions[r]!, owner, controller } } });
const war =
  (a: string, b: string): Change =>
  (s) => ({
    ...s,
    wars: {
      ...s.wars,
      wx: { id: "wx", aggressor: a, victim: b, sides: [[a], [b]], startTurn: 0 } as never,
    },
  });
/** A pact the players signed, in force, with these kinds of clause. */
const pact =
  (parties: string[], kinds: string[]): Change =>
  (s) => {
    const t: Treaty = {
      id: "players-pact",
      name: "The players' pact",
      parties,
      clauses: kinds.map((kind) => ({ kind, secret: false }) as never),
      status: "inForce",
      proposer: parties[0] ?? "FRA",
      proposedTurn: 0,
      signatures: parties,
      ratifications: {},
      revealedTo: [],
      public: true,
    };
    return { ...s, treaties: { ...s.treaties, [t.id]: t } };
  };

describe("the 1933 scenario's events lapse when their premise is gone", () => {
  it.each<[string, string, Change, string]>([
    // A pact the parties already have (signed by the players).
    [
      "franco-soviet-treaty",
      "France and the USSR",
      pact(["FRA", "SUN"], ["mutualAssistance"]),
      "treaty",
    ],
    [
      "franco-soviet-treaty",
      "an Eastern Pact without Germany in force (the historical bots' variety makes one in 1934)",
      pact(
        ["SUN", "POL", "CSK", "LTU", "LVA", "EST", "FIN", "FRA"],
        ["consultation", "mutualAssistance"],
      ),
      "treaty",
    ],
    [
      "soviet-czechoslovak-treaty",
      "the USSR and Czechoslovakia",
      pact(["SUN", "CSK"], ["consultation", "mutualAssistance"]),
      "treaty",
    ],
    [
      "anglo-german-naval-agreement",
      "Britain and Germany",
      pact(["GBR", "DEU"], ["navalLimitation"]),
      "treaty",
    ],
    [
      "anti-comintern-pact",
      "Germany and Japan",
      pact(["DEU", "JPN"], ["consultation", "nonAggression"]),
      "treaty",
    ],
    [
      "pact-of-steel",
      "Germany and Italy",
      pact(["DEU", "ITA"], ["consultation", "mutualAssistance"]),
      "treaty",
    ],
    [
      "molotov-ribbentrop",
      "Germany and the USSR",
      pact(["DEU", "SUN"], ["nonAggression", "spheres"]),
      "treaty",
    ],
    // A party gone, or at war with the other.
    ["anglo-german-naval-agreement", "Britain at war with Germany", war("DEU", "GBR"), "atWar"],
    ["pact-of-steel", "Italy gone", gone("ITA"), "gone"],
    // The state or the territory a crisis is about, gone.
    ["anschluss", "Austria gone", gone("AUT"), "gone"],
    ["anschluss", "Austria already German", held("austria", "DEU"), "territory"],
    ["sudeten-crisis", "the Sudetenland already German", held("sudetenland", "DEU"), "territory"],
    ["munich", "Czechoslovakia gone", gone("CSK"), "gone"],
    ["munich", "the Sudetenland already German", held("sudetenland", "DEU"), "territory"],
    ["prague", "Bohemia occupied", held("bohemia-moravia", "CSK", "DEU"), "territory"],
    ["danzig", "Poland gone", gone("POL"), "gone"],
    ["danzig", "Danzig already German", held("danzig", "DEU"), "territory"],
    ["ethiopia", "Ethiopia gone", gone("ETH"), "gone"],
    ["ethiopia", "Italy already at war with Ethiopia", war("ITA", "ETH"), "atWar"],
    ["albania", "Albania already Italian", held("albania", "ITA"), "territory"],
    ["memel", "Lithuania gone", gone("LTU"), "gone"],
    ["stresa", "Austria already German", held("austria", "DEU"), "territory"],
    ["hoare-laval", "Ethiopia already Italian", held("east-africa", "ITA"), "territory"],
    ["anglo-polish-agreement", "Poland gone", gone("POL"), "gone"],
    ["guarantee-to-poland", "Poland gone", gone("POL"), "gone"],
  ])("%s: %s", (id, _what, change, lapse) => {
    const ev = ctx.events.get(id);
    expect(ev).toBeDefined();
    if (!ev) return;
    expect(lapseOf(start, ctx, ev)).toBeUndefined();
    expect(lapseOf(change(start), ctx, ev)?.lapse).toBe(lapse);
  });
});
