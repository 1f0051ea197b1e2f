/**
 * Later start points keep the history they inherit (issue 18): no id a match makes can take
 * an inherited treaty's place, every treaty in force stays until something ends it, and the
 * debrief and the replay read the years before the start as history, not as "did not happen".
 */
import fc from "fast-check";
import {
  ActionSchema,
  apply,
  buildDebrief,
  compile,
  createInitialState,
  exportReplay,
  parseReplay,
  replayTimeline,
  ScenarioSchema,
  trust,
  turnIndex,
  type Action,
  type Actor,
  type GameState,
  type LogEntry,
  type Scenario,
} from "@cs/shared";
import { randomPlay } from "@cs/shared/testing";
import { describe, expect, it } from "vitest";
import { playHistory } from "./history.ts";
import { loadScenario } from "./load.ts";
import { START_POINTS, startPointScenario } from "./start-points.ts";

const scenarios = new Map<string, Scenario>(
  START_POINTS.map((l) => [l, ScenarioSchema.parse(startPointScenario(l).scenario)]),
);
const scenarioAt = (label: string): Scenario => {
  const s = scenarios.get(label);
  if (!s) throw new Error(label);
  return s;
};

const KEYED = [
  "treaties",
  "motions",
  "sanctions",
  "wars",
  "aggressions",
  "obligations",
  "decisions",
  "demands",
  "conferences",
] as const;
const ENDED = new Set(["expired", "denounced", "violated"]);

/** Every id in a state, by the collection that holds it. */
function ids(state: GameState): Map<string, (typeof KEYED)[number]> {
  const out = new Map<string, (typeof KEYED)[number]>();
  for (const k of KEYED) for (const id of Object.keys(state[k])) out.set(id, k);
  return out;
}

/**
 * Across consecutive states: an id names one thing only (one collection, one birth), an id
 * that left never comes back, and a treaty in force is still there in the next state — in
 * force, or ended by something that recorded its end (status and end turn), its text unchanged.
 */
function assertHistoryKept(states: readonly GameState[]): void {
  const born = new Map<string, string>();
  const gone = new Set<string>();
  let before: Map<string, string> | undefined;
  for (const [i, s] of states.entries()) {
    const now = ids(s);
    const seen = new Set<string>();
    for (const [id, k] of now) {
      expect(seen.has(id), `${id} in two collections`).toBe(false);
      seen.add(id);
      expect(gone.has(id), `${id} reused after it left`).toBe(false);
      const entry = (s[k] as Record<string, { turn?: number; proposedTurn?: number }>)[id];
      const birth = `${k}:${String(entry?.turn ?? entry?.proposedTurn ?? "")}`;
      const first = born.get(id);
      if (first === undefined) born.set(id, birth);
      else expect(birth, `${id} names a new ${k}`).toBe(first);
    }
    if (before) for (const id of before.keys()) if (!now.has(id)) gone.add(id);
    before = now;
    const prev = states[i - 1];
    if (!prev) continue;
    for (const t of Object.values(prev.treaties)) {
      if (t.status !== "inForce") continue;
      const next = s.treaties[t.id];
      expect(next, `treaty ${t.id} (${t.name}) vanished`).toBeDefined();
      if (!next) continue;
      expect([next.name, next.parties, next.clauses]).toEqual([t.name, t.parties, t.clauses]);
      if (next.status !== "inForce") {
        expect(ENDED.has(next.status), `${t.name}: ${next.status}`).toBe(true);
        expect(next.endTurn, `${t.name} ended without a record`).toBe(s.turn);
      }
    }
    // Sanctions in force (the inherited ones of 1936-I among them) end only with the news.
    for (const x of Object.values(prev.sanctions)) {
      if (!x.active) continue;
      const next = s.sanctions[x.id];
      expect(next, `sanctions ${x.id} vanished`).toBeDefined();
      if (next?.active !== false) continue;
      const told = s.news.some(
        (n) => n.key === "news.sanctionsLifted" && n.params["sanctions"] === x.id,
      );
      expect(told, `sanctions ${x.id} ended without news`).toBe(true);
    }
  }
}

