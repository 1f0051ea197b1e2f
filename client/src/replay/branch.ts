import type { ReplayFile } from "@cs/shared";
import { saveSession } from "../net/tokens.ts";

/**
 * "Branch here", online: the server creates a new match sharing the replay's history up to
 * the turn and answers with its host token. The token goes into the browser's session, the
 * one the shell rejoins from after a reload, so opening the shell lands in the new match's
 * lobby as its host — no second way of joining a match.
 */
export interface BranchAnswer {
  matchId: string;
  hostToken: string;
  code?: string;
  turn: string;
}

export async function branchOnline(
  base: string,
  source: { matchId: string } | { replay: ReplayFile },
  turn: string,
  humanSeats?: readonly string[],
): Promise<{ ok: true; value: BranchAnswer } | { ok: false; code: string; message: string }> {
  let res: Response;
  try {
    res = await fetch(`${base}/api/replays/branch`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ ...source, turn, ...(humanSeats ? { humanSeats } : {}) }),
    });
  } catch (e) {
    return { ok: false, code: "ERR_NETWORK", message: String(e) };
  }
  const body = (await res.json().catch(() => ({}))) as Partial<BranchAnswer> & {
    code?: string;
    message?: string;
  };
  if (!res.ok || !body.matchId || !body.hostToken) {
    return {
      ok: false,
      code: body.code ?? `HTTP_${res.status}`,
      message: body.message ?? res.statusText,
    };
  }
  const value: BranchAnswer = {
    matchId: body.matchId,
    hostToken: body.hostToken,
    turn: body.turn ?? turn,
  };
  if (body.code) value.code = body.code;
  return { ok: true, value };
}

/** Keep the new match's host token and open the shell: it rejoins into the lobby. */
export function enterBranch(answer: BranchAnswer, shellUrl = "./"): void {
  saveSession(window.localStorage, {
    matchId: answer.matchId,
    hostToken: answer.hostToken,
    ...(answer.code ? { code: answer.code } : {}),
  });
  window.location.assign(shellUrl);
}
