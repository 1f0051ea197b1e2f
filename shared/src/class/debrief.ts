import type { Clause } from "../treaties/clauses.ts";
import type { Ctx } from "../engine/context.ts";
import type { Condition } from "../scenario/conditions.ts";
import type { EventDef } from "../scenario/events.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { MotionKind, ObligationStatus, Vote } from "../model/state.ts";
import { turnIndex } from "../core/calendar.ts";
import { scores, type PowerScore } from "../scores/scores.ts";
import { createInitialState } from "../engine/setup.ts";
import { collectiveSecurityIndex, type CollectiveSecurityIndex } from "../scores/csi.ts";
import type { Memo } from "./types.ts";
import type { Known } from "../knowledge/known.ts";
import { findings, type Finding } from "../epilogue/findings.ts";
import { startForces } from "../epilogue/epilogue.ts";

/**
 * How the class's 1930s differed from the real ones at one scenario event: fired at its
 * historical half-year or not, and the choices the class made against the historical ones.
 * `inherited`: it happened before this match began (a later start point plays from history).
 * `otherwise`: the event never fired because what it does (a transfer of territory, a pact) had
 * already come about another way — Italy took Ethiopia by its own war, not by the event; the
 * players had signed the Franco-Soviet treaty themselves.
 */
export type Divergence =
  "same" | "early" | "late" | "notYet" | "never" | "otherChoice" | "inherited" | "otherwise";

export interface TimelineRow {
  event: string;
  historicalTurn: number;
  /** The real date and source, and any further note the scenario gives (the event's note). */
  note: EventDef["note"];
  firedTurn: number | null;
  choices: { power: string; chosen: string | null; historical: string | null }[];
  /** The crisis's outcomes in this match: the branches that applied (in order). */
  outcomes: string[];
  /**
   * A what-if of the scenario (an event only a counterfactual switch makes possible): it has
   * no place in the history column, and is listed only if it happened in the class.
   */
  counterfactual: boolean;
  /**
   * A routine of the calendar, not a crisis: no one chooses and all it does is move League
   * Council seats (the Assembly's yearly rotation). The debrief folds these into one line.
   */
  routine: boolean;
  divergence: Divergence;
}

export interface DebriefTreaty {
  id: string;
  name: string;
  parties: string[];
  status: string;
  signedTurn: number | null;
  inForceTurn: number | null;
  /** The real date (ISO) of a treaty the match inherited (Versailles: 1919-06-28). */
  signedOn: string | null;
  /** In force when the match began (Versailles, Locarno…), not concluded in the class. */
  inherited: boolean;
  clauses: Clause[];
}

export interface DebriefObligation {
  id: string;
  treaty: string;
  treatyName: string;
  power: string;
  beneficiary: string;
  mode: "automatic" | "consultative" | "consultation";
  status: ObligationStatus;
  turn: number | null;
}

/** League sanctions in the match: imposed by a vote or by an event, and lifted or not. */
export interface DebriefSanctions {
  id: string;
  target: string;
  oil: boolean;
  since: number;
  /** The turn they were lifted (or lapsed), null while in force. */
  lifted: number | null;
  applying: string[];
  refusing: string[];
  /** The motion that imposed them, or null when an event did (historical events). */
  motion: string | null;
  /** Imposed before this match began (a later start point inherits them), with their date. */
  inherited: boolean;
  imposedOn: string | null;
}

/** What a student did in the match, for grading (counted by the server). */
export interface Participation {
  student: string;
  name: string;
  power: string | null;
  orders: number;
  messages: number;
  memos: number;
}

/**
 * A key moment of the match, told first in the debrief: wars, concluded treaties, League
 * sanctions, broken or honoured obligations, the largest departures from history, the end.
 */