describe("later start points keep their history (issue 18)", { timeout: 300_000 }, () => {
  it.each(START_POINTS)(
    "%s: random legal play never reuses an id nor drops a treaty in force",
    (label) => {
      const scenario = scenarioAt(label);
      fc.assert(
        fc.property(
          fc.nat({ max: 2 ** 31 - 1 }),
          fc.array(fc.nat({ max: 1_000_000 }), { minLength: 30, maxLength: 160 }),
          (seed, picks) => {
            const { states } = randomPlay(scenario, { seed }, picks);
            assertHistoryKept(states);
            const inherited = scenario.treaties.map((t) => t.id);
            const final = states.at(-1);
            for (const id of inherited) expect(final?.treaties[id], id).toBeDefined();
          },
        ),
        { numRuns: 4 },
      );
    },
  );

  it.each(START_POINTS)(
    "%s: inherited treaties keep their ids apart from the match's, with real dates",
    (label) => {
      const scenario = scenarioAt(label);
      for (const t of scenario.treaties) {
        // Generated ids are `t_…`; scenario ids never hold "_".
        expect(t.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(t.signed, t.name).toMatch(/^19[123]\d-\d\d/);
      }
      const base = new Map(loadScenario().treaties.map((t) => [t.id, t.signed]));
      for (const t of scenario.treaties)
        if (base.has(t.id)) expect(t.signed, t.id).toBe(base.get(t.id));
      const balkan = scenario.treaties.find((t) => t.name === "Balkan Pact");
      expect(balkan).toMatchObject({ id: "balkan-pact", signed: "1934-02-09" });
    },
  );
});

/** A driver that keeps the log, so the match can be exported as a replay file. */
class Played {
  readonly ctx;
  state: GameState;
  readonly log: LogEntry[] = [];
  readonly states: GameState[] = [];
  constructor(scenario: Scenario, seed: number) {
    this.ctx = compile(scenario);
    this.state = createInitialState(scenario, { seed });
    this.states.push(this.state);
  }
  act(by: Actor, input: unknown): boolean {
    const action = ActionSchema.parse(input);
    const r = apply(this.state, by, action, this.ctx);
    if (!r.ok) return false;
    this.state = r.value.state;
    this.states.push(this.state);
    this.log.push({ id: this.state.stateId, by, action });
    return true;
  }
  to(phase: GameState["phase"]): void {
    for (let i = 0; i < 20 && this.state.phase !== phase; i++) this.act("system", advance);
  }
}
const advance: Action = { type: "advance" };

/** Pacts the match signs, two a turn: non-aggression between powers that have none. */
const PAIRS: readonly [string, string][] = [
  ["GBR", "POL"],
  ["ITA", "YUG"],
  ["FRA", "ITA"],
  ["GBR", "ROU"],
  ["SUN", "ROU"],
  ["GBR", "TUR"],
];

/**
 * Trust remembers acts (issue 10, item 4): a match from a later start opens with the trust
 * history left — the scenario's trust rules, folded to what happened, and each power's record
 * of obligations honoured and treaties breached.
 */
describe("trust at a later start is what history left", () => {
  const base = loadScenario();
  const baseCtx = compile(base);
  it.each(START_POINTS)("%s", (label) => {
    const history = playHistory(base, undefined, { until: label, stopAtReport: true }).state;
    const scenario = scenarioAt(label);
    const opened = createInitialState(scenario, { seed: 1 });
    const ctx = compile(scenario);
    const powers = base.powers.filter((p) => p.seat !== "minor").map((p) => p.id);
    let moved = 0;
    for (const a of powers)
      for (const b of powers) {
        if (a === b) continue;
        const was = trust(history, baseCtx, a, b);
        expect(trust(opened, ctx, a, b), `${a} in ${b}`).toBe(was);
        if (was !== trust(createInitialState(base, { seed: 1 }), baseCtx, a, b)) moved += 1;
      }
    // Not vacuous past 1935: history has moved some trust by then.
    if (label !== "1935-I") expect(moved).toBeGreaterThan(0);
  });
});

describe.each(START_POINTS)("a match from %s with treaties signed", (label) => {
  const scenario = scenarioAt(label);
  const start = turnIndex(label) ?? 0;
  const m = new Played(scenario, 1936);
  const made: string[] = [];
  for (let turn = 0; turn < 3 && m.state.phase !== "ended"; turn++) {
    m.to("diplomacy");
    for (const [a, b] of PAIRS.slice(turn * 2, turn * 2 + 2)) {
      const draft = {
        name: `Pact ${a}–${b}`,
        parties: [a, b],
        clauses: [{ kind: "nonAggression" }],
      };
      const known = new Set(Object.keys(m.state.treaties));
      if (!m.act(a, { type: "propose", draft })) continue;
      const id = Object.keys(m.state.treaties).find((k) => !known.has(k));
      if (id && m.act(b, { type: "sign", treaty: id })) made.push(id);
    }
    m.to("orders");
    for (const id of made)
      for (const p of m.state.treaties[id]?.parties ?? [])
        m.act(p, { type: "order", order: { kind: "ratify", treaty: id } });
    m.to("news");
  }

  it("signs its own treaties under new ids, beside every inherited one", () => {
    expect(made.length).toBeGreaterThanOrEqual(2);
    const inherited = new Set(scenario.treaties.map((t) => t.id));
    for (const id of made) {
      expect(inherited.has(id)).toBe(false);
      expect(id).toMatch(/^t_[0-9a-z]{7}$/);
    }
    for (const t of scenario.treaties) {
      const now = m.state.treaties[t.id];
      expect(now?.name, t.id).toBe(t.name);
      expect(now?.signedOn, t.id).toBe(t.signed);
    }
    expect(made.some((id) => m.state.treaties[id]?.status === "inForce")).toBe(true);
    assertHistoryKept(m.states);
  });

  it("the debrief reads the years before the start as history and dates treaties truly", () => {
    const d = buildDebrief(m.state, m.ctx);
    expect(d.start).toBe(start);
    const events = new Map(scenario.events.map((e) => [e.id, e]));
    const closed = (id: string) => (turnIndex(events.get(id)?.window.to ?? "") ?? 0) < start;
    const before = d.timeline.filter(
      (r) => (r.firedTurn !== null && r.firedTurn < start) || closed(r.event),
    );
    expect(before.length).toBeGreaterThan(10);
    for (const r of before) expect([r.event, r.divergence]).toEqual([r.event, "inherited"]);
    // Every event history fired before the start is in the record at its historical turn.
    for (const r of d.timeline.filter((x) => x.historicalTurn < start && x.firedTurn !== null))
      expect(r.firedTurn, r.event).toBeLessThan(start);
    const hitler = d.timeline.find((r) => r.event === "hitler-chancellor");
    expect(hitler?.divergence).toBe("inherited");
    const byId = new Map(d.treaties.map((t) => [t.id, t]));
    expect(byId.get("fra-pol-1921")?.signedOn).toBe("1921-02-19");
    expect(byId.get("kellogg-briand")?.signedOn).toBe("1928-08-27");
    for (const id of made) expect(byId.get(id)?.signedOn ?? null).toBe(null);
    for (const t of scenario.treaties) expect(byId.has(t.id), t.id).toBe(true);
    // The treaty list: inherited ones marked so, the class's own not, nothing else.
    expect(d.treaties.filter((t) => t.inherited).map((t) => t.id)).toEqual(
      expect.arrayContaining(scenario.treaties.map((t) => t.id)),
    );
    for (const id of made) expect(byId.get(id)?.inherited, id).toBe(false);
    expect(d.moments.filter((x) => x.kind === "treaty").length).toBeGreaterThanOrEqual(
      made.filter((id) => m.state.treaties[id]?.inForceTurn !== undefined).length,
    );
    // Sanctions the start inherits (Italy, 1936-I) read as imposed before the match began.
    const inheritedSanctions = d.sanctions.filter((x) => x.inherited);
    expect(inheritedSanctions.map((x) => [x.id, x.imposedOn])).toEqual(
      scenario.sanctions.map((x) => [x.id, x.imposed]),
    );
    for (const x of d.sanctions.filter((y) => !y.inherited))
      expect(x.since).toBeGreaterThanOrEqual(start);
    // The score is read against the start: the same objectives, as the match opened.
    expect(Object.keys(d.baseline)).toEqual(Object.keys(d.scores));
    for (const [p, s] of Object.entries(d.scores))
      expect(
        d.baseline[p]?.objectives.map((o) => o.id),
        p,
      ).toEqual(s.objectives.map((o) => o.id));
  });

  it("the replay re-runs to the same record, inherited treaties and history included", () => {
    const file = exportReplay({
      scenario: { id: scenario.id, start: scenario.start, version: scenario.version },
      match: { seed: 1936 },
      log: m.log,
      meta: { name: `from ${label}`, status: "running" },
    });
    const parsed = parseReplay(JSON.stringify(file), () => scenario.version);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const run = replayTimeline(parsed.value, scenario);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.value.final).toEqual(m.state);
    const first = run.value.states[0];
    expect(first?.fired["hitler-chancellor"]).toBe(0);
    for (const t of scenario.treaties) expect(first?.treaties[t.id]?.signedOn).toBe(t.signed);
    for (const x of scenario.sanctions) expect(first?.sanctions[x.id]?.imposedOn).toBe(x.imposed);
    // The debrief of the replayed match is the debrief of the match.
    expect(buildDebrief(run.value.final, m.ctx)).toEqual(buildDebrief(m.state, m.ctx));
  });
});
