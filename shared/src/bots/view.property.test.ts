/**
 * Bots play from their own seat's view (issue 10): two states a seat cannot tell apart — the
 * same viewFor — get the same moves from its bot, whatever differs behind the view: others'
 * exact figures within their estimates, their pending orders, action points and production,
 * what their intelligence has learnt, and the game's dice.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { apply, compile, createInitialState, MINI, viewFor, type GameState } from "../index.ts";
import { clonePlain } from "../core/clone.ts";
import { seedRng } from "../core/rng.ts";
import { FIGURES } from "../scenario/conditions.ts";
import { PersonalitySchema } from "../scenario/schema.ts";
import { chooseMoves } from "./chooseActions.ts";
import { knownTo } from "./known.ts";
import type { Strength } from "./types.ts";

const ctx = compile(MINI);

/** States along a bot-played MINI match, one per phase. */
function statesOf(seed: number, strength: Strength): GameState[] {
  let state: GameState = createInitialState(MINI, { seed });
  const out: GameState[] = [];
  for (let step = 0; step < 60 && state.phase !== "ended"; step++) {
    out.push(state);
    for (const seat of ctx.powerIds) {
      for (const m of chooseMoves(state, seat, ctx, { strength })) {
        const r = apply(state, seat, m.action, ctx);
        if (r.ok) state = r.value.state;
      }
    }
    const r = apply(state, "system", { type: "advance" }, ctx);
    if (!r.ok) break;
    state = r.value.state;
  }
  return out;
}

/** The same world with everything hidden from `seat` shaken (what it cannot see). */
function shaken(state: GameState, seat: string, noise: readonly number[]): GameState {
  const s = clonePlain<GameState>(state);
  let i = 0;
  const next = () => noise[i++ % noise.length] ?? 0;
  for (const [id, p] of Object.entries(s.powers)) {
    if (id === seat) continue;
    const seen = state.powers[seat]?.intel[id];
    const step = seen !== undefined && seen >= state.turn - 1 ? 2 : 10;
    for (const f of FIGURES) {
      // Credibility is public (the view shows it exactly); the rest are estimates rounded to
      // `step`: anywhere within what rounds the same.
      if (f === "credibility") continue;
      const e = Math.round(p[f] / step) * step;
      const moved = Math.max(0, Math.min(100, e - step / 2 + (Math.abs(next()) % step)));
      if (Math.round(moved / step) * step === e) p[f] = moved;
    }
    p.ap = Math.max(0, p.ap + next());
    p.production = Math.max(0, p.production + next());
    p.orders = [];
    p.intel = {};
  }
  s.rng = seedRng(state.rng[0] ^ 0x5bd1e995);
  // A secret alliance among others, which the seat cannot read.
  for (const t of Object.values(s.treaties)) {
    if (t.public || t.parties.includes(seat) || t.revealedTo.includes(seat)) continue;
    if (t.status !== "inForce" || t.clauses.some((c) => c.secret)) continue;
    t.clauses = [
      ...t.clauses,
      { kind: "mutualAssistance", mode: "automatic", against: "any", conditions: [], secret: true },
    ];
  }
  return s;
}

const sameView = (a: GameState, b: GameState, seat: string) => {
  const va = JSON.stringify(viewFor(a, seat));
  const vb = JSON.stringify(viewFor(b, seat));
  return va === vb;
};

describe("bots never read outside their seat's view", () => {
  test("indistinguishable states give the same moves", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.constantFrom<Strength>("historical", "adaptive"),
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 8, maxLength: 20 }),
        fc.nat(),
        (seed, strength, noise, pick) => {
          const states = statesOf(seed, "historical");
          const a = states[pick % states.length]!;
          for (const seat of ctx.powerIds) {
            const b = shaken(a, seat, noise);
            if (!sameView(a, b, seat)) continue;
            compared += 1;
            const moves = (s: GameState) => chooseMoves(s, seat, ctx, { strength });
            expect(moves(b)).toEqual(moves(a));
          }
        },
      ),
      { numRuns: 25 },
    );
    // The shaking keeps many views identical: the property is not vacuous.
    expect(compared).toBeGreaterThan(25);
  }, 180_000);

  test("what a bot decides on is its view: estimates, not the truth; no secret it cannot read", () => {
    const a = statesOf(11, "historical")[12]!;
    const b = shaken(a, "FRA", [7, -3, 5, 9]);
    const bot = {
      seat: "FRA",
      ctx,
      p: PersonalitySchema.parse({}),
      strength: "historical" as const,
      options: {},
      salt: 1,
      state: b,
    };
    const known = knownTo(bot);
    const view = viewFor(b, "FRA");
    for (const id of Object.keys(b.powers)) {
      for (const f of FIGURES) expect(known.powers[id]![f]).toBe(view.powers[id]![f]);
      if (id !== "FRA") expect(known.powers[id]!.orders).toEqual([]);
    }
    const secret = (s: GameState) =>
      Object.values(s.treaties).filter((t) => t.clauses.some((c) => c.secret)).length;
    expect(secret(b)).toBeGreaterThan(0);
    expect(secret(known)).toBe(0);
    expect(known.rng).not.toEqual(b.rng);
  });

  test("the shaking is real: the truth behind the view differs", () => {
    const a = statesOf(7, "historical")[10]!;
    const b = shaken(a, "FRA", [1, -1]);
    const moved = Object.keys(a.powers).filter(
      (id) => id !== "FRA" && FIGURES.some((f) => a.powers[id]![f] !== b.powers[id]![f]),
    );
    expect(moved.length).toBeGreaterThan(0);
    expect(b.rng).not.toEqual(a.rng);
    expect(sameView(a, b, "FRA")).toBe(true);
  });
});
