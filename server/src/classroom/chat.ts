import { members } from "../match/chat.ts";
import { refusal, type Refusal } from "../match/refusal.ts";
import type { Classroom } from "./context.ts";

/**
 * The teacher writes to a channel, a team's private one too (the room's own `chat` keeps the
 * seatless host out of private channels; a class's teacher reads them all and may speak in
 * them). The message goes to the channel's members and to the teacher, never to anyone else.
 */
export async function teacherChat(
  c: Classroom,
  name: string,
  channel: string,
  text: string,
): Promise<Refusal | undefined> {
  const { match } = c.host;
  const m = members(channel);
  if (m) {
    if ([...new Set(m)].sort().join("+") !== channel)
      return refusal("ERR_BAD_MESSAGE", "List a channel's powers sorted, once each.");
    if (m.some((p) => !match.state.powers[p]))
      return refusal("ERR_UNKNOWN_POWER", "A channel member is not in this match.");
  }
  const message = await match.archiveChat({
    channel,
    from: "host",
    name,
    text,
    turn: match.state.turn,
    at: Date.now(),
  });
  c.host.deliverChat(message);
  return undefined;
}
