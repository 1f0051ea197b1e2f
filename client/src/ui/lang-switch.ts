import { lang, setLanguage, t } from "../i18n/index.ts";
import { LANGS, type Lang } from "../i18n/format.ts";
import { h } from "./dom.ts";

/** English / Français: the header's switch on every page (game, class, replay). */
export function languageSwitch(): HTMLElement {
  const current = lang();
  return h(
    "div",
    { class: "lang-switch", role: "group", "aria-label": t("app.language") },
    LANGS.map((l: Lang) =>
      h(
        "button",
        {
          type: "button",
          lang: l,
          class: "lang-btn",
          "data-lang": l,
          "aria-pressed": l === current ? "true" : "false",
          onclick: () => void setLanguage(l),
        },
        l === "en" ? "English" : "Français",
      ),
    ),
  );
}
