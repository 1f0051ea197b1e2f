/**
 * A token bucket per client and kind of message: bursts up to `burst`, refilled at `rate`
 * per second. Past it, messages are refused with ERR_RATE_LIMIT (the room lives on);
 * Colyseus's own maxMessagesPerSecond stays as the hard cap that disconnects a flooder.
 */
export class Bucket {
  private readonly burst: number;
  private readonly rate: number;
  private tokens: number;
  private at: number;

  constructor(burst: number, rate: number) {
    this.burst = burst;
    this.rate = rate;
    this.tokens = burst;
    this.at = Date.now();
  }

  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.rate);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export interface Limits {
  any: { burst: number; rate: number };
  chat: { burst: number; rate: number };
  hardCap: number;
  badCodesPerMinute: number;
  /** New matches per client address per minute (a created room is stored at once). */
  createsPerMinute: number;
  /** Joins (and join-code look-ups) per client address per minute. */
  joinsPerMinute: number;
  /** Seconds a new match waits for its creator to connect before it is removed. */
  creatorWaitSeconds: number;
  /** Seconds a lobby with nobody connected lives on (a class's lobby: `classLobbyTtl…`). */
  lobbyTtlSeconds: number;
  classLobbyTtlSeconds: number;
  /**
   * Joins, leaves and seat changes reach the others as what changed in the match's record,
   * gathered over this many milliseconds. `infoUpdates: "full"` is the former behaviour (the
   * whole record to everyone at every change), kept for the benchmark's comparison.
   */
  infoBatchMs: number;
  infoUpdates: "delta" | "full";
}

export const LIMITS: Limits = {
  /** Any message: a person clicks fast, not 20 times a second for long. */
  any: { burst: 40, rate: 10 },
  /** Chat: 8 at once, then one every 2 seconds. */
  chat: { burst: 8, rate: 0.5 },
  /** Hard cap per second before Colyseus drops the connection. */
  hardCap: 120,
  /** Wrong join codes or tokens per IP per minute. */
  badCodesPerMinute: 10,
  /** A teacher or a host sets up a few; a script creating hundreds is refused. */
  createsPerMinute: 12,
  /** A class of 30 behind one school address, each joining and rejoining a few times. */
  joinsPerMinute: 150,
  /** Colyseus holds a seat reservation 15 s; the creator has had it by then, or never will. */
  creatorWaitSeconds: 30,
  /** Half an hour for a public or private match; a day for a class prepared ahead. */
  lobbyTtlSeconds: 30 * 60,
  classLobbyTtlSeconds: 24 * 3600,
  /** Colyseus's own default patch interval: one batch per tick of 50 ms. */
  infoBatchMs: 50,
  infoUpdates: "delta",
};
