import type { Presence } from "@colyseus/core";
import { LIMITS } from "./limits.ts";

/**
 * Wrong join codes and tokens per IP, counted in Colyseus presence (Redis when several
 * processes serve), so guessing stays impractical: `record` counts one more wrong try.
 */
export async function tooManyBadCodes(
  presence: Presence,
  ip: string,
  record: boolean,
  perMinute = LIMITS.badCodesPerMinute,
) {
  const key = `cs:badcode:${ip}`;
  if (record) {
    const n = await presence.incr(key);
    if (n === 1) await presence.expire(key, 60);
    return n > perMinute;
  }
  const n = Number((await presence.get(key)) ?? 0);
  return n >= perMinute;
}
