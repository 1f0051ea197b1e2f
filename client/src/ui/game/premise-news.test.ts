import i18next from "i18next";
import { describe, expect, test } from "vitest";
import enEvents from "@cs/assets/locales/en/events.json" with { type: "json" };
import frEvents from "@cs/assets/locales/fr/events.json" with { type: "json" };
import type { GameView } from "@cs/shared";
import { newsText } from "./names.ts";
import { testI18n } from "./test-i18n.ts";

/**
 * The lines that tell why an event did not take place (shared/src/events/premise.ts) read as
 * sentences in both languages: the event's headline, names with their grammar, no id or key.
 */
const view = {
  treaties: { t9: { name: "Franco-Soviet Pact of 1933" } },
} as unknown as GameView;

const LINES: readonly [string, Record<string, string>][] = [
  ["news.premiseGone", { event: "anschluss", power: "AUT" }],
  ["news.premiseAtWar", { event: "ethiopia", power: "ITA", against: "ETH" }],
  ["news.premiseTerritory", { event: "sudeten-crisis", power: "CSK", regions: "sudetenland" }],
  [
    "news.premiseTreaty",
    { event: "franco-soviet-treaty", treaty: "t9", name: "Franco-Soviet Pact of 1933" },
  ],
];

describe.each([
  ["en", "Austria under German pressure", "Czechoslovakia"],
  ["fr", "L’Autriche sous la pression allemande", "la Tchécoslovaquie"],
] as const)("an event's lapse in %s", (lng, headline, csk) => {
  test.each(LINES)("%s", async (key, params) => {
    await testI18n(lng);
    i18next.addResourceBundle("en", "events", enEvents);
    i18next.addResourceBundle("fr", "events", frEvents);
    const text = newsText(view, key, params);
    expect(text).not.toMatch(/\{\{|news\.|premise|\b(AUT|ITA|ETH|CSK|t9)\b|sudetenland/);
    if (lng === "fr") expect(text).toMatch(/\u00a0:/);
    if (key === "news.premiseGone") expect(text).toContain(headline);
    if (key === "news.premiseTerritory") expect(text).toContain(csk);
    if (key === "news.premiseTreaty") expect(text).toContain("1933");
  });
});
