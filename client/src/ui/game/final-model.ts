import type { EventDef, GameView, NewsItem } from "@cs/shared";
import { turnIndex } from "@cs/shared";

/**
 * The final report's two timelines side by side: this match's public headlines by turn, and
 * the scenario's events at their historical turn. Pure, unit-tested.
 */
export interface TimelineRow {
  turn: number;
  match: NewsItem[];
  history: EventDef[];
}

export function timelines(view: GameView, events: readonly EventDef[]): TimelineRow[] {
  const last = view.ended?.turn ?? view.turn;
  const rows: TimelineRow[] = [];
  const first = Math.min(...view.news.map((n) => n.turn), view.turn);
  for (let turn = Number.isFinite(first) ? first : 0; turn <= last; turn++) {
    rows.push({
      turn,
      match: view.news.filter((n) => n.turn === turn && !n.to),
      history: events
        .filter((e) => turnIndex(e.historicalTurn) === turn)
        .sort((a, b) => a.note.date.localeCompare(b.note.date)),
    });
  }
  return rows;
}

/**
 * Treaties that were signed at some point, in the order they were signed: those the match
 * inherited by their real dates (Versailles 1919 before Locarno 1925), then the match's own.
 */
export function signedTreaties(view: GameView) {
  return Object.values(view.treaties)
    .filter((tr) => tr.signedTurn !== undefined)
    .sort(
      (a, b) =>
        Number(!!b.signedOn) - Number(!!a.signedOn) ||
        (a.signedOn ?? "").localeCompare(b.signedOn ?? "") ||
        (a.signedTurn ?? 0) - (b.signedTurn ?? 0),
    );
}
