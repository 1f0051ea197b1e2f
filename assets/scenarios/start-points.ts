/**
 * Later start points (1935-I, 1936-I, 1938-I, 1939-I), each a state reached from history:
 * the 1933 scenario, played with history.json up to that turn.
 *
 * Two forms of the same thing:
 * - `startPoint(label)`: the 1933 scenario, the match settings and the log that reaches the
 *   News phase of that turn. `replay({ scenario, match, log })` gives the exact state; a match
 *   that continues from it is a branch of history (what the server's branch feature does).
 * - `startPointScenario(label)`: a scenario whose `start` is that turn, its powers, map,
 *   treaties, wars and flags taken from the state at the end of the turn before; events that
 *   have fired are kept but can no longer fire, and conditions on choices already made are
 *   folded to constants. The server lists it beside the 1933 start; scenario:check checks it.
 */
import {
  inStartWindow,
  turnIndex,
  turnLabel,
  type Condition,
  type Effect,
  type GameState,
  type LogEntry,
  type NewMatch,
  type Scenario,
  type ScenarioProblem,
} from "@cs/shared";
import { HISTORY_1933, playHistory, type HistoryError } from "./history.ts";
import { loadScenario } from "./load.ts";
import DATES from "./1933/start-points.json" with { type: "json" };

export const START_POINTS = ["1935-I", "1936-I", "1938-I", "1939-I"] as const;
export type StartPointLabel = (typeof START_POINTS)[number];

export interface StartPoint {
  readonly label: string;
  readonly scenario: Scenario;
  readonly match: NewMatch;
  readonly log: LogEntry[];
  readonly state: GameState;
  /** History actions the engine refused on the way (empty once the rules are complete). */
  readonly errors: HistoryError[];
}

export function startPoint(label: StartPointLabel | string, scenario = loadScenario()): StartPoint {
  const run = playHistory(scenario, HISTORY_1933, { until: label });
  return { label, scenario, match: run.match, log: run.log, state: run.state, errors: run.errors };
}

const TRUE: Condition = { all: [] };
const FALSE: Condition = { any: [] };

/** The start point as a scenario of its own (unvalidated input; history errors as problems). */
export function startPointScenario(
  label: StartPointLabel | string,
  base = loadScenario(),
): { scenario: Record<string, unknown>; problems: ScenarioProblem[] } {
  const start = turnIndex(label);
  if (start === undefined) {
    return {
      scenario: {},
      problems: [{ path: "start", message: `${label} is not a turn of the game` }],
    };
  }
  const run = playHistory(base, HISTORY_1933, { until: label, stopAtReport: true });
  const s = run.state;
  const problems: ScenarioProblem[] = run.errors.map((e) => ({
    path: `history.json: turns.${e.turn}.${e.phase} (${e.by}: ${e.what})`,
    message: `${e.code}: ${e.message}`,
  }));
  const fold = (c: Condition): Condition => foldCondition(s, c);
  const scenario: Record<string, unknown> = {
    id: base.id,
    version: base.version,
    start: label,
    rules: base.rules,
    tension: Math.round(s.tension),
    powers: base.powers.map((p) => {
      const x = s.powers[p.id];
      if (!x) return p;
      return {
        ...p,
        army: x.army,
        air: x.air,
        navy: x.navy,
        mobilisation: x.mobilisation,
        industry: x.industry,
        stability: x.stability,
        warSupport: x.warSupport,
        credibility: x.credibility,
        honoured: x.honoured,
        breaches: x.breaches,
        league: x.league.council
          ? { member: x.league.member, council: x.league.council }
          : { member: x.league.member },
      };
    }),
    regions: base.regions.map((r) => {
      const x = s.regions[r.id];
      if (!x) return r;
      const out: Record<string, unknown> = {
        ...r,
        claims: x.claims,
        demilitarised: x.demilitarised,
        fortification: x.fortification,
      };
      delete out["owner"];
      delete out["controller"];
      if (x.owner !== null) out["owner"] = x.owner;
      if (x.controller !== null && x.controller !== x.owner) out["controller"] = x.controller;
      return out;
    }),
    treaties: inheritedTreaties(s, base, label, start),
    wars: Object.values(s.wars)
      .filter((w) => w.endedTurn === undefined)
      .map((w) => ({ aggressor: w.aggressor, victim: w.victim, theatre: w.theatre })),
    sanctions: inheritedSanctions(s, label, problems),
    events: base.events.map((e) => {
      if (s.fired[e.id] !== undefined) return { ...e, requires: FALSE };
      return {
        ...e,
        ...(e.requires ? { requires: fold(e.requires) } : {}),
        ...(e.trigger ? { trigger: fold(e.trigger) } : {}),
        branches: e.branches.map((b) => ({ ...b, when: fold(b.when) })),
      };
    }),
    objectives: base.objectives
      .filter((o) => inStartWindow(o.starts, label))
      .map((o) => ({ ...o, condition: fold(o.condition) })),
    csi: base.csi.map((c) => (c.condition ? { ...c, condition: fold(c.condition) } : c)),
    options: base.options,
    milestones: base.milestones.map((m) => ({ ...m, when: fold(m.when) })),
    // Trust remembers acts: those before the start are folded to what history made of them.
    trust: base.trust.map((r) => ({ ...r, when: fold(r.when) })),
    flags: s.flags,
    inherited: {
      fired: Object.fromEntries(Object.entries(s.fired).map(([e, t]) => [e, turnLabel(t)])),
      choices: s.choices,
    },
  };
  return { scenario, problems };
}

