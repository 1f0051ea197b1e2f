import i18next from "i18next";
import { describe, expect, test } from "vitest";
import { FORECAST_REASONS, warStory, type WarForecast } from "@cs/shared";
import { testI18n } from "./test-i18n.ts";

/** The final report's war forecast reads in both languages: every line, every reason. */
const forecast: WarForecast = {
  sides: [["DEU"], ["POL", "FRA", "GBR"]],
  aggressor: "DEU",
  victim: "POL",
  strength: [60, 120],
  winner: 1,
  halfYears: 6,
  invaded: ["POL", "DEU"],
  reasons: FORECAST_REASONS.map((code) => ({ code, power: "POL" })),
};

/** A name in every grammatical form the locale files use (client/src/i18n/grammar.ts). */
const names: Record<string, string> = {};
for (const k of ["side", "against", "loser", "power"])
  for (const suffix of ["", "_Def", "_def", "_de", "_a", "_par", "_e"]) names[k + suffix] = "X";

describe.each(["en", "fr"] as const)("the war forecast in %s", (lng) => {
  test("every line and reason has its words, with no key or placeholder left", async () => {
    await testI18n(lng);
    const lines = [
      ...warStory(forecast),
      ...warStory({ ...forecast, winner: undefined, invaded: [] }),
    ];
    for (const x of lines) {
      expect(i18next.exists(x.key), x.key).toBe(true);
      const text = i18next.t(x.key, { ...names, months: 36 });
      expect(text).not.toMatch(/\{\{|forecast\./);
    }
    for (const o of ["invaded", "defeated", "victorious", "undecided"]) {
      expect(i18next.exists(`final.war.outcome.${o}`)).toBe(true);
    }
  });
});
