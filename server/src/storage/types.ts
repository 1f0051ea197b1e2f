import type { ChatMessage, CreateMatch, LogEntry, MatchStatus } from "@cs/shared";
import type { Claims } from "./claims.ts";
import type { ClassStore } from "./classStore.ts";

/** One match as stored: settings, scenario, seed and lifecycle; secrets only as hashes. */
export interface MatchRow {
  id: string;
  name: string;
  settings: CreateMatch;
  scenario: string;
  start: string;
  seed: number;
  status: MatchStatus;
  visibility: "public" | "private";
  code: string | null;
  hostHash: string;
  created: number;
  finished: number | null;
}

/** A seat taken by a person. `holder: "bot"` while a bot stands in; the token still works. */
export interface SeatRow {
  power: string;
  tokenHash: string;
  name: string;
  holder: "human" | "bot";
}

/**
 * A match's phase clock as last armed, so a restart resumes the time that was left: the phase
 * it belongs to (`turn:phase`), its deadline (epoch ms) while running, or the time remaining
 * while paused.
 */
export interface ClockRow {
  key: string;
  deadline: number | null;
  remaining: number | null;
}

/**
 * Everything rooms share goes through this interface, never a process-global map: the
 * embedded SQLite default serves one process; PostgreSQL (`pg/`) serves several Colyseus
 * processes behind Redis presence. Methods are async for that reason. Writes of a match are
 * refused (FencedError) unless this process holds the match's claim (`claims`).
 */
export interface Storage {
  /** Which process owns which match (SQLite: this one, all of them). */
  readonly claims: Claims;
  createMatch(m: MatchRow): Promise<void>;
  getMatch(id: string): Promise<MatchRow | undefined>;
  matchIdByCode(code: string): Promise<string | undefined>;
  listMatches(statuses: readonly MatchStatus[]): Promise<MatchRow[]>;
  setStatus(id: string, status: MatchStatus, finished?: number): Promise<void>;
  /** Append-only; an entry's id is the state id it produced, unique per match. */
  appendLog(match: string, entry: LogEntry): Promise<void>;
  readLog(match: string): Promise<LogEntry[]>;
  putSeat(match: string, seat: SeatRow): Promise<void>;
  deleteSeat(match: string, power: string): Promise<void>;
  seats(match: string): Promise<SeatRow[]>;
  appendChat(match: string, message: Omit<ChatMessage, "id">): Promise<number>;
  readChat(match: string): Promise<ChatMessage[]>;
  /** The phase clock (null: none armed). */
  setClock(match: string, clock: ClockRow | null): Promise<void>;
  getClock(match: string): Promise<ClockRow | undefined>;
  /** The classroom's tables (roster, memos, rollbacks), beside the match's. */
  readonly classes: ClassStore;
  /** Is the database answering? (`/healthz`) */
  ping(): Promise<boolean>;
  /** Closes the connections; resolves once nothing holds the database any more. */
  close(): Promise<void>;
}
