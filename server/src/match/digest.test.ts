import {
  MINI,
  apply,
  clonePlain,
  compile,
  createInitialState,
  viewFor,
  type GameState,
  type Viewer,
} from "@cs/shared";
import { loadScenario } from "@cs/assets/scenarios";
import { randomPlay } from "@cs/shared/testing";
import { describe, expect, test } from "vitest";
import { digest } from "./digest.ts";
import { ViewCache, newViewCarry } from "./views.ts";

/** A few states of a MINI match, each from the one before through the engine (shared parts). */
function states(): GameState[] {
  const ctx = compile(MINI);
  const out = [createInitialState(MINI, { seed: 11 })];
  for (const p of Object.keys(out[0]!.powers).slice(0, 3)) {
    const r = apply(out.at(-1)!, p, { type: "ready", ready: true }, ctx);
    if (r.ok) out.push(r.value.state);
  }
  return out;
}

const VIEWERS: Viewer[] = ["spectator", "teacher", ...MINI.powers.slice(0, 2).map((p) => p.id)];

describe("a view's digest", () => {
  test.each([
    ["key order", { a: 1, b: { c: [1, 2], d: "x" } }, { b: { d: "x", c: [1, 2] }, a: 1 }],
    ["an undefined entry, as JSON leaves it out", { a: 1, b: undefined }, { a: 1 }],
    ["a JSON round trip", { n: 0.1, m: -3, s: "é", z: null }, { n: 0.1, m: -3, s: "é", z: null }],
  ])("is the same for the same content: %s", (_, a, b) => {
    expect(digest(a)).toBe(digest(b));
  });

  test.each([
    ["a number", { a: 1 }, { a: 2 }],
    ["a string for a number", { a: 1 }, { a: "1" }],
    ["values swapped between keys", { a: 1, b: 2 }, { a: 2, b: 1 }],
    ["items swapped", [1, 2], [2, 1]],
    ["a deep leaf", { a: { b: { c: [true] } } }, { a: { b: { c: [false] } } }],
    ["a key renamed", { a: 1 }, { b: 1 }],
    ["an item added", [1], [1, 1]],
    ["null for false", [null], [false]],
  ])("changes with the content: %s", (_, a, b) => {
    expect(digest(a)).not.toBe(digest(b));
  });

  test("of views built on shared state parts equals the digest of fresh copies", () => {
    for (const s of states()) {
      for (const v of VIEWERS) {
        const view = viewFor(s, v);
        const fresh = JSON.parse(JSON.stringify(view)) as unknown;
        expect(digest(view)).toBe(digest(fresh));
        expect(digest(clonePlain(view))).toBe(digest(view));
      }
    }
  });

  test("remembered across a match's states, is each view's own digest", () => {
    // The server's path: one carry for the whole match, views built with its lasting memo.
    const scenario = loadScenario("europe-1933");
    const picks = Array.from({ length: 120 }, (_, i) => (i * 7919 + 13) % 1009);
    const { states: played } = randomPlay(scenario, { seed: 5 }, picks);
    const viewers: Viewer[] = ["spectator", "teacher", ...scenario.powers.map((p) => p.id)];
    const carry = newViewCarry();
    for (const s of played) {
      const views = new ViewCache(s, carry);
      for (const v of viewers) {
        const alone = digest(JSON.parse(JSON.stringify(viewFor(s, v))));
        expect(views.version(v)).toBe(alone);
      }
    }
  });

  test("moves when a viewer's view moves, and only then", () => {
    const [a, b] = states();
    for (const v of VIEWERS) {
      const same = JSON.stringify(viewFor(a!, v)) === JSON.stringify(viewFor(b!, v));
      expect(digest(viewFor(a!, v)) === digest(viewFor(b!, v))).toBe(same);
    }
  });
});
