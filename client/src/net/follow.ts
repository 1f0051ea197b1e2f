import { CLOSE, REJOIN_ATTEMPTS, rejoinDelay } from "@cs/shared";
import type { JoinTokens } from "./tokens.ts";

/**
 * The match moved to another server process (drained, or its process died or stalled), or its
 * server restarted: join it again, wherever it runs now, with the tokens held at each attempt,
 * backing off; no reload. A refused token or code ends the attempts (it will not work later
 * either); a room not found yet may be on its way.
 */
export async function follow(
  code: number,
  p: {
    options: () => JoinTokens;
    reconnecting: (reason: "moved" | "lost") => void;
    join: (options: JoinTokens) => Promise<void>;
    closed: () => void;
  },
): Promise<void> {
  const reason = code === CLOSE.moved ? "moved" : "lost";
  for (let attempt = 1; attempt <= REJOIN_ATTEMPTS; attempt++) {
    const options = p.options();
    p.reconnecting(reason);
    await new Promise((r) => setTimeout(r, rejoinDelay(attempt)));
    try {
      await p.join(options);
      return;
    } catch (e) {
      if (/ERR_BAD_(TOKEN|CODE)/.test(String(e))) break;
    }
  }
  p.closed();
}
