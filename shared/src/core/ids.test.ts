import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { byCreation, idSeq, makeId, permute, unpermute } from "./ids.ts";

describe("generated ids (issue 15 item 3, issue 18)", () => {
  test("the permutation is inverted exactly, for any seed and counter", () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat({ max: 0xffffffff }), (seed, n) => {
        expect(unpermute(seed, permute(seed, n))).toBe(n);
      }),
    );
  });

  test("a match's ids never repeat and never look like a scenario id", () => {
    const ids = new Set<string>();
    for (let n = 1; n <= 20_000; n++) ids.add(makeId(1933, "t", n));
    expect(ids.size).toBe(20_000);
    for (const id of ids) expect(id).toMatch(/^t_[0-9a-z]{7}$/);
    // Scenario ids are [a-z0-9-] only (InitialTreatySchema): "_" keeps the two apart.
    for (const id of ids) expect(/^[a-z0-9][a-z0-9-]*$/.test(id)).toBe(false);
  });

  test("consecutive ids reveal no count: neither their order nor their gap follows n", () => {
    const body = (n: number) => Number.parseInt(makeId(7, "t", n).slice(2), 36);
    let rising = 0;
    const gaps = new Set<number>();
    for (let n = 1; n < 1000; n++) {
      if (body(n + 1) > body(n)) rising++;
      gaps.add(body(n + 1) - body(n));
    }
    // A counter would rise 999 times with one gap; a permutation rises about half the time.
    expect(rising).toBeGreaterThan(400);
    expect(rising).toBeLessThan(600);
    expect(gaps.size).toBeGreaterThan(990);
  });

  test("the same seed gives the same ids; another seed other ids", () => {
    expect(makeId(42, "o", 5)).toBe(makeId(42, "o", 5));
    expect(makeId(42, "o", 5)).not.toBe(makeId(43, "o", 5));
  });

  test.each([
    ["a generated id", makeId(9, "t", 12), 12],
    ["a scenario id", "locarno", undefined],
    ["an id of the old form", "t12", undefined],
  ])("idSeq of %s", (_what, id, n) => {
    expect(idSeq(9, id)).toBe(n);
  });

  test("creation order is recovered with the seed: scenario ids first, then by n", () => {
    const ids = [makeId(5, "o", 3), "versailles-rhineland", makeId(5, "o", 1), makeId(5, "d", 2)];
    expect([...ids].sort(byCreation(5))).toEqual([
      "versailles-rhineland",
      makeId(5, "o", 1),
      makeId(5, "d", 2),
      makeId(5, "o", 3),
    ]);
  });
});
