import type { Clause } from "../treaties/clauses.ts";
import type { Ctx } from "../engine/context.ts";
import type { GameState, MotionKind, ObligationStatus, Vote } from "../model/state.ts";
import { turnIndex } from "../core/calendar.ts";
import { scores, type PowerScore } from "../scores/scores.ts";
import { collectiveSecurityIndex, type CollectiveSecurityIndex } from "../scores/csi.ts";
import type { Memo } from "./types.ts";

/**
 * How the class's 1930s differed from the real ones at one scenario event: fired at its
 * historical half-year or not, and the choices the class made against the historical ones.
 * `inherited`: it happened before this match began (a later start point plays from history).
 */
export type Divergence =
  "same" | "early" | "late" | "notYet" | "never" | "otherChoice" | "inherited";

export interface TimelineRow {
  event: string;
  historicalTurn: number;
  /** The real date and source (the event's historical note). */
  note: { date: string; source: string };
  firedTurn: number | null;
  choices: { power: string; chosen: string | null; historical: string | null }[];
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
  clauses: Clause[];
}

export interface DebriefObligation {
  id: string;
  treaty: string;
  treatyName: string;
  power: string;
  beneficiary: string;
  mode: "automatic" | "consultative";
  status: ObligationStatus;
  turn: number | null;
}

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
  scores: Record<string, PowerScore>;
  csi: CollectiveSecurityIndex;
  memos: Memo[];
  rollbacks: { at: number; turn: number; undone: number }[];
}

/** Treaties that were concluded (not mere proposals). */
const CONCLUDED = new Set(["signed", "inForce", "expired", "denounced", "violated"]);

/**
 * The debrief report's facts, from the omniscient state: the teacher's view of the whole match.
 * Words come later, in the client's language; this is data for the page and for CSV/JSON.
 */
export function buildDebrief(
  state: GameState,
  ctx: Ctx,
  memos: readonly Memo[] = [],
  rollbacks: readonly { at: number; turn: number; undone: number }[] = [],
): Debrief {
  const start = turnIndex(ctx.scenario.start) ?? 0;
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
      else if (firedTurn === null)
        divergence = historicalTurn < state.turn || state.ended ? "never" : "notYet";
      else if (firedTurn < historicalTurn) divergence = "early";
      else if (firedTurn > historicalTurn) divergence = "late";
      else if (
        choices.some((c) => c.chosen !== null && c.historical !== null && c.chosen !== c.historical)
      )
        divergence = "otherChoice";
      return { event: ev.id, historicalTurn, note: { ...ev.note }, firedTurn, choices, divergence };
    })
    .sort((a, b) => a.historicalTurn - b.historicalTurn || a.note.date.localeCompare(b.note.date));
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
  return {
    scenario: state.scenario,
    start,
    turn: state.turn,
    phase: state.phase,
    ended: state.ended ? { ...state.ended } : null,
    tension: state.tension,
    timeline,
    treaties,
    obligations,
    votes,
    scores: scores(state, ctx),
    csi: collectiveSecurityIndex(state, ctx),
    memos: [...memos],
    rollbacks: [...rollbacks],
  };
}

/** The debrief as CSV rows for grading: one section per table, each with its header. */
export function debriefCsv(d: Debrief, label: (turn: number) => string): string {
  const rows: (string | number)[][] = [];
  rows.push(["section", "power", "item", "value", "detail"]);
  for (const [power, s] of Object.entries(d.scores)) {
    rows.push(["score", power, "normalised", s.normalised, `${s.points}/${s.max}`]);
  }
  rows.push(["csi", "", "value", d.csi.value, ""]);
  for (const c of d.csi.components) rows.push(["csi", "", c.id, c.value, `weight ${c.weight}`]);
  for (const r of d.timeline) {
    const fired = r.firedTurn === null ? "" : label(r.firedTurn);
    rows.push(["timeline", "", r.event, r.divergence, `${r.note.date} / ${fired}`]);
  }
  for (const t of d.treaties)
    rows.push(["treaty", t.parties.join(" "), t.name, t.status, `${t.clauses.length} clauses`]);
  for (const o of d.obligations)
    rows.push(["obligation", o.power, o.treatyName, o.status, o.beneficiary]);
  for (const v of d.votes)
    for (const [power, vote] of Object.entries(v.votes))
      rows.push(["vote", power, `${v.kind} ${v.target}`, vote, label(v.turn)]);
  for (const m of d.memos) rows.push(["memo", m.power, label(m.turn), m.name, m.text]);
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(v: string | number): string {
  const s = String(v);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}
