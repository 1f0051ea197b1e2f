import i18next from "i18next";
import { describe, expect, test } from "vitest";
import type { DecisionKind } from "@cs/shared";
import { testI18n } from "./test-i18n.ts";

/** Every kind of decision the engine asks (the compiler keeps this list whole). */
const KINDS: Record<DecisionKind, true> = {
  crisis: true,
  obligation: true,
  victim: true,
  demand: true,
  award: true,
  transfer: true,
  sanctions: true,
  excuse: true,
};

/** A name in every grammatical form the cards use (client/src/i18n/grammar.ts). */
const names: Record<string, string> = { treaty: "T", regions: "R" };
for (const k of ["claimant", "holder", "ally"])
  for (const suffix of ["", "_Def", "_def", "_de", "_a"]) names[k + suffix] = "X";

describe.each(["en", "fr"] as const)("decision cards in %s", (lng) => {
  test("every kind of decision has its title, and the arbiter's and the ally's cards their words", async () => {
    await testI18n(lng);
    for (const k of Object.keys(KINDS)) {
      expect(i18next.exists(`ord.decisionKind.${k}`), k).toBe(true);
    }
    for (const key of [
      "card:award.fact",
      "card:award.claimant",
      "card:award.holder",
      "card:excuse.fact",
      "card:excuse.excuse",
      "card:excuse.protest",
    ]) {
      expect(i18next.exists(key), key).toBe(true);
      expect(i18next.t(key, names)).not.toMatch(/\{\{|card:/);
    }
  });
});
