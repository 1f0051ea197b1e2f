import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { LogEntry } from "../actions/schema.ts";
import { turnLabel } from "../core/calendar.ts";
import { createInitialState, type NewMatch } from "../engine/setup.ts";
import type { GameState } from "../model/state.ts";
import { botPlay } from "../testing/bot-play.ts";
import { MINI } from "../testing/mini.ts";
import {
  REPLAY_VERSION,
  branchPoint,
  branchTurns,
  exportReplay,
  parseReplay,
  replayTimeline,
  stepAt,
  type ReplayFile,
} from "./index.ts";

/** A match recorded as the server records one: bots at every seat, the clock advancing. */
function recordMatch(match: NewMatch): { log: LogEntry[]; states: GameState[] } {
  return botPlay(MINI, match);
}

const MATCH: NewMatch = {
  seed: 1933,
  historicalEvents: true,
  hiddenObjectives: false,
  options: {},
};
const MINI_START = createInitialState(MINI, MATCH).turn;
const recorded = recordMatch(MATCH);
const final = recorded.states[recorded.states.length - 1] as GameState;

function fileOf(log: readonly LogEntry[] = recorded.log): ReplayFile {
  return exportReplay({
    scenario: { id: MINI.id, start: MINI.start, version: MINI.version },
    match: MATCH,
    settings: { scenario: MINI.id, timers: null },
    log,
    meta: { matchId: "m1", name: "Test", status: "finished", players: { FRA: "Ada" } },
  });
}
const versionOf = (id: string, start: string) =>
  id === MINI.id && start === MINI.start ? MINI.version : undefined;

describe("the replay file", () => {
  test("a recorded match plays to its end", () => {
    expect(final.phase).toBe("ended");
    expect(recorded.log.length).toBeGreaterThan(20);
  });

  test("a replay reproduces the final state of a recorded match exactly", () => {
    const text = JSON.stringify(fileOf());
    const parsed = parseReplay(text, versionOf);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const timeline = replayTimeline(parsed.value, MINI);
    if (!timeline.ok) throw new Error(timeline.error.message);
    expect(timeline.value.final).toEqual(final);
    expect(timeline.value.states).toHaveLength(recorded.states.length);
    expect(timeline.value.states.at(-1)?.stateId).toBe(final.stateId);
  });

  test("is also a simulator branch record: match and log at the top", () => {
    const file = fileOf();
    expect(file.match).toEqual(MATCH);
    expect(file.log).toEqual(recorded.log);
  });

  test.each([
    ["not JSON", "{oops", "ERR_REPLAY_JSON"],
    ["another kind of JSON", JSON.stringify({ match: {}, log: [] }), "ERR_REPLAY_FORMAT"],
    ["null", "null", "ERR_REPLAY_FORMAT"],
    [
      "a later format version",
      JSON.stringify({ ...fileOf(), version: REPLAY_VERSION + 1 }),
      "ERR_REPLAY_VERSION",
    ],
    [
      "a format-1 file, whose log names ids of the old form (t5)",
      JSON.stringify({ ...fileOf(), version: 1 }),
      "ERR_REPLAY_VERSION",
    ],
    [
      "a damaged log",
      JSON.stringify({ ...fileOf(), log: [{ id: 1, by: "FRA" }] }),
      "ERR_REPLAY_INVALID",
    ],
    [
      "an unknown scenario",
      JSON.stringify({ ...fileOf(), scenario: { id: "atlantis", start: "1933-I", version: 1 } }),
      "ERR_REPLAY_SCENARIO",
    ],
    [
      "another scenario version",
      JSON.stringify({ ...fileOf(), scenario: { ...fileOf().scenario, version: 99 } }),
      "ERR_REPLAY_SCENARIO_VERSION",
    ],
  ])("refuses %s with a readable message", (_what, text, code) => {
    const r = parseReplay(text, versionOf);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message.length).toBeGreaterThan(10);
  });

  test("a later version is named as such", () => {
    const r = parseReplay({ ...fileOf(), version: 7, log: "changed shape" }, versionOf);
    expect(!r.ok && r.error.message).toContain("version 7");
  });

  test("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string()), (junk) => {
        expect(parseReplay(junk, versionOf).ok).toBe(false);
      }),
    );
    const head = { format: "collective-security-replay", version: REPLAY_VERSION };
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (rest) => {
        expect(() => parseReplay({ ...rest, ...head }, versionOf)).not.toThrow();
      }),
    );
  });

  test("a log the engine refuses is an error value", () => {
    const log = recorded.log.map((e, i) => (i === 3 ? { ...e, id: e.id + 100 } : e));
    const r = replayTimeline(fileOf(log), MINI);
    expect(!r.ok && r.error.code).toBe("ERR_REPLAY_LOG");
  });
});

describe("the timeline", () => {
  const timeline = replayTimeline(fileOf(), MINI);
  if (!timeline.ok) throw new Error(timeline.error.message);
  const { steps, states } = timeline.value;

  test("one step per turn and phase, in order, each at the phase's last state", () => {
    const keys = steps.map((s) => `${s.turn}:${s.phase}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(steps[0]?.phase).toBe("news");
    expect(steps.at(-1)?.phase).toBe("ended");
    for (const s of steps) {
      const st = states[s.state] as GameState;
      expect([st.turn, st.phase, st.stateId]).toEqual([s.turn, s.phase, s.stateId]);
      const next = states[s.state + 1];
      if (next) expect(`${next.turn}:${next.phase}`).not.toBe(`${s.turn}:${s.phase}`);
    }
    expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i));
  });

  test("stepAt finds a turn's phase, or the turn's first step", () => {
    const s = steps.find((x) => x.phase === "orders" && x.turn > MINI_START);
    if (!s) throw new Error("no orders step");
    expect(stepAt(steps, s.turn, "orders")).toBe(s.index);
    expect(steps[stepAt(steps, s.turn)]?.phase).toBe("news");
  });

  test("a branch at a turn shares the history up to that turn's first state", () => {
    const turns = branchTurns(steps);
    expect(turns.length).toBeGreaterThan(0);
    for (const turn of turns) {
      const b = branchPoint(fileOf(), MINI, turnLabel(turn));
      if (!b.ok) throw new Error(b.error.message);
      const original = states.find((s) => s.turn === turn) as GameState;
      expect(b.value.state).toEqual(original);
      expect(b.value.log).toEqual(recorded.log.slice(0, b.value.log.length));
    }
  });

  test("a branch past the replay's end is refused", () => {
    const short = fileOf(recorded.log.slice(0, 10));
    const r = branchPoint(short, MINI, MINI_START + 3);
    expect(!r.ok && r.error.code).toBe("ERR_REPLAY_INVALID");
  });
});
