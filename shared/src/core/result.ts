/**
 * Rule violations are values, never exceptions: every refusal carries a stable code (for
 * programs and tests) and a sentence a player can read.
 */
export const ERROR_CODES = [
  "ERR_BAD_ACTION",
  "ERR_NOT_YOUR_SEAT",
  "ERR_UNKNOWN_POWER",
  "ERR_UNKNOWN_REGION",
  "ERR_UNKNOWN_TREATY",
  "ERR_UNKNOWN_MOTION",
  "ERR_UNKNOWN_CRISIS",
  "ERR_UNKNOWN_OBLIGATION",
  "ERR_UNKNOWN_DEMAND",
  "ERR_UNKNOWN_CONFERENCE",
  "ERR_WRONG_PHASE",
  "ERR_MATCH_OVER",
  "ERR_STALE_STATE",
  "ERR_NOT_ENOUGH_AP",
  "ERR_NOT_ENOUGH_INDUSTRY",
  "ERR_NOT_A_PARTY",
  "ERR_ALREADY_DONE",
  "ERR_TENSION_TOO_LOW",
  "ERR_NOT_AT_WAR",
  "ERR_ALREADY_AT_WAR",
  "ERR_NO_REACH",
  "ERR_NOT_ADJACENT",
  "ERR_NOT_LEAGUE_MEMBER",
  "ERR_ALREADY_LEAGUE_MEMBER",
  "ERR_NOT_ALLOWED",
  "ERR_INVALID_TREATY",
  "ERR_LIMIT",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RuleError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T, E = RuleError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** A refusal as a plain error value (what `check` functions return). */
export const refuse = (code: ErrorCode, message: string): RuleError => ({ code, message });
