/**
 * A connection can go silent without closing: its server process stalled (SIGSTOP, a paused
 * VM) or was cut off, its socket still open. The server's other processes take its matches
 * over once its lease (5 s by default) has lapsed, but nothing tells its clients. So a
 * connected client pings its server (Colyseus's own ping, answered by the server's transport
 * layer, not by a match) and, when a ping stays unanswered `timeoutMs`, takes the connection
 * for lost and joins its match again wherever it runs now (follow.ts).
 *
 * Only an unanswered ping counts, never the time since the last answer: a page in the
 * background, whose timers the browser slows to once a minute, finds its last ping answered
 * and sends the next one; it is never taken for silent.
 */
export interface HeartbeatOptions {
  /** How often a ping is sent (ms). */
  everyMs: number;
  /** How long a ping may stay unanswered before the connection is taken for lost (ms). */
  timeoutMs: number;
}

/**
 * A ping every 2 s; lost after 8 s without an answer. Longer than the servers' lease (LEASE_MS,
 * 5 s) and a heartbeat (BEAT_MS, 1 s): by the time a client gives a stalled process up, another
 * has claimed its match and removed its listings, so the first join goes to the new room; and
 * a server only slow (a starved machine) is rarely taken for stalled, each time at the cost of
 * its clients' rejoins.
 */
export const HEARTBEAT: HeartbeatOptions = { everyMs: 2000, timeoutMs: 8000 };

/** What is pinged (a Colyseus SDK room: its `ping` does nothing while its socket is closed). */
export interface Pingable {
  ping(answered: (ms: number) => void): void;
}

/**
 * Give a silent room up: no reconnection of the SDK's own (it would wait on the same stalled
 * process), its socket closed; its listeners, which check that it is still the current room,
 * ignore whatever it says after.
 */
export function abandon(room: {
  reconnection: { enabled: boolean; maxRetries: number };
  connection: { close: () => void };
}): void {
  room.reconnection.enabled = false;
  room.reconnection.maxRetries = 0;
  try {
    room.connection.close();
  } catch {
    // already closed
  }
}

export interface Timers {
  now: () => number;
  every: (fn: () => void, ms: number) => () => void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  every: (fn, ms) => {
    const t = setInterval(fn, ms);
    return () => clearInterval(t);
  },
};

export class Heartbeat {
  /** When the unanswered ping was sent; undefined when none is waiting. */
  private sentAt: number | undefined;
  private cancel: (() => void) | undefined;

  /** Starts at once; `silent` is called once, after which it has stopped. */
  constructor(
    target: Pingable,
    silent: () => void,
    options: HeartbeatOptions = HEARTBEAT,
    timers: Timers = realTimers,
  ) {
    this.cancel = timers.every(() => {
      const now = timers.now();
      if (this.sentAt === undefined) {
        const sent = now;
        this.sentAt = sent;
        target.ping(() => {
          if (this.sentAt === sent) this.sentAt = undefined;
        });
      } else if (now - this.sentAt >= options.timeoutMs) {
        this.stop();
        silent();
      }
    }, options.everyMs);
  }

  /** The socket was replaced (the SDK reconnected): a ping sent on the old one is forgotten. */
  reset(): void {
    this.sentAt = undefined;
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