export type KeyMoment =
  | { kind: "war"; turn: number; aggressor: string; victim: string; civil: boolean }
  | { kind: "treaty"; turn: number; name: string; parties: string[] }
  | { kind: "sanctions"; turn: number; target: string; oil: boolean }
  | { kind: "sanctionsLifted"; turn: number; target: string }
  | { kind: "obligation"; turn: number; power: string; beneficiary: string; status: string }
  | { kind: "divergence"; turn: number; event: string; divergence: Divergence }
  | { kind: "rollback"; turn: number }
  | { kind: "end"; turn: number; reason: string };

export interface DebriefVote {
  id: string;
  kind: MotionKind;
  body: "council" | "assembly";
  target: string;
  victim: string | null;
  proposer: string;
  turn: number;
  status: "tabled" | "passed" | "failed";
  votes: Record<string, Vote>;
}

export interface Debrief {
  scenario: string;
  /** The match's first turn (a later start point inherits the history before it). */
  start: number;
  turn: number;
  phase: string;
  ended: { turn: number; reason: string } | null;
  tension: number;
  timeline: TimelineRow[];
  treaties: DebriefTreaty[];
  obligations: DebriefObligation[];
  votes: DebriefVote[];
  sanctions: DebriefSanctions[];
  moments: KeyMoment[];
  scores: Record<string, PowerScore>;
  /**
   * The same objectives as the match opened (issue 18): what a power already held then is
   * history's doing, not its own, and the page reads the final score against it.
   */
  baseline: Record<string, PowerScore>;
  csi: CollectiveSecurityIndex;
  memos: Memo[];
  rollbacks: { at: number; turn: number; undone: number }[];
  participation: Participation[];
  /** What the record shows for the Charter epilogue (issue 17); the page adds the articles. */
  epilogue: Finding[];
}

/** Treaties that were concluded (not mere proposals). */
const CONCLUDED = new Set(["signed", "inForce", "expired", "denounced", "violated"]);

/**
 * The debrief report's facts, from the omniscient state: the teacher's view of the whole match.
 * Words come later, in the client's language; this is data for the page and for CSV/JSON.
 */
