import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { apply, compile, createInitialState, MINI, type GameState } from "../index.ts";
import { PersonalitySchema } from "../scenario/schema.ts";
import { chooseMoves } from "./chooseActions.ts";
import type { Strength } from "./types.ts";

const ctx = compile(MINI);

/** A whole MINI match with bots at every seat; throws on the first refused bot action. */
function play(seed: number, strengthOf: (seat: string) => Strength, personality?: unknown) {
  let state: GameState = createInitialState(MINI, { seed });
  let moves = 0;
  const p = personality === undefined ? undefined : PersonalitySchema.parse(personality);
  for (let step = 0; step < 200 && state.phase !== "ended"; step++) {
    for (const seat of ctx.powerIds) {
      const options = p
        ? { strength: strengthOf(seat), personality: p }
        : { strength: strengthOf(seat) };
      for (const m of chooseMoves(state, seat, ctx, options)) {
        const r = apply(state, seat, m.action, ctx);
        if (!r.ok) throw new Error(`${seat} ${JSON.stringify(m.action)}: ${r.error.code}`);
        expect(m.reason.length).toBeGreaterThan(3);
        state = r.value.state;
        moves++;
      }
    }
    const r = apply(state, "system", { type: "advance" }, ctx);
    if (!r.ok) throw new Error(r.error.code);
    state = r.value.state;
  }
  return { state, moves };
}

const personality = fc.record({
  aims: fc.subarray([
    "revise",
    "expand",
    "security",
    "collective",
    "peace",
    "empire",
    "neutrality",
  ]),
  fears: fc.subarray(["DEU", "FRA", "GBR", "SUN", "ITA", "POL", "CSK"]),
  risk: fc.double({ min: 0, max: 1, noNaN: true }),
  trust: fc.double({ min: 0, max: 1, noNaN: true }),
  honour: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe("bots never make an action the engine refuses", () => {
  test("historical and adaptive bots, any seed, any mix of seats", () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (seed, mix) => {
          const { state } = play(seed, (seat) =>
            mix[ctx.powerIds.indexOf(seat)] ? "adaptive" : "historical",
          );
          expect(state.phase).toBe("ended");
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  test("any personality", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), personality, fc.boolean(), (seed, p, adaptive) => {
        const { state, moves } = play(seed, () => (adaptive ? "adaptive" : "historical"), p);
        expect(state.phase).toBe("ended");
        expect(moves).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  test("is deterministic: the same seed and strengths give the same match", () => {
    const a = play(5, (s) => (s === "DEU" ? "adaptive" : "historical")).state;
    const b = play(5, (s) => (s === "DEU" ? "adaptive" : "historical")).state;
    expect(a).toEqual(b);
  });
});
