import {
  MAX_CHAT_LENGTH,
  viewFor,
  type ChatMessage,
  type GameState,
  type ParsedClientMessage,
  type PowerId,
} from "@cs/shared";
import type { Refusal } from "./refusal.ts";

export const PUBLIC = "public";

/** Members of a private channel, from its id ("DEU+FRA"); undefined for the public one. */
export function members(channel: string): PowerId[] | undefined {
  return channel === PUBLIC ? undefined : channel.split("+");
}

/** Whether a seat (or a spectator, null) may read a channel. A teacher will read all. */
export function canRead(channel: string, seat: PowerId | null): boolean {
  const m = members(channel);
  return m === undefined || (seat !== null && m.includes(seat));
}

/** Check a chat message from a seat (or the seatless host, "host") before it is archived. */
export function checkChat(
  state: GameState,
  from: PowerId | "host",
  msg: ParsedClientMessage<"chat">,
): Refusal | undefined {
  const m = members(msg.channel);
  if (m) {
    const sorted = [...new Set(m)].sort();
    if (sorted.join("+") !== msg.channel) {
      return { code: "ERR_BAD_MESSAGE", message: "List a channel's powers sorted, once each." };
    }
    if (m.some((p) => !state.powers[p])) {
      return { code: "ERR_UNKNOWN_POWER", message: "A channel member is not in this match." };
    }
    if (from === "host" || !m.includes(from)) {
      return { code: "ERR_NOT_MEMBER", message: "You are not a member of that channel." };
    }
  }
  if (msg.attach && "treaty" in msg.attach) {
    if (from === "host" || !viewFor(state, from).treaties[msg.attach.treaty]) {
      return { code: "ERR_UNKNOWN_TREATY", message: "You cannot attach a treaty you cannot see." };
    }
  }
  return undefined;
}

export const tooLong = (text: unknown): boolean =>
  typeof text === "string" && text.length > MAX_CHAT_LENGTH;

export type NewChat = Omit<ChatMessage, "id">;
