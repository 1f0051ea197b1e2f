import i18next from "i18next";
import { describe, expect, test } from "vitest";
import { REASONS, VERDICTS } from "@cs/shared";
import { testI18n } from "./test-i18n.ts";

/** "What Berlin is likely to conclude" reads in both languages: every verdict, every reason. */
describe.each(["en", "fr"] as const)("the weighing's words in %s", (lng) => {
  test("every verdict and reason the engine gives has its words", async () => {
    await testI18n(lng);
    const keys = [
      "deterrence.title",
      "deterrence.intro",
      "deterrence.line",
      "deterrence.ratio",
      "deterrence.withDraft",
      ...VERDICTS.map((v) => `deterrence.verdict.${v}`),
      ...REASONS.map((r) => `deterrence.reason.${r}`),
    ];
    for (const k of keys) expect(i18next.exists(k), k).toBe(true);
  });
});
