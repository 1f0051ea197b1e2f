import type { ChatMessage, GameState, MatchInfo, MatchStatus, Move, PowerId } from "@cs/shared";
import type { MatchRow } from "../storage/types.ts";
import type { PhaseClock } from "./clock.ts";
import type { Seats } from "./seats.ts";

/** The match's public record (seats, status, deadline), as the lobby and every client see it. */
export function matchInfo(
  row: MatchRow,
  status: MatchStatus,
  state: GameState,
  clock: PhaseClock,
  seats: Seats,
  spectators: number,
): MatchInfo {
  return {
    id: row.id,
    name: row.name,
    scenario: row.scenario,
    start: row.start,
    status,
    visibility: row.visibility,
    phase: state.phase,
    turn: state.turn,
    deadline: clock.deadline,
    remaining: clock.remaining,
    seats: seats.info(),
    spectators,
  };
}

/**
 * What the bots said worth posting: each answer a bot gave to a proposal that involves a
 * person, in the treaty's channel with its reason, as a key and facts the reader's client
 * translates (the English sentence rides along as the text).
 */
export function botSayings(
  state: GameState,
  said: readonly { seat: PowerId; move: Move }[],
  humans: readonly PowerId[],
  at: number,
): Omit<ChatMessage, "id">[] {
  const people = new Set(humans);
  const out: Omit<ChatMessage, "id">[] = [];
  for (const { seat, move } of said) {
    const a = move.action;
    const id = a.type === "sign" || a.type === "reject" || a.type === "counter" ? a.treaty : "";
    const t = state.treaties[id];
    if (!t || !move.say || !t.parties.some((p) => people.has(p))) continue;
    out.push({
      channel: t.channel ?? [...new Set(t.parties)].sort().join("+"),
      from: seat,
      text: move.reason,
      say: { key: move.say.key, params: { ...move.say.params } },
      turn: state.turn,
      at,
    });
  }
  return out;
}