export function buildDebrief(
  state: Known,
  ctx: Ctx,
  memos: readonly Memo[] = [],
  rollbacks: readonly { at: number; turn: number; undone: number }[] = [],
  participation: readonly Participation[] = [],
): Debrief {
  const start = turnIndex(ctx.scenario.start) ?? 0;
  const whatIf = counterfactualEvents(ctx.scenario);
  const outcomes = new Map<string, string[]>();
  for (const n of state.news) {
    if (n.key !== "news.crisisBranch") continue;
    const ev = String(n.params["event"]);
    outcomes.set(ev, [...(outcomes.get(ev) ?? []), String(n.params["branch"])]);
  }
  const timeline = ctx.scenario.events
    .map((ev): TimelineRow => {
      const historicalTurn = turnIndex(ev.historicalTurn) ?? 0;
      const fired = state.fired[ev.id];
      const firedTurn = fired === undefined ? null : fired;
      const choices = ev.roles.map((r) => ({
        power: r.power,
        chosen: state.choices[ev.id]?.[r.power] ?? null,
        historical: r.choices.find((c) => c.historical)?.id ?? null,
      }));
      let divergence: Divergence = "same";
      // Before a later start point, the record is history's: what fired and what could not.
      const closedBefore = (turnIndex(ev.window.to) ?? 0) < start;
      if (firedTurn !== null ? firedTurn < start : closedBefore) divergence = "inherited";
      else if (firedTurn === null) {
        const lapsed = lapseLine(state, ev);
        if (historicalTurn >= state.turn && !state.ended && !lapsed) divergence = "notYet";
        else divergence = cameAboutOtherwise(state, ev) ? "otherwise" : "never";
      } else if (firedTurn < historicalTurn) divergence = "early";
      else if (firedTurn > historicalTurn) divergence = "late";
      else if (
        choices.some((c) => c.chosen !== null && c.historical !== null && c.chosen !== c.historical)
      )
        divergence = "otherChoice";
      return {
        event: ev.id,
        historicalTurn,
        note: { ...ev.note },
        firedTurn,
        choices,
        outcomes: outcomes.get(ev.id) ?? [],
        counterfactual: whatIf.has(ev.id),
        routine:
          ev.roles.length === 0 &&
          ev.effects.length > 0 &&
          ev.effects.every((e) => "councilSeat" in e),
        divergence,
      };
    })
    // A what-if that did not happen is no part of either 1930s.
    .filter((r) => !r.counterfactual || r.firedTurn !== null)
    .sort((a, b) => a.historicalTurn - b.historicalTurn || a.note.date.localeCompare(b.note.date));
  const initial = new Set(ctx.scenario.treaties.map((t) => t.id));
  const treaties = Object.values(state.treaties)
    .filter((t) => CONCLUDED.has(t.status))
    .map((t) => ({
      id: t.id,
      name: t.name,
      parties: [...t.parties],
      status: t.status,
      signedTurn: t.signedTurn ?? null,
      inForceTurn: t.inForceTurn ?? null,
      signedOn: t.signedOn ?? null,
      inherited: initial.has(t.id),
      clauses: t.clauses,
    }));
  const obligations = Object.values(state.obligations).map((o) => ({
    id: o.id,
    treaty: o.treaty,
    treatyName: state.treaties[o.treaty]?.name ?? o.treaty,
    power: o.power,
    beneficiary: o.beneficiary,
    mode: o.mode,
    status: o.status,
    turn: state.aggressions[o.aggression]?.turn ?? null,
  }));
  const votes = Object.values(state.motions).map((m) => ({
    id: m.id,
    kind: m.kind,
    body: m.body,
    target: m.target,
    victim: m.victim ?? null,
    proposer: m.proposer,
    turn: m.turn,
    status: m.status,
    votes: { ...m.votes },
  }));
  const lifted = new Map<string, number>();
  for (const n of state.news)
    if (n.key === "news.sanctionsLifted") lifted.set(String(n.params["sanctions"]), n.turn);
  const sanctions = Object.values(state.sanctions).map((x) => ({
    id: x.id,
    target: x.target,
    oil: x.oil,
    since: x.since,
    lifted: x.active ? null : (lifted.get(x.id) ?? null),
    applying: [...x.applying],
    refusing: [...x.refusing],
    motion: state.motions[x.motion] ? x.motion : null,
    inherited: x.since < start,
    imposedOn: x.imposedOn ?? null,
  }));
  const base = { timeline, treaties, obligations, sanctions, rollbacks: [...rollbacks] };
  return {
    scenario: state.scenario,
    start,
    turn: state.turn,
    phase: state.phase,
    ended: state.ended ? { ...state.ended } : null,
    tension: state.tension,
    ...base,
    votes,
    moments: keyMoments(state, start, base),
    scores: scores(state, ctx),
    baseline: scoresAtStart(state, ctx),
    csi: collectiveSecurityIndex(state, ctx),
    memos: [...memos],
    participation: [...participation],
    epilogue: findings(state, startForces(ctx.scenario)),
  };
}

/**
 * Each power's objectives as the match opened (issue 18): the baseline a score is read against,
 * so that a later start point credits no power with what history did before it. The first
 * state is made again from the scenario and the match's options (the seed stays secret in a
 * view; at the opening it only draws lots for events of the first News phase).
 */
export function scoresAtStart(state: Known, ctx: Ctx): Record<string, PowerScore> {
  const opening = createInitialState(ctx.scenario, {
    seed: 0,
    historicalEvents: state.settings.historicalEvents,
    options: state.settings.options,
  });
  return scores(opening, ctx);
}

/** Departures from history worth telling first (a different choice, or never, or otherwise). */
const TOLD: ReadonlySet<Divergence> = new Set(["otherChoice", "never", "otherwise", "early"]);

