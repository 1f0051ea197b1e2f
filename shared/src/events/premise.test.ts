import { describe, expect, it } from "vitest";
import { apply } from "../engine/apply.ts";
import { Draft } from "../engine/draft.ts";
import type { GameState } from "../model/state.ts";
import type { ScenarioInput } from "../scenario/schema.ts";
import { validateScenario } from "../scenario/validate.ts";
import { MINI_INPUT } from "../testing/mini.ts";
import { withAggression, withTreaty } from "../testing/crisis.ts";
import { act, advanceTo, miniWith, startMatch, type Match } from "../testing/drive.ts";
import type { ClauseInput } from "../treaties/clauses.ts";
import { lapseOf } from "./premise.ts";

type EventInput = NonNullable<ScenarioInput["events"]>[number];

const choose = (power: string) => ({
  power,
  choices: [
    { id: "sign", historical: true, effects: [{ tension: 1 }] },
    { id: "decline", effects: [{ tension: 2 }] },
  ],
});
const both = (event: string, powers: string[]) => ({
  all: powers.map((power) => ({ choiceMade: { event, power, choice: "sign" } })),
});

/** The Sudeten crisis of 1938 as a demand: Germany against Czechoslovakia, for the Sudetenland. */
const sudeten: EventInput = {
  id: "sudeten",
  window: { from: "1935-I", to: "1936-II" },
  historicalTurn: "1935-II",
  roles: [
    {
      power: "DEU",
      against: "CSK",
      choices: [
        { id: "demand", historical: true, force: true, effects: [{ tension: 5 }] },
        { id: "wait", effects: [{ tension: -1 }] },
      ],
    },
  ],
  branches: [
    {
      id: "cession",
      when: { choiceMade: { event: "sudeten", power: "DEU", choice: "demand" } },
      effects: [{ transfer: { regions: ["sudeten"], to: "DEU" } }],
    },
  ],
  note: { date: "1938-09-29", source: "Munich Agreement, 29 September 1938" },
};

/** The Franco-Soviet treaty of mutual assistance, 2 May 1935 (fr.wikisource). */
const francoSoviet: EventInput = {
  id: "franco-soviet",
  window: { from: "1935-II", to: "1936-II" },
  historicalTurn: "1935-II",
  roles: [choose("FRA"), choose("SUN")],
  branches: [
    {
      id: "signed",
      when: both("franco-soviet", ["FRA", "SUN"]),
      effects: [
        {
          treaty: {
            name: "Franco-Soviet Treaty of Mutual Assistance",
            parties: ["FRA", "SUN"],
            clauses: [{ kind: "consultation" }, { kind: "mutualAssistance", mode: "automatic" }],
          },
        },
      ],
    },
  ],
  note: { date: "1935-05-02", source: "Traité d’assistance mutuelle, 2 mai 1935" },
};

/** A pact whose outcome also moves a frontier (Munich): a like treaty is no lapse of it. */
const munich: EventInput = {
  ...sudeten,
  id: "munich",
  branches: [
    {
      id: "agreement",
      when: { choiceMade: { event: "munich", power: "DEU", choice: "demand" } },
      effects: [
        {
          treaty: {
            name: "Munich Agreement",
            parties: ["DEU", "ITA", "GBR", "FRA"],
            clauses: [{ kind: "consultation" }],
          },
        },
        { transfer: { regions: ["sudeten"], to: "DEU" } },
      ],
    },
  ],
};

/** Italy invades Ethiopia (3 October 1935): an aggression effect, no roles. */
const ethiopia: EventInput = {
  id: "abyssinia",
  window: { from: "1935-I", to: "1936-II" },
  historicalTurn: "1935-II",
  effects: [
    {
      aggression: { aggressor: "ITA", victim: "ETH", regions: ["ethiopia"], theatre: "africa" },
    },
  ],
  note: { date: "1935-10-03", source: "League of Nations Official Journal, 1935" },
};

/** The same Franco-Soviet talks written as the 1933 scenario does: a flag, and a premise. */
const talks: EventInput = {
  ...francoSoviet,
  id: "talks",
  premise: [
    {
      when: { not: { treatyInForce: { parties: ["FRA", "SUN"], clause: "mutualAssistance" } } },
      lapse: "treaty",
      source: "the treaty of 2 May 1935 was one of mutual assistance",
    },
  ],
  branches: [{ id: "signed", when: both("talks", ["FRA", "SUN"]), effects: [{ setFlag: "fs" }] }],
};

const SCENARIO = miniWith({ events: [sudeten, francoSoviet, munich, ethiopia, talks] });
const base = startMatch(SCENARIO, { seed: 1, historicalEvents: true });
const ev = (id: string) => {
  const e = base.ctx.events.get(id);
  if (!e) throw new Error(id);
  return e;
};

