import type { GameView, Treaty } from "@cs/shared";
import { powerName, t } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import { frontPage } from "../ui/game/news.ts";
import { treatyDocumentOf } from "../ui/game/treaty-doc.ts";

/**
 * What a step of the replay shows beside the map, through the chosen viewer's eyes: the
 * turn's front page (private telegrams only where that viewer received them) and the treaties
 * that viewer may see, as the match's own panels draw them.
 */
export function newsPage(view: GameView): HTMLElement {
  return frontPage(view, view.turn, { current: true, id: "replay-news", label: t("replay:news") });
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
    docs.map((tr) => treatyDocumentOf(tr)),
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
