import { checkChannel } from "@cs/shared";
import type { Refusal } from "../match/refusal.ts";
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
  const bad = checkChannel(match.state, channel);
  if (bad) return bad;
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
