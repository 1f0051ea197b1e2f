import i18next from "i18next";
import { describe, expect, test } from "vitest";
import enClass from "@cs/assets/locales/en/class.json" with { type: "json" };
import frClass from "@cs/assets/locales/fr/class.json" with { type: "json" };
import enStory from "@cs/assets/locales/en/story.json" with { type: "json" };
import frStory from "@cs/assets/locales/fr/story.json" with { type: "json" };
import type { GameView } from "@cs/shared";
import { powerParams, t } from "../../i18n/index.ts";
import { newsText } from "./names.ts";
import { testI18n } from "./test-i18n.ts";

/**
 * The Spanish Civil War (17–18 July 1936) told in both languages: one side of one country rises
 * against its government, in a singular verb ("Nationalist Spain", "l’Espagne nationaliste"),
 * never as a war of Spain against Spain. The news line (shared/src/events/effects.ts
 * `civilWar`), the story's line and the debrief's key moment.
 */
const SPAIN = { government: "ESP", insurgent: "ESP_NAT" } as const;

describe.each([
  ["en", "Civil war: Nationalist Spain rises against the government of Spain"],
  [
    "fr",
    "Guerre civile\u202f: l’Espagne nationaliste se soulève contre le gouvernement de l’Espagne",
  ],
] as const)("the Spanish Civil War in %s", (lng, line) => {
  const load = async () => {
    await testI18n(lng);
    i18next.addResourceBundle("en", "class", enClass);
    i18next.addResourceBundle("fr", "class", frClass);
    i18next.addResourceBundle("en", "story", enStory);
    i18next.addResourceBundle("fr", "story", frStory);
  };

  test("in the news", async () => {
    await load();
    const params = { conflict: "spain", ...SPAIN };
    expect(newsText({} as GameView, "news.civilWar", params)).toBe(line);
  });

  test("in the story and the debrief's key moments", async () => {
    await load();
    const story = t("story:effect.civilWar", {
      ...powerParams("government", [SPAIN.government]),
      ...powerParams("insurgent", [SPAIN.insurgent]),
    });
    const moment = t("class:moment.civilWar", {
      ...powerParams("aggressor", [SPAIN.insurgent]),
      ...powerParams("victim", [SPAIN.government]),
    });
    for (const text of [story, moment]) {
      expect(text.toLowerCase()).toContain(line.toLowerCase());
      expect(text).not.toMatch(/\{\{|\b(ESP|ESP_NAT)\b|goes to war|entre en guerre/);
    }
  });
});
