import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { spreadPings, type Pinged } from "./transport.ts";

/** A connection that counts its pings and answers them (a pong resets the count) if alive. */
function connection(set: Set<Pinged>, alive = true) {
  const c = {
    pingCount: 0,
    pings: 0,
    terminated: false,
    alive,
    ping() {
      c.pings++;
      if (c.alive) queueMicrotask(() => (c.pingCount = 0));
    },
    terminate() {
      c.terminated = true;
      set.delete(c);
    },
  };
  set.add(c);
  return c;
}

describe("spreadPings: Colyseus's liveness rule, its pings spread over the interval", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test("every connection is pinged once an interval, a share of them every 100 ms", async () => {
    const set = new Set<Pinged>();
    const all = Array.from({ length: 300 }, () => connection(set));
    const timer = spreadPings(set, 3000, 2);
    await vi.advanceTimersByTimeAsync(100);
    // 300 connections over 30 slices: 10 a slice, never the whole set in one callback.
    expect(all.filter((c) => c.pings > 0)).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(2900);
    expect(all.every((c) => c.pings === 1)).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(all.every((c) => c.pings === 2 && !c.terminated)).toBe(true);
    clearInterval(timer);
  });

  test("a connection that answers none of its last two pings is terminated; the others stay", async () => {
    const set = new Set<Pinged>();
    const live = connection(set);
    const dead = connection(set, false);
    const timer = spreadPings(set, 3000, 2);
    await vi.advanceTimersByTimeAsync(6000);
    expect(dead.pings).toBe(2);
    expect(dead.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(3000);
    expect(dead.terminated).toBe(true);
    expect(live.terminated).toBe(false);
    expect(set.has(live)).toBe(true);
    clearInterval(timer);
  });

  test("connections that come and go during a round are pinged in the next one", async () => {
    const set = new Set<Pinged>();
    const first = Array.from({ length: 30 }, () => connection(set));
    const timer = spreadPings(set, 3000, 2);
    await vi.advanceTimersByTimeAsync(1500);
    const late = connection(set);
    first[29]?.terminate();
    await vi.advanceTimersByTimeAsync(4500);
    expect(late.pings).toBeGreaterThanOrEqual(1);
    expect(first.slice(0, 29).every((c) => c.pings === 2)).toBe(true);
    clearInterval(timer);
  });
});
