import type { GameView } from "../knowledge/viewFor.ts";
import type { Objective } from "../knowledge/objectives.ts";
import type { PowerId } from "../model/state.ts";
import type { Phase } from "../core/calendar.ts";
import type { TreatyDraft } from "../treaties/clauses.ts";
import type { ViewOp } from "./viewPatch.ts";
import type { RefusalCode } from "./refusals.ts";

/**
 * Server → client messages. Every client receives only its own view (`viewFor`): a full
 * `view` on join, then `patch`es from the version it holds to the new one. `stateId` is that
 * view's version: it changes only when the viewer's own view changes, so it counts nothing
 * the viewer cannot see (never the match's count of actions).
 */

/** `abandoned`: a lobby nobody came back to (or whose creator never arrived), removed. */
export type MatchStatus = "lobby" | "running" | "paused" | "finished" | "abandoned";

export interface SeatInfo {
  power: PowerId;
  /** The scenario's seat kind: minor powers are always bots. */
  kind: "core" | "optional" | "minor";
  /** Open to people by the match settings. */
  open: boolean;
  holder: "human" | "bot";
  name?: string | undefined;
  connected: boolean;
  lobbyReady: boolean;
}

export interface MatchInfo {
  id: string;
  name: string;
  scenario: string;
  start: string;
  status: MatchStatus;
  visibility: "public" | "private";
  phase: Phase;
  turn: number;
  /** Epoch ms of the current phase's deadline; null without a timer or while paused. */
  deadline: number | null;
  /** While paused: ms left on the phase's timer. */
  remaining: number | null;
  seats: SeatInfo[];
  spectators: number;
}

/**
 * What changed in a match's public record since the one every connection holds: the
 * top-level fields that moved, and only the seats that moved (each in full). Values are
 * absolute, so a patch applied twice, or to a record that already has it, changes nothing.
 */
export type MatchInfoPatch = Partial<Omit<MatchInfo, "seats">> & { seats?: SeatInfo[] };

/** Objectives' words by language, then by objective id (assets/locales/{lang}/objectives.json). */
export type ObjectiveText = Record<string, Record<string, { name: string; description?: string }>>;

export interface ChatMessage {
  id: number;
  channel: string;
  /** A power, or "host" for the match's host without a seat. */
  from: string;
  name?: string | undefined;
  text: string;
  /**
   * What a bot said, as a translatable key and its facts (ids, reason codes): the reader's
   * client shows it in the reader's language; `text` holds the English sentence.
   */
  say?: { key: string; params: Record<string, string> } | undefined;
  turn: number;
  /** Epoch ms. */
  at: number;
  attach?: { treaty: string } | { draft: TreatyDraft } | undefined;
}

export interface ServerMessages {
  welcome: {
    protocol: number;
    matchId: string;
    role: "player" | "spectator";
    seat: PowerId | null;
    host: boolean;
    /** Only to the host, once: keep it to come back as host. */
    hostToken?: string | undefined;
    /** Only to the host of a private match. */
    code?: string | undefined;
  };
  /** Only to the player who took the seat: keep it to come back (reload, restart). */
  seatToken: { power: PowerId; token: string };
  /** The match's public record in full: on joining (or coming back). */
  match: MatchInfo;
  /** What changed in it since (who joined, left, took or gave a seat…), batched. */
  matchPatch: MatchInfoPatch;
  /**
   * The objectives this connection may know (`knownObjectives`: its own seat's when the match
   * hides them), with their names and descriptions by language: sent before the view whenever
   * that set changes (joining, a seat, the end). The client ships none of them.
   */
  objectives: { objectives: Objective[]; text: ObjectiveText };
  view: { stateId: number; view: GameView };
  patch: { stateId: number; from: number; ops: ViewOp[] };
  /** The sender's action was accepted and committed. */
  ack: { ref?: number | undefined; stateId: number };
  /** Only to the sender: an engine code (ERR_*) or a protocol code. */
  refused: { ref?: number | undefined; code: RefusalCode; message: string };
  chat: ChatMessage;
  /** On join: the archive of every channel the client may read. */
  chatLog: { messages: ChatMessage[] };
}
export type ServerMessageType = keyof ServerMessages;