/**
 * The treaties in force at the start point, each under an id of the scenario's own form and
 * with its real date (issue 18). A treaty history made carries an engine id (`t_…`, drawn
 * under history's seed); the match's own ids are drawn under another seed, so the inherited
 * ones are renamed from their names (`balkan-pact`), which no generated id can equal. Treaties
 * an event made take the event's date and source; the scenario's own keep theirs.
 */
function inheritedTreaties(s: GameState, base: Scenario, label: string, start: number) {
  const taken = new Set(base.treaties.map((t) => t.id));
  return Object.values(s.treaties)
    .filter((t) => t.status === "inForce")
    .map((t) => {
      const original = base.treaties.find((b) => b.id === t.id);
      const remaining = t.endTurn === undefined ? undefined : Math.max(1, t.endTurn - start);
      const maker = original ? undefined : makerOf(s, base, t.name, t.inForceTurn);
      return {
        id: original ? t.id : freshId(slug(t.name), taken),
        name: t.name,
        parties: t.parties,
        clauses: t.clauses,
        ...(remaining === undefined ? {} : { duration: remaining }),
        signed: original?.signed ?? maker?.note.date ?? dateOf(t.signedTurn ?? t.inForceTurn ?? 0),
        source:
          original?.source ??
          (maker
            ? `${maker.note.source} (event ${maker.id}, in force at ${label} after history.json)`
            : `in force at ${label} after history.json (${t.name})`),
      };
    });
}

/**
 * League sanctions in force at the start point, under ids of the scenario's form, with their
 * real date (start-points.json). Members whose answer was still due when the snapshot was
 * taken answer as history did (history.json's `decide` for the start turn) or by default.
 */
function inheritedSanctions(s: GameState, label: string, problems: ScenarioProblem[]) {
  const answers = HISTORY_1933.turns[label]?.decide ?? [];
  return Object.values(s.sanctions)
    .filter((x) => x.active)
    .map((x) => {
      const since = turnLabel(x.since);
      const dated = DATES.sanctions.find((d) => d.target === x.target && d.since === since);
      if (!dated)
        problems.push({
          path: `start-points.json: sanctions`,
          message: `no date for the sanctions on ${x.target} since ${since}`,
        });
      const applying = [...x.applying];
      const refusing = [...x.refusing];
      for (const d of Object.values(s.decisions)) {
        if (d.kind !== "sanctions" || d.ref !== x.id || d.choice !== undefined) continue;
        const answer =
          answers.find((a) => a.by === d.power && a.decide?.kind === "sanctions")?.decide?.choice ??
          d.default;
        (answer === "refuse" ? refusing : applying).push(d.power);
      }
      return {
        id: `sanctions-${x.target.toLowerCase()}-${since.toLowerCase()}`,
        target: x.target,
        oil: x.oil,
        since,
        imposed: dated?.imposed ?? dateOf(x.since),
        applying,
        refusing,
        source: dated?.source ?? `in force at ${label} after history.json`,
      };
    });
}

/** The fired event whose effects made a treaty of this name (at the turn it came into force). */
function makerOf(s: GameState, base: Scenario, name: string, turn: number | undefined) {
  const makes = (effects: readonly Effect[]) =>
    effects.some((e) => "treaty" in e && e.treaty.name === name);
  return base.events.find(
    (e) =>
      s.fired[e.id] !== undefined &&
      (turn === undefined || s.fired[e.id] === turn) &&
      (makes(e.effects) ||
        e.roles.some((r) => r.choices.some((c) => makes(c.effects))) ||
        e.branches.some((b) => makes(b.effects))),
  );
}

/** "German–Polish Declaration of Non-Aggression" → "german-polish-declaration-of-non-aggression". */
function slug(name: string): string {
  const s = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s === "" ? "treaty" : s;
}

function freshId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}

/** Conditions on events that have fired become constants: the snapshot keeps no crisis record. */
function foldCondition(s: GameState, c: Condition): Condition {
  if ("all" in c) return { all: c.all.map((x) => foldCondition(s, x)) };
  if ("any" in c) return { any: c.any.map((x) => foldCondition(s, x)) };
  if ("not" in c) return { not: foldCondition(s, c.not) };
  if ("eventFired" in c) return s.fired[c.eventFired] !== undefined ? TRUE : c;
  if ("choiceMade" in c) {
    const { event, power, choice } = c.choiceMade;
    if (s.fired[event] === undefined) return c;
    return s.choices[event]?.[power] === choice ? TRUE : FALSE;
  }
  return c;
}

/** A turn's first month, as an ISO date: 1936-I → 1936-01, 1936-II → 1936-07. */
function dateOf(turn: number): string {
  const [year, half] = turnLabel(turn).split("-");
  return `${year}-${half === "I" ? "01" : "07"}`;
}