function keyMoments(
  state: Known,
  start: number,
  d: Pick<Debrief, "timeline" | "treaties" | "obligations" | "sanctions" | "rollbacks">,
): KeyMoment[] {
  const out: KeyMoment[] = [];
  for (const { startedTurn: turn, aggressor, victim, conflict } of Object.values(state.wars))
    if (turn >= start)
      out.push({ kind: "war", turn, aggressor, victim, civil: conflict !== undefined });
  for (const t of d.treaties)
    if (!t.inherited && t.signedTurn !== null)
      out.push({ kind: "treaty", turn: t.signedTurn, name: t.name, parties: t.parties });
  for (const s of d.sanctions) {
    out.push({ kind: "sanctions", turn: s.since, target: s.target, oil: s.oil });
    if (s.lifted !== null) out.push({ kind: "sanctionsLifted", turn: s.lifted, target: s.target });
  }
  for (const o of d.obligations)
    if ((o.status === "broken" || o.status === "honoured") && o.turn !== null)
      out.push({ kind: "obligation", turn: o.turn, ...pick(o) });
  for (const r of d.timeline)
    // Events due before the match began are no moment of this match, nor those history
    // brought after it ended (a general war in 1938 leaves 1939's events undone).
    if (
      TOLD.has(r.divergence) &&
      !r.counterfactual &&
      Math.max(r.historicalTurn, r.firedTurn ?? 0) >= start &&
      !afterEnd(state, r)
    )
      out.push({
        kind: "divergence",
        turn: r.firedTurn ?? r.historicalTurn,
        event: r.event,
        divergence: r.divergence,
      });
  for (const r of d.rollbacks) out.push({ kind: "rollback", turn: r.turn });
  if (state.ended) out.push({ kind: "end", turn: state.ended.turn, reason: state.ended.reason });
  return out.sort((a, b) => a.turn - b.turn);
}

/** An event history brought after the match had ended, which therefore never came. */
export const afterEnd = (
  state: { ended?: { turn: number } | null | undefined },
  r: Pick<TimelineRow, "firedTurn" | "historicalTurn">,
): boolean => !!state.ended && r.firedTurn === null && r.historicalTurn > state.ended.turn;

const pick = (o: DebriefObligation) => ({
  power: o.power,
  beneficiary: o.beneficiary,
  status: o.status,
});

/**
 * Events only a counterfactual switch makes possible: their `requires` needs a flag that
 * only a scenario option's non-default value sets (Barthou survives → the Eastern Pact renewed).
 */
export function counterfactualEvents(scenario: Scenario): Set<string> {
  const flags = new Set<string>();
  for (const o of scenario.options)
    for (const v of o.values) if (v.value !== o.default) for (const f of v.flags) flags.add(f);
  for (const o of scenario.options)
    for (const v of o.values) if (v.value === o.default) for (const f of v.flags) flags.delete(f);
  const needs = (c: Condition | undefined): boolean => {
    if (!c) return false;
    if ("all" in c) return c.all.some(needs);
    if ("flag" in c) return flags.has(c.flag);
    return false;
  };
  return new Set(scenario.events.filter((e) => needs(e.requires)).map((e) => e.id));
}

/** The news line that told the event's premise gone (premise.ts), if it lapsed. */
function lapseLine(state: Known, ev: EventDef): Known["news"][number] | undefined {
  return state.news.find((n) => n.key.startsWith("news.premise") && n.params["event"] === ev.id);
}

/**
 * The event's transfers of territory all hold already, or it lapsed because its pact was made
 * or its territory taken before it came (premise.ts: the players signed the Franco-Soviet
 * treaty in 1933; Austria fell in the putsch of 1934): it came about another way.
 */
function cameAboutOtherwise(state: Known, ev: EventDef): boolean {
  const key = lapseLine(state, ev)?.key;
  if (key === "news.premiseTreaty" || key === "news.premiseTerritory") return true;
  const transfers = ev.effects.flatMap((e) => ("transfer" in e ? [e.transfer] : []));
  return (
    transfers.length > 0 &&
    transfers.every((t) => t.regions.every((r) => state.regions[r]?.owner === t.to))
  );
}
