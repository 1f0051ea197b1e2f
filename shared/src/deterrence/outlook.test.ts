import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { clonePlain } from "../core/clone.ts";
import { compile } from "../engine/context.ts";
import { createInitialState } from "../engine/setup.ts";
import { viewFor } from "../knowledge/viewFor.ts";
import type { GameState } from "../model/state.ts";
import { FIGURES } from "../scenario/conditions.ts";
import { MINI } from "../testing/mini.ts";
import { TreatyDraftSchema } from "../treaties/clauses.ts";
import { likelyConclusions } from "./outlook.ts";
import { weigh } from "./weigh.ts";

/**
 * "What Berlin is likely to conclude", as a seat sees it: the weighing on its own view. On the
 * mini Europe Germany claims the Sudetenland and the Polish corridor; France is bound to
 * Czechoslovakia (Locarno, 16 October 1925). A Soviet–Czechoslovak pact (16 May 1935), drafted
 * in the editor, adds a helper to the coalition Germany expects.
 */
const ctx = compile(MINI);
const start = createInitialState(MINI, { seed: 3 });

describe("the weighing players see", () => {
  it("the orders panel: Berlin weighs its claims on Czechoslovakia and Poland", () => {
    const out = likelyConclusions(viewFor(start, "FRA"), ctx);
    const pairs = out.map((o) => `${o.aggressor}>${o.victim}`);
    expect(pairs).toEqual(expect.arrayContaining(["DEU>CSK", "DEU>POL"]));
    for (const o of out) expect(o.withDraft).toBeUndefined();
  });

  it("Prague's own outlook comes first for Prague", () => {
    const [first] = likelyConclusions(viewFor(start, "CSK"), ctx);
    expect(first?.victim).toBe("CSK");
  });

  it("the treaty editor: a Soviet–Czechoslovak pact raises the coalition Berlin expects", () => {
    const draft = TreatyDraftSchema.parse({
      name: "Soviet–Czechoslovak treaty of mutual assistance",
      parties: ["SUN", "CSK"],
      clauses: [{ kind: "mutualAssistance", mode: "automatic", against: "any", conditions: [] }],
    });
    const out = likelyConclusions(viewFor(start, "SUN"), ctx, draft);
    const csk = out.find((o) => o.victim === "CSK");
    expect(csk?.withDraft).toBeDefined();
    expect(csk?.withDraft?.ratio ?? 0).toBeGreaterThan(csk?.ratio ?? 0);
  });
});

/** The same world with what `seat` cannot see shaken: others' exact figures, orders, secrets. */
function shaken(state: GameState, seat: string, noise: readonly number[]): GameState {
  const s = clonePlain<GameState>(state);
  let i = 0;
  const next = () => noise[i++ % noise.length] ?? 0;
  for (const [id, p] of Object.entries(s.powers)) {
    if (id === seat) continue;
    for (const f of FIGURES) {
      if (f === "credibility") continue;
      const step = 10;
      const e = Math.round(p[f] / step) * step;
      const moved = Math.max(0, Math.min(100, e - step / 2 + (Math.abs(next()) % step)));
      if (Math.round(moved / step) * step === e) p[f] = moved;
    }
    p.ap = Math.max(0, p.ap + next());
    p.production = Math.max(0, p.production + next());
  }
  return s;
}

describe("the weighing a seat sees uses only its view (a property)", () => {
  test("two worlds a seat cannot tell apart give it the same outlook; the truth's may differ", () => {
    let differed = 0;
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 6, maxLength: 16 }),
        fc.constantFrom(...ctx.powerIds),
        (noise, seat) => {
          const b = shaken(start, seat, noise);
          const va = viewFor(start, seat);
          const vb = viewFor(b, seat);
          if (JSON.stringify(va) !== JSON.stringify(vb)) return;
          compared += 1;
          expect(likelyConclusions(vb, ctx)).toEqual(likelyConclusions(va, ctx));
          const truth = (s: GameState) => weigh(s, ctx, "DEU", "CSK").ratio;
          if (seat !== "DEU" && seat !== "CSK" && truth(b) !== truth(start)) differed += 1;
        },
      ),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(10);
    // Not vacuous: behind the same view, the true weighing moved.
    expect(differed).toBeGreaterThan(0);
  });
});
