import { unpack } from "msgpackr";
import { decode } from "@colyseus/schema";
import type { Client, Room } from "@colyseus/core";
import { clientLog } from "../log/oneline.ts";

/** Colyseus's protocol codes for frames that carry a message (`@colyseus/shared-types`). */
const ROOM_DATA = 13;
const ROOM_REQUEST = 21;

/**
 * Whether a frame from a client can be read the way Colyseus will read it: a message type,
 * then a msgpack payload. Colyseus logs a full stack trace for every frame it cannot decode
 * (and drops the client); the room checks first, so that a bad frame is refused, logged on
 * one line and costs nothing else. Returns a reason, or undefined for a readable frame.
 */
function badFrame(buffer: Uint8Array | undefined): string | undefined {
  if (!buffer || buffer.byteLength === 0) return "empty frame";
  const code = (buffer[0] ?? 0) & 0x1f;
  if (code !== ROOM_DATA && code !== ROOM_REQUEST) return undefined;
  try {
    const it = { offset: 1 };
    if (code === ROOM_REQUEST) decode.number(buffer, it);
    if (it.offset >= buffer.byteLength) return "no message type";
    if (decode.stringCheck(buffer, it)) decode.string(buffer, it);
    else decode.number(buffer, it);
    if (it.offset > buffer.byteLength) return "truncated message type";
    if (buffer.byteLength > it.offset) unpack(buffer.subarray(it.offset));
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : "undecodable payload";
  }
}

/**
 * Every frame is checked before Colyseus reads it: one it cannot decode is refused to its
 * sender and logged on one line (code, match, client), rate-limited for the process — not a
 * stack trace per frame — and it draws on the sender's message bucket (`take`).
 */
export function guardFrames(
  room: Room,
  take: (client: Client) => boolean,
  refuse: (client: Client) => void,
): void {
  const self = room as unknown as { _onMessage(client: Client, buffer: Uint8Array): void };
  const read = self._onMessage.bind(room);
  self._onMessage = (client, buffer) => {
    const why = badFrame(buffer);
    if (why === undefined) return read(client, buffer);
    if (!take(client)) return;
    clientLog.line("ERR_BAD_FRAME", {
      match: room.roomId,
      client: client.sessionId,
      bytes: buffer.byteLength,
      why,
    });
    refuse(client);
  };
}
