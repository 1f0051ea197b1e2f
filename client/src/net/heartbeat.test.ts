import { describe, expect, test } from "vitest";
import { Heartbeat, type Timers } from "./heartbeat.ts";

/** A clock moved by hand, and a server that answers pings when told to. */
function rig(answers: boolean) {
  let now = 0;
  let tick: (() => void) | undefined;
  const timers: Timers = {
    now: () => now,
    every: (fn) => {
      tick = fn;
      return () => (tick = undefined);
    },
  };
  const waiting: ((ms: number) => void)[] = [];
  const server = {
    pings: 0,
    ping(answered: (ms: number) => void) {
      server.pings++;
      if (answers) answered(1);
      else waiting.push(answered);
    },
  };
  let silences = 0;
  const beat = new Heartbeat(server, () => silences++, { everyMs: 2000, timeoutMs: 5000 }, timers);
  const advance = (ms: number) => {
    now += ms;
    tick?.();
  };
  return { beat, server, waiting, advance, silences: () => silences, running: () => !!tick };
}

describe("heartbeat: a connection that stays open but silent is taken for lost", () => {
  test("a server that answers is pinged every tick and never taken for silent", () => {
    const r = rig(true);
    for (let i = 0; i < 10; i++) r.advance(2000);
    expect(r.server.pings).toBe(10);
    expect(r.silences()).toBe(0);
  });

  test("a ping unanswered for the timeout: silent once, then stopped", () => {
    const r = rig(false);
    r.advance(2000); // ping sent at 2 s
    r.advance(2000); // 2 s unanswered
    r.advance(2000); // 4 s
    expect(r.silences()).toBe(0);
    r.advance(2000); // 6 s ≥ 5 s
    expect(r.silences()).toBe(1);
    expect(r.running()).toBe(false);
    expect(r.server.pings).toBe(1); // no new ping while one waits
  });

  test("a page whose timers the browser slowed to once a minute: its answered ping does not count", () => {
    const r = rig(true);
    for (let i = 0; i < 5; i++) r.advance(60_000);
    expect(r.silences()).toBe(0);
  });

  test("a late answer in time clears the wait; a reconnection forgets the ping sent on the old socket", () => {
    const r = rig(false);
    r.advance(2000);
    r.advance(2000);
    r.waiting.shift()?.(4000); // answered after 2 s
    r.advance(2000); // next ping
    r.advance(2000);
    r.beat.reset(); // the SDK reconnected: that ping was on the old socket
    r.advance(2000); // a fresh ping
    r.advance(2000);
    expect(r.silences()).toBe(0);
    expect(r.server.pings).toBe(3);
  });
});
