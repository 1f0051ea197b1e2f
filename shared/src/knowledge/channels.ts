import type { PowerId } from "../model/state.ts";
import type { Known } from "./known.ts";
import type { Viewer } from "./viewFor.ts";

/**
 * Chat channels, the one place their rules live: `public`, or the sorted member powers joined
 * by `+` ("DEU+FRA", "FRA+GBR+SUN"). Members read a private channel; a class's teacher reads
 * every channel (students are told so on screen); everyone reads the public one.
 */
export const PUBLIC_CHANNEL = "public";

/** The id of the channel between these powers (the public one when none). */
export function channelId(powers: readonly PowerId[]): string {
  return powers.length === 0 ? PUBLIC_CHANNEL : [...new Set(powers)].sort().join("+");
}

/** Members of a private channel, from its id; undefined for the public one. */
export function channelMembers(channel: string): PowerId[] | undefined {
  return channel === PUBLIC_CHANNEL ? undefined : channel.split("+");
}

/** Whether a viewer (a seat, a spectator, the teacher) may read a channel. */
export function mayRead(channel: string, viewer: Viewer): boolean {
  const m = channelMembers(channel);
  return m === undefined || viewer === "teacher" || m.includes(viewer);
}

/** Why a chat line is refused (protocol codes, and the engine's for unknown things). */
export interface ChatRefusal {
  readonly code: "ERR_BAD_MESSAGE" | "ERR_UNKNOWN_POWER" | "ERR_NOT_MEMBER" | "ERR_UNKNOWN_TREATY";
  readonly message: string;
}

const refuse = (code: ChatRefusal["code"], message: string): ChatRefusal => ({ code, message });

/** A channel id well formed for this match: sorted members, once each, all in the match. */
export function checkChannel(known: Known, channel: string): ChatRefusal | undefined {
  const m = channelMembers(channel);
  if (!m) return undefined;
  if (channelId(m) !== channel)
    return refuse("ERR_BAD_MESSAGE", "List a channel's powers sorted, once each.");
  if (m.some((p) => !known.powers[p]))
    return refuse("ERR_UNKNOWN_POWER", "A channel member is not in this match.");
  return undefined;
}

/**
 * Whether `from` (a seat, or the seatless host) may write this message: to a channel it is a
 * member of, with a treaty attached only if it can see it. `known` is what the writer knows
 * (its view, or the state: a treaty it cannot see is absent from its view).
 */
export function checkChat(
  known: Known,
  from: PowerId | "host",
  msg: { channel: string; attach?: { treaty: string } | object | undefined },
): ChatRefusal | undefined {
  const bad = checkChannel(known, msg.channel);
  if (bad) return bad;
  const m = channelMembers(msg.channel);
  if (m && (from === "host" || !m.includes(from)))
    return refuse("ERR_NOT_MEMBER", "You are not a member of that channel.");
  if (msg.attach && "treaty" in msg.attach) {
    if (from === "host" || !known.treaties[msg.attach.treaty])
      return refuse("ERR_UNKNOWN_TREATY", "You cannot attach a treaty you cannot see.");
  }
  return undefined;
}
