import { ERROR_CODES, type ErrorCode } from "../core/result.ts";
import { CLASS_ERRORS, type ClassErrorCode } from "./class.ts";

/** Stable codes of protocol refusals; rule refusals carry the engine's codes (ERR_*). */
export const PROTOCOL_ERRORS = [
  "ERR_BAD_MESSAGE",
  "ERR_UNKNOWN_MESSAGE",
  "ERR_RATE_LIMIT",
  "ERR_BAD_TOKEN",
  "ERR_BAD_CODE",
  "ERR_BAD_SETTINGS",
  "ERR_UNKNOWN_SCENARIO",
  "ERR_NO_SEAT",
  "ERR_SEAT_TAKEN",
  "ERR_NOT_HOST",
  "ERR_NOT_STARTED",
  "ERR_PAUSED",
  "ERR_STALE_STATE",
  "ERR_TOO_LONG",
  "ERR_NOT_MEMBER",
  "ERR_MATCH_OVER",
  "ERR_INTERNAL",
  /** A teacher's ±1 minute on a phase without a clock. */
  "ERR_NO_TIMER",
  /** A frame the room cannot read at all (not a message of the protocol). */
  "ERR_BAD_FRAME",
  /** HTTP: no such match or class; an unreadable request; a body over the limit. */
  "ERR_NOT_FOUND",
  "ERR_BAD_REQUEST",
  "ERR_TOO_LARGE",
  /** HTTP: a running match's log is not given out. */
  "ERR_MATCH_RUNNING",
  /** The client's own: a message sent while no room is joined. */
  "ERR_NOT_CONNECTED",
  /** The client's own: the connection dropped before the server answered an action. */
  "ERR_NO_ANSWER",
] as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERRORS)[number];

/**
 * Every code a refusal can carry, in one list: the engine's (rules: `core/result.ts`), the
 * protocol's (messages, joins, the match's lifecycle, HTTP: `server.ts`) and the classroom's
 * (`class.ts`). Each has an English and a French sentence (assets/locales/{en,fr}/refusals.json),
 * which a test checks; the client shows that sentence, the server's own as a fallback.
 */
export const REFUSAL_CODES: readonly RefusalCode[] = [
  ...new Set<RefusalCode>([...ERROR_CODES, ...PROTOCOL_ERRORS, ...CLASS_ERRORS]),
];

export type RefusalCode = ErrorCode | ProtocolErrorCode | ClassErrorCode;

/** A refusal, wherever it comes from: a stable code and a sentence a person can read. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
}

export const isRefusalCode = (code: string): code is RefusalCode =>
  (REFUSAL_CODES as readonly string[]).includes(code);
