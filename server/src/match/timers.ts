/** A pending timeout that can be cleared. */
export interface Timer {
  clear(): void;
}

/**
 * Where a match's deadlines and steps are scheduled: the room's Colyseus clock in the server,
 * plain timers in unit tests. The core never reads a global clock for scheduling.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): Timer;
}

/** Node's timers, for tests and tools that run a match without a room. */
export const nodeTimers: Timers = {
  setTimeout(fn, ms) {
    const t = setTimeout(fn, ms);
    return { clear: () => clearTimeout(t) };
  },
};
