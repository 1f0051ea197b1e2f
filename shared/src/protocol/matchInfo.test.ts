import { describe, expect, test } from "vitest";
import { applyMatchInfoPatch, diffMatchInfo } from "./matchInfo.ts";
import type { MatchInfo, SeatInfo } from "./server.ts";

const seat = (power: string, more: Partial<SeatInfo> = {}): SeatInfo => ({
  power,
  kind: "core",
  open: true,
  holder: "bot",
  connected: false,
  lobbyReady: false,
  ...more,
});

const base: MatchInfo = {
  id: "m",
  name: "A match",
  scenario: "mini",
  start: "1933-I",
  status: "lobby",
  visibility: "public",
  phase: "news",
  turn: 1,
  deadline: null,
  remaining: null,
  seats: [seat("FRA"), seat("GBR"), seat("DEU")],
  spectators: 0,
};

describe("match record patches (issue 15, item 7: joins send what changed)", () => {
  test.each<[string, MatchInfo]>([
    ["a spectator more", { ...base, spectators: 1 }],
    [
      "a seat taken",
      {
        ...base,
        seats: [
          seat("FRA", { holder: "human", name: "Ann", connected: true }),
          seat("GBR"),
          seat("DEU"),
        ],
      },
    ],
    ["the start", { ...base, status: "running", deadline: 123, spectators: 4 }],
    [
      "a seat left and a deadline cleared",
      {
        ...base,
        deadline: null,
        seats: [seat("FRA"), seat("GBR", { lobbyReady: true }), seat("DEU")],
      },
    ],
  ])("%s: the patch turns the old record into the new", (_, next) => {
    const patch = diffMatchInfo(base, next);
    expect(patch).toBeDefined();
    expect(applyMatchInfoPatch(base, patch ?? {})).toEqual(next);
    // Absolute values: applying it again changes nothing.
    expect(applyMatchInfoPatch(next, patch ?? {})).toEqual(next);
  });

  test("only what moved travels: one seat, not the others; nothing when nothing moved", () => {
    const next = { ...base, seats: [seat("FRA"), seat("GBR", { connected: true }), seat("DEU")] };
    expect(diffMatchInfo(base, next)).toEqual({ seats: [seat("GBR", { connected: true })] });
    expect(diffMatchInfo(base, { ...base })).toBeUndefined();
  });
});