type Change = (s: GameState) => GameState;
const dead =
  (p: string): Change =>
  (s) => ({ ...s, powers: { ...s.powers, [p]: { ...s.powers[p]!, alive: false } } });
const region =
  (r: string, owner: string, controller = owner): Change =>
  (s) => ({ ...s, regions: { ...s.regions, [r]: { ...s.regions[r]!, owner, controller } } });
const war =
  (aggressor: string, victim: string): Change =>
  (s) =>
    withAggression(s, base.ctx, { aggressor, victim }).state;
type Kind = "mutualAssistance" | "consultation" | "nonAggression";
const clause = (kind: Kind): ClauseInput =>
  kind === "mutualAssistance" ? { kind, mode: "automatic" } : { kind };
const treaty =
  (parties: string[], kinds: Kind[], edit: (d: Draft, id: string) => void = () => {}): Change =>
  (s) => {
    const t = withTreaty(s, parties, kinds.map(clause), "Pact of the players");
    const d = new Draft(t.state);
    edit(d, t.treaty.id);
    return d.s;
  };
const none: Change = (s) => s;

describe("an event's premise, derived from its data", () => {
  it.each<[string, string, Change, object | undefined]>([
    ["the demand holds in the world as it was", "sudeten", none, undefined],
    ["its victim is gone", "sudeten", dead("CSK"), { lapse: "gone", params: { power: "CSK" } }],
    ["its actor is gone", "sudeten", dead("DEU"), { lapse: "gone", params: { power: "DEU" } }],
    [
      "actor and victim are already at war",
      "sudeten",
      war("DEU", "CSK"),
      { lapse: "atWar", params: { power: "DEU", against: "CSK" } },
    ],
    ["a war elsewhere is no lapse of it", "sudeten", war("DEU", "POL"), undefined],
    [
      "the region it would take is already the actor's",
      "sudeten",
      region("sudeten", "DEU"),
      { lapse: "territory", params: { power: "CSK", regions: "sudeten" } },
    ],
    [
      "the region is occupied by another",
      "sudeten",
      region("sudeten", "CSK", "POL"),
      { lapse: "territory", params: { power: "CSK", regions: "sudeten" } },
    ],
    [
      "an aggression whose victim no longer holds its regions",
      "abyssinia",
      region("ethiopia", "ITA"),
      { lapse: "territory", params: { power: "ETH", regions: "ethiopia" } },
    ],
    ["a pact not yet made", "franco-soviet", none, undefined],
    [
      "the players signed the same pact",
      "franco-soviet",
      treaty(["FRA", "SUN"], ["mutualAssistance", "consultation", "nonAggression"]),
      { lapse: "treaty", params: { name: "Pact of the players" } },
    ],
    [
      "signed, not yet ratified, it counts",
      "franco-soviet",
      treaty(["FRA", "SUN"], ["mutualAssistance", "consultation"], (d, id) => {
        d.treaty(id).status = "signed";
      }),
      { lapse: "treaty" },
    ],
    [
      "an earlier event made it",
      "franco-soviet",
      treaty(["FRA", "SUN"], ["mutualAssistance", "consultation"], (d, id) => {
        d.treaty(id).proposer = "system";
      }),
      { lapse: "treaty" },
    ],
    [
      "a pact with fewer kinds of clause is no lapse",
      "franco-soviet",
      treaty(["FRA", "SUN"], ["consultation"]),
      undefined,
    ],
    [
      "nor one with a third party",
      "franco-soviet",
      treaty(["FRA", "SUN", "CSK"], ["mutualAssistance", "consultation"]),
      undefined,
    ],
    [
      "nor one that has expired",
      "franco-soviet",
      treaty(["FRA", "SUN"], ["mutualAssistance", "consultation"], (d, id) => {
        d.treaty(id).status = "expired";
      }),
      undefined,
    ],
    ["a party to its pact is gone", "franco-soviet", dead("SUN"), { lapse: "gone" }],
    [
      "the two parties are at war",
      "franco-soviet",
      war("SUN", "FRA"),
      { lapse: "atWar", params: { power: "FRA", against: "SUN" } },
    ],
    [
      "a pact that moves a frontier is not moot for a like treaty",
      "munich",
      treaty(["DEU", "ITA", "GBR", "FRA"], ["consultation"]),
      undefined,
    ],
    [
      "an explicit premise: a mutual-assistance treaty in force",
      "talks",
      treaty(["FRA", "SUN"], ["mutualAssistance"]),
      { lapse: "treaty", params: { name: "Pact of the players" } },
    ],
    [
      "an explicit premise that holds",
      "talks",
      treaty(["FRA", "SUN"], ["consultation"]),
      undefined,
    ],
  ])("%s (%s)", (_name, id, change, want) => {
    const lapse = lapseOf(change(base.state), base.ctx, ev(id));
    if (want === undefined) expect(lapse).toBeUndefined();
    else expect(lapse).toMatchObject(want);
  });

  it("a secret pact's lapse is told to those who know of it", () => {
    const s = treaty(["FRA", "SUN"], ["mutualAssistance", "consultation"], (d, id) => {
      d.treaty(id).clauses = d.s.treaties[id]!.clauses.map((c) => ({ ...c, secret: true }));
    })(base.state);
    expect(lapseOf(s, base.ctx, ev("franco-soviet"))?.to).toEqual(["FRA", "SUN"]);
  });
});

