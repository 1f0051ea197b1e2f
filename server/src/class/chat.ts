import type { Client } from "@colyseus/core";
import type { ClientData } from "../room/clientData.ts";
import { canRead, members } from "../room/chat.ts";
import type { Refusal } from "../room/flow.ts";
import type { MatchRoom } from "../room/MatchRoom.ts";
import { services } from "../room/services.ts";

/**
 * The teacher writes to a channel, a team's private one too (the room's own `chat` keeps the
 * seatless host out of private channels; a class's teacher reads them all and may speak in
 * them). The message goes to the channel's members and to the teacher, never to anyone else.
 */
export async function teacherChat(
  room: MatchRoom,
  client: Client,
  channel: string,
  text: string,
): Promise<Refusal | undefined> {
  const data = client.userData as ClientData | undefined;
  if (data && !data.limits.chat.take())
    return { code: "ERR_RATE_LIMIT", message: "Too many messages." };
  const state = room.game.state;
  const m = members(channel);
  if (m) {
    if ([...new Set(m)].sort().join("+") !== channel)
      return { code: "ERR_BAD_MESSAGE", message: "List a channel's powers sorted, once each." };
    if (m.some((p) => !state.powers[p]))
      return { code: "ERR_UNKNOWN_POWER", message: "A channel member is not in this match." };
  }
  const message = {
    channel,
    from: "host",
    name: data?.name,
    text,
    turn: state.turn,
    at: Date.now(),
  };
  const id = await services().storage.appendChat(room.row.id, message);
  for (const c of room.clients) {
    const d = c.userData as ClientData | undefined;
    if (d?.teacher || canRead(channel, d?.seat ?? null)) c.send("chat", { id, ...message });
  }
  return undefined;
}
