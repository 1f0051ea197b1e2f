import type { Client } from "@colyseus/core";
import type { ClientData } from "./clientData.ts";
import { canRead } from "./chat.ts";
import type { MatchRoom } from "./MatchRoom.ts";
import { services } from "./services.ts";

/** On join: the archive of the channels this client may read (the last 500 messages). */
export async function sendChatLog(room: MatchRoom, client: Client): Promise<void> {
  const data = client.userData as ClientData | undefined;
  const all = await services().storage.readChat(room.row.id);
  const messages = all
    .filter((m) => data?.teacher || canRead(m.channel, data?.seat ?? null))
    .slice(-500);
  client.send("chatLog", { messages });
}
