import { describe, expect, test } from "vitest";
import { apply, compile, createInitialState, MINI, type GameState } from "../index.ts";
import { chooseActions } from "./chooseActions.ts";

/** A whole MINI match played by bots at every seat, driven by the clock like a room does. */
function botMatch(seed: number) {
  const ctx = compile(MINI);
  let state: GameState = createInitialState(MINI, { seed });
  let actions = 0;
  const kinds = new Set<string>();
  for (let step = 0; step < 200 && state.phase !== "ended"; step++) {
    for (const seat of ctx.powerIds) {
      for (const a of chooseActions(state, seat, ctx)) {
        const r = apply(state, seat, a, ctx);
        if (!r.ok) throw new Error(`${seat} ${a.type}: ${r.error.code}`);
        state = r.value.state;
        actions++;
        kinds.add(a.type === "order" ? `order:${a.order.kind}` : a.type);
      }
    }
    const r = apply(state, "system", { type: "advance" }, ctx);
    if (!r.ok) throw new Error(r.error.code);
    state = r.value.state;
  }
  return { state, actions, kinds };
}

describe("the simple bot", () => {
  test("plays a whole MINI match with legal actions only", () => {
    const { state, actions, kinds } = botMatch(7);
    expect(state.phase).toBe("ended");
    expect(actions).toBeGreaterThan(20);
    expect([...kinds].some((k) => k.startsWith("order:"))).toBe(true);
  });

  test("is deterministic: the same seed gives the same match", () => {
    expect(botMatch(11).state).toEqual(botMatch(11).state);
  });

  test("returns nothing once it has acted, so a room can call it after every action", () => {
    const ctx = compile(MINI);
    let state = createInitialState(MINI, { seed: 3 });
    state = (
      apply(state, "system", { type: "advance" }, ctx) as { ok: true; value: { state: GameState } }
    ).value.state;
    for (const a of chooseActions(state, "FRA", ctx)) {
      const r = apply(state, "FRA", a, ctx);
      if (r.ok) state = r.value.state;
    }
    expect(chooseActions(state, "FRA", ctx)).toEqual([]);
  });
});
