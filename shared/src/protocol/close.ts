/**
 * WebSocket close codes the server uses when a match leaves a process, and that the client
 * follows by joining the match again (with the seat, host or class tokens it keeps). Colyseus
 * owns 4000–4010; ours start at 4100.
 */
export const CLOSE = {
  /** The server is draining (it is shutting down): the match moves to another server. */
  moved: 4100,
  /** The process lost the match's ownership (it stalled past its lease): another runs it. */
  fenced: 4101,
} as const;

export type CloseReason = keyof typeof CLOSE;

/**
 * Codes after which the client joins the same match again rather than give up: ours, and
 * Colyseus's abnormal closure (1006: the process died), server shutdown (4001) and failed
 * reconnection (4003: the SDK's own retries, to the same process, ran out).
 */
const REJOIN_CODES: readonly number[] = [CLOSE.moved, CLOSE.fenced, 1006, 4001, 4003];

export function shouldRejoin(code: number): boolean {
  return REJOIN_CODES.includes(code);
}

/** Attempts before the client gives up (about 40 s in all: a failover takes under 10). */
export const REJOIN_ATTEMPTS = 42;

/**
 * Milliseconds before rejoin attempt `n` (1, 2, …): quick at first, then about every second. A
 * match comes back at a moment no client can know (the lease, then its rebuild): a client
 * asks again at most a second after it is there. A join that finds no room is one read of
 * Redis, so even every client of a process asking each second is little. `draw`, in [0, 1),
 * spreads the delay over its upper half: the clients of a lost process, all closed in the same
 * instant, then do not all knock on the new owner in the same millisecond (the caller draws
 * it — a client its own random number — for the rules have no chance of their own here).
 */
export function rejoinDelay(n: number, draw: number): number {
  const full = Math.min(1000, 150 * 2 ** Math.max(0, n - 1));
  return full * (0.5 + 0.5 * Math.min(Math.max(draw, 0), 1));
}
