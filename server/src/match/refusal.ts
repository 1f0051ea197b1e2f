import type { MatchStatus, Refusal, RefusalCode } from "@cs/shared";

export type { Refusal } from "@cs/shared";

/** A refusal sent back to the sender only: an engine, protocol or classroom code. */
export const refusal = (code: RefusalCode, message: string): Refusal => ({ code, message });

/** Why a seat cannot act in a match in this status (nothing when it is running). */
export function notPlaying(status: MatchStatus): Refusal | undefined {
  if (status === "lobby") return refusal("ERR_NOT_STARTED", "The host has not started the match.");
  if (status === "paused") return refusal("ERR_PAUSED", "The match is paused.");
  if (status === "finished") return refusal("ERR_MATCH_OVER", "The match is over.");
  return undefined;
}
