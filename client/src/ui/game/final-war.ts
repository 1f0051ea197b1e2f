import { forecastWar, warStory, type Ctx, type GameView, type PowerScore } from "@cs/shared";
import { lang, t } from "../../i18n/index.ts";
import { formatNumber } from "../../i18n/format.ts";
import { h } from "../dom.ts";
import { newsText } from "./names.ts";

/**
 * How the war would likely have gone (issue 10): the engine's forecast of the general war the
 * match ended on, told in the player's language. The client decides nothing: the forecast and
 * its reasons are the shared war rules', computed on this seat's view of the final state.
 */
export function warSection(view: GameView, ctx: Ctx): HTMLElement | null {
  const f = forecastWar(view, ctx);
  if (!f) return null;
  const lines = warStory(f);
  const facts = lines.filter((x) => !x.key.startsWith("forecast.reason."));
  const reasons = lines.filter((x) => x.key.startsWith("forecast.reason."));
  return h(
    "section",
    { class: "war-forecast", id: "final-war", "aria-labelledby": "final-war-title" },
    h("h3", { id: "final-war-title" }, t("final.war.title")),
    facts.map((x) => h("p", {}, newsText(view, x.key, x.params))),
    reasons.length
      ? h(
          "div",
          {},
          h("h4", {}, t("final.war.why")),
          h(
            "ul",
            { class: "war-why" },
            reasons.map((x) => h("li", {}, newsText(view, x.key, x.params))),
          ),
        )
      : null,
    h("p", { class: "hint" }, t("final.war.note")),
  );
}

/** A score's line about the war, when the forecast changed it. */
export function warOutcomeLine(s: PowerScore): HTMLElement | null {
  if (!s.war) return null;
  return h(
    "li",
    { class: s.war.outcome === "victorious" ? "met" : "missed" },
    t(`final.war.outcome.${s.war.outcome}`, { before: formatNumber(s.war.before, lang()) }),
  );
}
