import { describe, expect, test } from "vitest";
import { wholeParts } from "./whole.ts";

describe("parts in whole numbers that add up to the rounded total", () => {
  test.each<[string, number[], number, number[]]>([
    // The case: a cause read "−7.9" reads −8.
    ["one cause", [-7.9], -8, [-8]],
    // 28.4 → 41.2 reads 28 → 41: +13, not 8 + 6 − 1 = 13 by luck but by construction.
    ["three causes", [7.9, 5.6, -0.7], 13, [8, 6, -1]],
    // Naive rounding gives 1 + 1 + 1 = 3 for a total of 1.5 + … read 2.
    ["halves", [0.5, 0.5, 0.5], 2, [1, 1, 0]],
    ["thirds", [1 / 3, 1 / 3, 1 / 3], 1, [1, 0, 0]],
    // The ends rounded apart: 10.4 → 12.6 reads 10 → 13 (+3) for causes of +1.1 each.
    ["ends rounded apart", [1.1, 1.1], 3, [2, 1]],
    // 10.6 → 11.4 reads 11 → 11 (0) for causes +0.9 and −0.1.
    ["ends rounded together", [0.9, -0.1], 0, [1, -1]],
    ["whole already", [3, -2], 1, [3, -2]],
    ["nothing", [], 0, []],
  ])("%s", (_name, values, total, parts) => {
    const out = wholeParts(values, total);
    expect(out).toEqual(parts);
    expect(out.reduce((s, x) => s + x, 0)).toBe(values.length ? Math.round(total) : 0);
    out.forEach((x, i) => expect(Math.abs(x - values[i]!)).toBeLessThan(2));
  });
});
