import { describe, expect, test } from "vitest";
import {
  clearSession,
  loadSession,
  markFinished,
  rejoinOptions,
  saveSession,
  type KeyValueStore,
} from "./tokens.ts";

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("the seat token kept in the browser", () => {
  test("welcome then seat token merge into one record for the match", () => {
    const s = memory();
    saveSession(s, { matchId: "m1", code: "ABCDE23456" });
    saveSession(s, { matchId: "m1", token: "tok" });
    expect(loadSession(s)).toEqual({ matchId: "m1", code: "ABCDE23456", token: "tok" });
    expect(rejoinOptions(loadSession(s)!)).toEqual({ token: "tok", code: "ABCDE23456" });
  });

  test("a new match replaces the old record", () => {
    const s = memory();
    saveSession(s, { matchId: "m1", token: "old", hostToken: "h" });
    saveSession(s, { matchId: "m2" });
    expect(loadSession(s)).toEqual({ matchId: "m2" });
  });

  test("a finished match is marked as such, keeping its tokens; another match's end is not", () => {
    const s = memory();
    saveSession(s, { matchId: "m1", token: "tok" });
    markFinished(s, "m2");
    expect(loadSession(s)?.finished).toBeUndefined();
    markFinished(s, "m1");
    expect(loadSession(s)).toEqual({ matchId: "m1", token: "tok", finished: true });
    // A new match starts a fresh record: not finished.
    saveSession(s, { matchId: "m3" });
    expect(loadSession(s)?.finished).toBeUndefined();
  });

  test("a damaged record is forgotten, not fatal", () => {
    const s = memory();
    s.setItem("cs.session", "{not json");
    expect(loadSession(s)).toBeUndefined();
    expect(s.data.size).toBe(0);
  });

  test("leaving clears it", () => {
    const s = memory();
    saveSession(s, { matchId: "m1", token: "t" });
    clearSession(s);
    expect(loadSession(s)).toBeUndefined();
  });
});
