import type { Room } from "@colyseus/sdk";
import { CLOSE, REJOIN_ATTEMPTS, rejoinDelay } from "@cs/shared";
import { abandon, Heartbeat, HEARTBEAT, type HeartbeatOptions } from "./heartbeat.ts";
import type { JoinTokens } from "./tokens.ts";

/** Why the client is joining its match again, for the page to say. */
export type FollowReason = "moved" | "lost" | "silent";

/**
 * The match moved to another server process (drained, or its process died or stalled), or its
 * server restarted, or went silent (heartbeat.ts): join it again, wherever it runs now, with
 * the tokens held at each attempt, backing off; no reload. A refused token or code ends the
 * attempts (it will not work later either); a room not found yet may be on its way.
 */
export async function follow(
  code: number | "silent",
  p: {
    options: () => JoinTokens;
    reconnecting: (reason: FollowReason) => void;
    join: (options: JoinTokens) => Promise<void>;
    closed: () => void;
  },
): Promise<void> {
  const reason = code === "silent" ? code : code === CLOSE.moved ? "moved" : "lost";
  for (let attempt = 1; attempt <= REJOIN_ATTEMPTS; attempt++) {
    const options = p.options();
    p.reconnecting(reason);
    await new Promise((r) => setTimeout(r, rejoinDelay(attempt, Math.random())));
    try {
      await p.join(options);
      return;
    } catch (e) {
      if (/ERR_BAD_(TOKEN|CODE)/.test(String(e))) break;
    }
  }
  p.closed();
}

export interface RoomEnds {
  /** Still the client's room (a replaced one is ignored, whatever it says after). */
  current: () => boolean;
  /** The SDK's own reconnection to the same process began, or succeeded. */
  state: (state: "reconnecting" | "connected") => void;
  /** Left with `code` (the SDK's reconnection, if any, failed), or its server went silent. */
  ended: (code: number | "silent") => void;
}

/**
 * How a room ends, wired alike for every client: the SDK's own reconnection is kept short (it
 * goes to the same process: when that one is gone, `follow` finds the match wherever it runs
 * now), and a heartbeat gives up a room whose server went silent. Returns its stop.
 */
export function watchEnds(
  room: Room,
  e: RoomEnds,
  heartbeat: HeartbeatOptions = HEARTBEAT,
): () => void {
  let given = false;
  const current = () => !given && e.current();
  room.reconnection.maxRetries = 3;
  const beat = new Heartbeat(
    room,
    () => {
      if (!current()) return;
      given = true;
      abandon(room);
      e.ended("silent");
    },
    heartbeat,
  );
  room.onDrop(() => {
    if (current()) e.state("reconnecting");
  });
  room.onReconnect(() => {
    beat.reset();
    if (current()) e.state("connected");
  });
  room.onLeave((code: number) => {
    beat.stop();
    if (current()) e.ended(code);
  });
  return () => beat.stop();
}
