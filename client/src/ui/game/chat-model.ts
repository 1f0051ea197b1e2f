import type { ChatMessage } from "@cs/shared";

/** Channel ids are "public" or the sorted member powers joined by "+" (protocol). */
export function channelId(members: readonly string[]): string {
  return [...new Set(members)].sort().join("+");
}

export function channelMembers(id: string): string[] {
  return id === "public" ? [] : id.split("+");
}

/** The channels a seat can read: public, each it has seen a message in, and any opened. */
export function channelsOf(messages: readonly ChatMessage[], opened: readonly string[]): string[] {
  const ids = new Set(["public", ...opened]);
  for (const m of messages) ids.add(m.channel);
  return [...ids];
}

export function messagesIn(messages: readonly ChatMessage[], channel: string): ChatMessage[] {
  return messages.filter((m) => m.channel === channel).sort((a, b) => a.id - b.id);
}
