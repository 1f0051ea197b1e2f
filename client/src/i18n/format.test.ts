import { describe, expect, test } from "vitest";
import {
  formatCountdown,
  formatDelta,
  formatIsoDate,
  formatList,
  formatNumber,
  formatPercent,
  formatTurnLabel,
  formatTurnOpening,
  roman,
} from "./format.ts";
import { initialLanguage } from "./index.ts";

describe("dates of the half-year calendar", () => {
  test.each([
    ["1936-I", "en", "first half of 1936"],
    ["1936-I", "fr", "premier semestre 1936"],
    ["1939-II", "en", "second half of 1939"],
    ["1939-II", "fr", "second semestre 1939"],
    ["not a turn", "en", "not a turn"],
  ] as const)("%s in %s is %s", (label, lang, text) => {
    expect(formatTurnLabel(label, lang)).toBe(text);
  });
});

describe("the month a start point opens (the home page's title)", () => {
  test.each([
    ["1933-I", "en", "January 1933"],
    ["1938-II", "en", "July 1938"],
    ["1935-I", "fr", "janvier 1935"],
    ["1939-II", "fr", "juillet 1939"],
    ["not a turn", "fr", "not a turn"],
  ] as const)("%s in %s is %s", (label, lang, text) => {
    expect(formatTurnOpening(label, lang)).toBe(text);
  });
});

describe("historical dates of inherited treaties (issue 18)", () => {
  // Treaty of Versailles, 28 June 1919; Franco-Polish alliance, 19 February 1921.
  test.each([
    ["1919-06-28", "en", "28 June 1919"],
    ["1919-06-28", "fr", "28 juin 1919"],
    ["1921-02-19", "fr", "19 février 1921"],
    ["1926-04", "en", "April 1926"],
    ["1926-04", "fr", "avril 1926"],
    ["1936-I", "en", "1936-I"],
  ] as const)("%s in %s is %s", (iso, lang, text) => {
    expect(formatIsoDate(iso, lang)).toBe(text);
  });
});

describe("numbers per locale", () => {
  test("thousands and decimals", () => {
    expect(formatNumber(1234.5, "en", 1)).toBe("1,234.5");
    // French groups with a narrow no-break space and uses a decimal comma.
    expect(formatNumber(1234.5, "fr", 1)).toBe("1\u202f234,5");
  });
  test("percentages keep the French space before %", () => {
    expect(formatPercent(0.35, "en")).toBe("35%");
    expect(formatPercent(0.35, "fr")).toMatch(/^35\s%$/u);
  });
  test("signed deltas use a true minus sign", () => {
    expect(formatDelta(3, "en")).toBe("+3");
    expect(formatDelta(-2.5, "fr")).toBe("−2,5");
    expect(formatDelta(0, "en")).toBe("0");
  });
  test("lists", () => {
    expect(formatList(["France", "Britain", "Poland"], "en")).toBe("France, Britain and Poland");
    expect(formatList(["France", "Pologne"], "fr")).toBe("France et Pologne");
  });
});

test.each([
  [125_000, "2:05"],
  [0, "0:00"],
  [-5000, "0:00"],
  [59_001, "1:00"],
])("countdown of %d ms is %s", (ms, text) => {
  expect(formatCountdown(ms)).toBe(text);
});

test("roman numerals for protocol articles", () => {
  expect([1, 4, 9, 14, 20].map(roman)).toEqual(["I", "IV", "IX", "XIV", "XX"]);
});

test.each([
  ["fr", ["en-GB"], "fr"],
  [null, ["fr-FR", "en"], "fr"],
  [null, ["de-DE"], "en"],
  ["xx", ["en-US"], "en"],
] as const)("stored %s, browser %j → %s", (stored, browser, lang) => {
  expect(initialLanguage(stored, browser)).toBe(lang);
});
