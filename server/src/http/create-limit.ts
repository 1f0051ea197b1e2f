import type { ServerResponse } from "node:http";
import { matchMaker } from "@colyseus/core";

/**
 * Counts one more match created from this address this minute (in Colyseus presence, shared
 * by every process); true when past the limit. Every route that makes a match counts here:
 * `client.create`, `joinOrCreate` and branching a replay.
 */
export function tooManyCreates(ip: string, perMinute: number): Promise<boolean> {
  return tooManyPerMinute("create", ip, perMinute);
}

/** One more request of a kind from this address this minute; true when past `perMinute`. */
export async function tooManyPerMinute(
  kind: string,
  ip: string,
  perMinute: number,
): Promise<boolean> {
  const key = `cs:${kind}:${ip}`;
  const n = await matchMaker.presence.incr(key);
  if (n === 1) await matchMaker.presence.expire(key, 60);
  return n > perMinute;
}

const CREATE_LIMIT_MESSAGE =
  "ERR_RATE_LIMIT: Too many new matches from your address; wait a minute.";

const JOIN_LIMIT_MESSAGE = "ERR_RATE_LIMIT: Too many joins from your address; wait a minute.";

export function refuseJoins(res: ServerResponse, headers: Record<string, string> = {}): void {
  res
    .writeHead(429, { "content-type": "application/json", "retry-after": "60", ...headers })
    .end(JSON.stringify({ code: "ERR_RATE_LIMIT", message: JOIN_LIMIT_MESSAGE }));
}

export function refuseCreate(res: ServerResponse, headers: Record<string, string> = {}): void {
  res
    .writeHead(429, { "content-type": "application/json", "retry-after": "60", ...headers })
    .end(JSON.stringify({ code: "ERR_RATE_LIMIT", message: CREATE_LIMIT_MESSAGE }));
}
