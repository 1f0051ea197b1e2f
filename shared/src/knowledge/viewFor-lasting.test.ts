import { describe, expect, it } from "vitest";
import { compile } from "../engine/context.ts";
import { driveBots } from "../engine/drive.ts";
import { createInitialState } from "../engine/setup.ts";
import type { GameState } from "../model/state.ts";
import { MINI } from "../testing/mini.ts";
import { aidKnownFlag } from "../war/aid-flags.ts";
import { newLastingMemo, newViewMemo } from "./memo.ts";
import { viewFor, type Viewer } from "./viewFor.ts";

const ctx = compile(MINI);
const VIEWERS: Viewer[] = ["spectator", "teacher", ...MINI.powers.map((p) => p.id)];

/** A match's states, one after another, as the bots play every seat (shared parts). */
function played(seed: number, phases: number): GameState[] {
  const out: GameState[] = [];
  const play = { seats: MINI.powers.map((p) => p.id), passes: () => 3 };
  driveBots({ ctx, accepted: (s) => out.push(s.state) }, createInitialState(MINI, { seed }), play, {
    maxPhases: phases,
  });
  return out;
}

/** Views built with what outsiders saw carried from state to state, as the server builds them. */
function carried(states: readonly GameState[], viewer: Viewer) {
  const lasting = newLastingMemo();
  return states.map((s) => viewFor(s, viewer, newViewMemo(lasting)));
}

describe("views carried from one state of a match to the next", () => {
  it.each([1, 2, 3])("are the views built afresh, for every viewer (seed %i)", (seed) => {
    const states = played(seed, 15);
    expect(states.length).toBeGreaterThan(10);
    for (const v of VIEWERS) expect(carried(states, v)).toEqual(states.map((s) => viewFor(s, v)));
  });

  it("show a power's aid once it becomes known, though its record did not change", () => {
    const s0 = createInitialState(MINI, { seed: 1 });
    const [aider, other] = MINI.powers.map((p) => p.id);
    const p = { ...s0.powers[aider!]!, aid: { "civil-war": other! } };
    const hidden: GameState = { ...s0, powers: { ...s0.powers, [aider!]: p } };
    const known: GameState = {
      ...hidden,
      flags: [...hidden.flags, aidKnownFlag(aider!, "civil-war")],
    };
    const [before, after] = carried([hidden, known], other!);
    expect(before?.powers[aider!]?.aid).toEqual({});
    expect(after?.powers[aider!]?.aid).toEqual({ "civil-war": other });
  });

  it("hand a section that nothing it is made of changed out again, the same object", () => {
    const s0 = createInitialState(MINI, { seed: 4 });
    const [seat, other] = MINI.powers.map((p) => p.id);
    // Another power marks itself ready: its record changes, nothing else does.
    const s1: GameState = {
      ...s0,
      powers: { ...s0.powers, [other!]: { ...s0.powers[other!]!, ready: true } },
    };
    const [before, after] = carried([s0, s1], seat!);
    expect(after).toEqual(viewFor(s1, seat!));
    for (const part of [
      "treaties",
      "news",
      "decisions",
      "motions",
      "obligations",
      "demands",
    ] as const)
      expect(after?.[part]).toBe(before?.[part]);
    expect(after?.powers).not.toBe(before?.powers);
    expect(after?.powers[seat!]).toBe(before?.powers[seat!]);
    expect(after?.powers[other!]?.ready).toBe(true);
  });

  it("build a viewer's section again when the viewer would see it otherwise (the match ended)", () => {
    const s0 = createInitialState(MINI, { seed: 5 });
    const ended: GameState = { ...s0, phase: "ended" };
    const spectator = carried([s0, ended], "spectator");
    expect(spectator[1]).toEqual(viewFor(ended, "spectator"));
  });
});
