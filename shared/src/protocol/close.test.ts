import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REJOIN_ATTEMPTS, rejoinDelay, shouldRejoin, CLOSE } from "./close.ts";

describe("rejoinDelay", () => {
  it.each([
    // attempt, draw, ms: the full back-off at the top of its range, half of it at the bottom
    [1, 0.999_999, 150],
    [1, 0, 75],
    [2, 0, 150],
    [3, 0.5, 450],
    [4, 0, 500],
    [5, 0.999_999, 1000],
    [REJOIN_ATTEMPTS, 0, 500],
  ])("attempt %i with draw %d waits about %i ms", (n, draw, ms) => {
    expect(rejoinDelay(n, draw)).toBeCloseTo(ms, 0);
  });

  it("stays within half and the whole of the back-off, never past a second", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: REJOIN_ATTEMPTS }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, draw) => {
          const full = Math.min(1000, 150 * 2 ** (n - 1));
          const d = rejoinDelay(n, draw);
          return d >= full / 2 && d <= full && d <= 1000;
        },
      ),
    );
  });

  it("spreads clients closed in the same instant: different draws, different delays", () => {
    const delays = new Set([0.1, 0.3, 0.6, 0.9].map((draw) => rejoinDelay(3, draw)));
    expect(delays.size).toBe(4);
  });

  it("keeps a draw outside [0, 1) within the bounds", () => {
    expect(rejoinDelay(2, -3)).toBe(150);
    expect(rejoinDelay(2, 7)).toBe(300);
  });
});

describe("shouldRejoin", () => {
  it.each([
    [CLOSE.moved, true],
    [CLOSE.fenced, true],
    [1006, true],
    [1000, false],
  ])("code %i → %s", (code, expected) => {
    expect(shouldRejoin(code)).toBe(expected);
  });
});
