import i18next from "i18next";
import enUi from "@cs/assets/locales/en/ui.json" with { type: "json" };
import frUi from "@cs/assets/locales/fr/ui.json" with { type: "json" };
import enPowers from "@cs/assets/locales/en/powers.json" with { type: "json" };
import frPowers from "@cs/assets/locales/fr/powers.json" with { type: "json" };
import enCard from "@cs/assets/locales/en/card.json" with { type: "json" };
import frCard from "@cs/assets/locales/fr/card.json" with { type: "json" };

/** i18next with the real locale files, for unit tests of the panels' words (no DOM). */
export async function testI18n(lng: "en" | "fr" = "en"): Promise<void> {
  await i18next.init({
    lng,
    fallbackLng: "en",
    defaultNS: "ui",
    resources: {
      en: { ui: enUi, powers: enPowers, card: enCard },
      fr: { ui: frUi, powers: frPowers, card: frCard },
    },
    interpolation: { escapeValue: false },
  });
  await i18next.changeLanguage(lng);
}
