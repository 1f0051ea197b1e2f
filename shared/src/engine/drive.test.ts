import { describe, expect, test } from "vitest";
import { MINI } from "../testing/mini.ts";
import { compile } from "./context.ts";
import { botsAct, driveBots, type Driver, type Step } from "./drive.ts";
import { replay } from "./replay.ts";
import { createInitialState } from "./setup.ts";

const ctx = compile(MINI);
const match = { seed: 7 };
const everySeat = { seats: ctx.powerIds, passes: () => 2 };

function recorded(inPlace: boolean) {
  const steps: Step[] = [];
  const d: Driver = { ctx, inPlace, accepted: (s) => steps.push(s) };
  const final = driveBots(d, createInitialState(MINI, match), everySeat);
  return { steps, final };
}

describe("the driver loop", () => {
  test("plays a bots-only match to its end, each action applied once and reported once", () => {
    const { steps, final } = recorded(false);
    expect(final.phase).toBe("ended");
    // A state id counts the actions applied to the state: none applied unreported, none twice.
    expect(final.stateId).toBe(steps.length);
    expect(steps.map((s) => s.state.stateId)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.some((s) => s.by !== "system")).toBe(true);
  });

  test("its steps are a match log that replays to the same state", () => {
    const { steps, final } = recorded(false);
    const log = steps.map((s) => ({ id: s.state.stateId, by: s.by, action: s.action }));
    const r = replay({ scenario: MINI, match, log });
    expect(r.ok && JSON.stringify(r.state)).toBe(JSON.stringify(final));
  });

  // In place and on copies are not compared: bots cache what a seat knows per state object
  // and phase (bots/known.ts), so in place a second pass reads the phase's first knowledge.
  test.each([true, false])("is deterministic (in place: %s)", (inPlace) => {
    const a = recorded(inPlace);
    const b = recorded(inPlace);
    expect(JSON.stringify(b.final)).toBe(JSON.stringify(a.final));
    expect(b.steps.map((s) => s.action)).toEqual(a.steps.map((s) => s.action));
  });

  test("a pass in which no bot acts ends the phase's play; zero passes play nothing", () => {
    const start = createInitialState(MINI, match);
    const once: Step[] = [];
    const many: Step[] = [];
    botsAct({ ctx, accepted: (s) => once.push(s) }, start, {
      seats: ctx.powerIds,
      passes: () => 4,
    });
    botsAct({ ctx, accepted: (s) => many.push(s) }, start, {
      seats: ctx.powerIds,
      passes: () => 40,
    });
    expect(many.map((s) => s.action)).toEqual(once.map((s) => s.action));
    const none = botsAct({ ctx }, start, { seats: ctx.powerIds, passes: () => 0 });
    expect(none).toBe(start);
  });

  test("stops where told, before playing that phase", () => {
    const start = createInitialState(MINI, match);
    const at = driveBots({ ctx }, start, everySeat, {
      stop: (s) => s.turn === start.turn + 1 && s.phase === "diplomacy",
    });
    expect([at.turn, at.phase]).toEqual([start.turn + 1, "diplomacy"]);
  });
});
