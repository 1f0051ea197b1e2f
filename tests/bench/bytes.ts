import type { Room } from "@colyseus/sdk";

/** Counts the bytes a client receives, frame by frame, under the SDK's own message handling. */
export function countBytes(room: Room, add: (bytes: number) => void): void {
  const events = (
    room.connection.transport as unknown as { events: { onmessage?: (e: MessageEvent) => void } }
  ).events;
  const original = events.onmessage;
  events.onmessage = (e: MessageEvent) => {
    // Binary frames (ArrayBuffer or Buffer) have a byteLength; a text frame has none.
    add((e.data as { byteLength?: number }).byteLength ?? 0);
    original?.(e);
  };
}
