import { turnLabel, type GameView, type Treaty } from "@cs/shared";
import { lang, powerName, t } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import { h } from "../ui/dom.ts";
import { treatyDate } from "../ui/game/clause-text.ts";
import { newsBody, newsText } from "../ui/game/names.ts";
import { treatyDocument } from "../ui/game/treaty-doc.ts";

/**
 * What a step of the replay shows beside the map, through the chosen viewer's eyes: the
 * turn's front page (private telegrams only where that viewer received them) and the treaties
 * that viewer may see, as the match's own panels draw them.
 */
export function newsPage(view: GameView): HTMLElement {
  const l = lang();
  const items = view.news.filter((n) => n.turn === view.turn);
  const pub = items.filter((n) => !n.to);
  const priv = items.filter((n) => n.to);
  const [lead, ...rest] = pub;
  return h(
    "article",
    { class: "front-page current", id: "replay-news", "aria-label": t("replay:news") },
    h(
      "header",
      { class: "masthead" },
      h("p", { class: "paper-name" }, t("news.paper")),
      h("p", { class: "paper-date" }, formatTurnLabel(turnLabel(view.turn), l)),
    ),
    lead
      ? h("h2", { class: "headline" }, newsText(view, lead.key, lead.params))
      : h("h2", { class: "headline quiet" }, t("news.quiet")),
    lead && newsBody(lead.key) ? h("p", { class: "lead-story" }, newsBody(lead.key)) : null,
    rest.length
      ? h(
          "div",
          { class: "columns" },
          rest.map((n) =>
            h(
              "div",
              { class: "story" },
              h("h3", { class: "story-head" }, newsText(view, n.key, n.params)),
            ),
          ),
        )
      : null,
    priv.map((n) =>
      h(
        "aside",
        { class: "telegram", "aria-label": t("news.telegram") },
        h("p", { class: "telegram-head" }, t("news.telegramHead")),
        h("p", {}, newsText(view, n.key, n.params).toUpperCase() + " STOP"),
      ),
    ),
    h("p", { class: "tension-line" }, t("news.tension", { value: Math.round(view.tension) })),
  );
}

const SHOWN: ReadonlySet<Treaty["status"]> = new Set(["signed", "inForce"]);

/** Treaties signed or in force, as documents; the rest of the table as one line each. */
export function treatyPanel(view: GameView): HTMLElement {
  const all = Object.values(view.treaties);
  const docs = all.filter((tr) => SHOWN.has(tr.status));
  const others = all.filter((tr) => !SHOWN.has(tr.status));
  return h(
    "section",
    { class: "replay-treaties", id: "replay-treaties", "aria-label": t("replay:treaties") },
    h("h2", {}, t("replay:treaties")),
    docs.length === 0 ? h("p", { class: "hint" }, t("replay:noTreaties")) : null,
    docs.map((tr) =>
      treatyDocument({
        id: tr.id,
        name: tr.name,
        parties: tr.parties,
        clauses: tr.clauses,
        duration: tr.duration,
        status: tr.status,
        signatures: tr.signatures,
        date: treatyDate(tr),
      }),
    ),
    others.length
      ? h(
          "ul",
          { class: "replay-other-treaties" },
          others.map((tr) =>
            h(
              "li",
              { "data-treaty": tr.id },
              t("replay:treatyLine", {
                name: tr.name,
                parties: tr.parties.map(powerName).join(", "),
                status: t(`replay:status.${tr.status}`),
              }),
            ),
          ),
        )
      : null,
  );
}
