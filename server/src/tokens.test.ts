import { describe, expect, test } from "vitest";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "@cs/shared";
import { hashToken, newJoinCode, newToken, sameHash } from "./tokens.ts";

describe("tokens and join codes", () => {
  test("join codes avoid ambiguous symbols and carry about 49 bits", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(JOIN_CODE_LENGTH * Math.log2(JOIN_CODE_ALPHABET.length)).toBeGreaterThan(40);
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
  });

  test("a code typed in lower case with a dash still matches", () => {
    expect(normaliseJoinCode("abcde-fghjk")).toBe("ABCDEFGHJK");
  });

  test("seat tokens are long, random, and stored only as their hash", () => {
    const a = newToken();
    expect(a.length).toBeGreaterThanOrEqual(43);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(sameHash(hashToken(a), hashToken(a))).toBe(true);
    expect(sameHash(hashToken(a), hashToken(newToken()))).toBe(false);
  });
});