/** A match where the players signed the event's pact themselves before its turn. */
function signedFirst(historicalEvents: boolean): Match {
  const m = startMatch(miniWith({ events: [francoSoviet] }), { seed: 1, historicalEvents });
  m.state = treaty(["FRA", "SUN"], ["mutualAssistance", "consultation"])(m.state);
  return m;
}
const lapses = (m: Match) => m.state.news.filter((n) => n.key === "news.premiseTreaty");

describe("an event whose premise failed", () => {
  it("does not fire at its turn, and the news says why", () => {
    const m = signedFirst(true);
    advanceTo(m, "report", 5);
    expect(m.state.fired["franco-soviet"]).toBeUndefined();
    expect(Object.values(m.state.decisions).filter((x) => x.ref === "franco-soviet")).toEqual([]);
    expect(lapses(m)).toMatchObject([{ turn: 5, params: { event: "franco-soviet" } }]);
    advanceTo(m, "report", 7);
    expect(lapses(m)).toHaveLength(1);
  });

  it("with historical events off, waits in its window and says why at its end", () => {
    const m = signedFirst(false);
    advanceTo(m, "report", 6);
    expect(m.state.fired["franco-soviet"]).toBeUndefined();
    expect(lapses(m)).toEqual([]);
    advanceTo(m, "report", 7);
    expect(lapses(m)).toMatchObject([{ turn: 7 }]);
  });

  it("with historical events off, fires once its premise holds again (the pact lapsed)", () => {
    const m = signedFirst(false);
    advanceTo(m, "report", 5);
    const id = Object.values(m.state.treaties).find((t) => t.name === "Pact of the players")!.id;
    const d = new Draft(m.state);
    d.treaty(id).status = "expired";
    m.state = d.s;
    advanceTo(m, "orders", 6);
    expect(m.state.fired["franco-soviet"]).toBe(6);
  });

  it("is refused to a teacher's inject", () => {
    const m = signedFirst(true);
    const r = apply(m.state, "system", { type: "fireEvent", event: "franco-soviet" }, m.ctx);
    expect(!r.ok && r.error.code).toBe("ERR_NOT_ALLOWED");
    const ok = startMatch(miniWith({ events: [francoSoviet] }), { seed: 1 });
    act(ok, "system", { type: "fireEvent", event: "franco-soviet" });
    expect(ok.state.fired["franco-soviet"]).toBe(4);
  });
});

describe("the scenario checker", () => {
  it.each([
    ["treaty", { treatyInForce: { parties: ["FRA", "SUN"] } }, "{ not: { treatyInForce } }"],
    ["territory", { not: { owns: { power: "CSK", region: "sudeten" } } }, "{ owns }"],
    ["atWar", { atWar: ["DEU", "CSK"] }, "{ not: { atWar } }"],
    ["gone", { not: { alive: "CSK" } }, "{ alive }"],
  ])("holds a premise that lapses as %s to its shape", (lapse, when, shape) => {
    const bad = { ...talks, premise: [{ when, lapse, source: "a test of the checker" }] };
    const r = validateScenario({ ...MINI_INPUT, events: [bad] });
    const problems = r.ok ? [] : r.problems;
    expect(problems.map((p) => p.message).join()).toContain(shape);
  });

  it("accepts a premise of the right shape, and checks the names in it", () => {
    const ok = validateScenario({ ...MINI_INPUT, events: [talks] });
    expect(ok.ok).toBe(true);
    const unknown = {
      ...talks,
      premise: [
        { when: { owns: { power: "XYZ", region: "sudeten" } }, lapse: "territory", source: "test" },
      ],
    };
    expect(validateScenario({ ...MINI_INPUT, events: [unknown] }).ok).toBe(false);
  });
});
