/**
 * WebSocket close codes the server uses when a match leaves a process, and that the client
 * follows by joining the match again (with the seat, host or class tokens it keeps). Colyseus
 * owns 4000–4010; ours start at 4100.
 */
export const CLOSE = {
  /** The process is draining (SIGTERM): the match moves to another process. */
  moved: 4100,
  /** The process lost the match's ownership (it stalled past its lease): another runs it. */
  fenced: 4101,
} as const;

export type CloseReason = keyof typeof CLOSE;

/** Codes after which the client should rejoin the same match rather than give up. */
export const REJOIN_CODES: readonly number[] = [
  CLOSE.moved,
  CLOSE.fenced,
  // Colyseus: abnormal closure, server shutdown, failed reconnection.
  1006,
  4001,
  4003,
];
