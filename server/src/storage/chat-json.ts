import type { ChatMessage } from "@cs/shared";

/**
 * A chat message's structured extras in the one JSON column `attach`: a treaty or draft
 * attached by a player, or what a bot said as a translatable key (`say`). Kept in one column
 * so that no migration is needed; a row written before `say` existed reads as before.
 */
export function extrasJson(m: Pick<ChatMessage, "attach" | "say">): string | null {
  if (m.say) return JSON.stringify({ ...(m.attach ?? {}), say: m.say });
  return m.attach ? JSON.stringify(m.attach) : null;
}

export function readExtras(json: unknown): Pick<ChatMessage, "attach" | "say"> {
  if (json === null || json === undefined) return {};
  const parsed = (typeof json === "string" ? JSON.parse(json) : json) as Record<string, unknown>;
  const { say, ...attach } = parsed;
  const out: Pick<ChatMessage, "attach" | "say"> = {};
  if (Object.keys(attach).length) out.attach = attach as ChatMessage["attach"];
  if (say) out.say = say as ChatMessage["say"];
  return out;
}
