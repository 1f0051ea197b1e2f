import { describe, expect, test } from "vitest";
import { setSound, shouldRing, soundOn } from "./chime.ts";

describe("the arrival chime", () => {
  test.each([
    ["a proposal arrives while Orders is open", { diplomacy: 0 }, { diplomacy: 1 }, "orders", true],
    ["a message arrives while Diplomacy is open", { chat: 2 }, { chat: 3 }, "diplomacy", true],
    ["a decision arrives while Channels is open", { orders: 0 }, { orders: 1 }, "chat", true],
    ["a proposal arrives on the open tab", { diplomacy: 0 }, { diplomacy: 1 }, "diplomacy", false],
    ["the news grows: it comes every phase", { news: 0 }, { news: 4 }, "orders", false],
    ["a proposal answered: fewer, not more", { diplomacy: 2 }, { diplomacy: 1 }, "chat", false],
    ["nothing changed", { chat: 1 }, { chat: 1 }, "orders", false],
  ] as const)("%s", (_name, before, now, open, rings) => {
    expect(shouldRing(before, now, open)).toBe(rings);
  });
  test("off until turned on, and the choice is kept", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(soundOn(storage)).toBe(false);
    setSound(storage, true);
    expect(soundOn(storage)).toBe(true);
    setSound(storage, false);
    expect(soundOn(storage)).toBe(false);
  });
});
