import {
  collectiveSecurityIndex,
  findings,
  scores,
  scoresAtStart,
  startForces,
  turnLabel,
  type PowerScore,
} from "@cs/shared";
import { has, lang, powerName, t } from "../../i18n/index.ts";
import { formatNumber, formatTurnLabel } from "../../i18n/format.ts";
import { h, replaceContent } from "../dom.ts";
import { tip } from "../tooltip.ts";
import { eventTitle, newsText } from "./names.ts";
import { signedTreaties, timelines } from "./final-model.ts";
import { treatyDocumentOf } from "./treaty-doc.ts";
import { charterEpilogue } from "../epilogue/epilogue.ts";
import { warOutcomeLine, warSection } from "./final-war.ts";
import type { PanelCtx } from "./panel.ts";

/**
 * The final report: why the match ended, scores, the collective security index, this match's
 * timeline beside the historical one, and the treaties signed. Scores are the engine's,
 * computed on this seat's view of the final state.
 */
export function renderFinal(root: HTMLElement, c: PanelCtx): void {
  const { view, net } = c;
  const l = lang();
  let section = root.querySelector<HTMLElement>(".final");
  if (!section) {
    section = h("section", { class: "final", "aria-labelledby": "final-title" });
    root.append(section);
  }
  const ctx = net.rules;
  let table: Array<[string, PowerScore]> = [];
  let atStart: Record<string, PowerScore> = {};
  let csi: number | undefined;
  if (ctx) {
    atStart = scoresAtStart(view, ctx);
    table = Object.entries(scores(view, ctx))
      .filter(([p]) => ctx.powers.get(p)?.seat !== "minor")
      .sort((a, b) => b[1].normalised - a[1].normalised);
    csi = collectiveSecurityIndex(view, ctx).value;
  }
  const rows = timelines(view, ctx?.scenario.events ?? []);
  const treaties = signedTreaties(view);
  const ended = view.ended;
  replaceContent(
    section,
    h(
      "div",
      { class: "final-sheet paper" },
      h("h2", { id: "final-title" }, t("final.title")),
      net.match
        ? h(
            "p",
            {},
            h(
              "a",
              { href: `./replay.html?match=${net.match.id}`, id: "final-replay" },
              t("replay:open"),
            ),
          )
        : null,
      ended
        ? h(
            "p",
            { class: "lede" },
            t("final.ended", { date: formatTurnLabel(turnLabel(ended.turn), l) }),
            " ",
            t(`final.reason.${ended.reason}`),
          )
        : null,
      // The war beyond its outbreak: how it would likely have gone, and why (issue 10).
      ctx ? warSection(view, ctx) : null,
      h("p", {}, t("final.tension", { value: formatNumber(view.tension, l) })),
      csi !== undefined
        ? h(
            "p",
            { class: "csi" },
            tip(t("final.csi"), t("final.csiTip")),
            " ",
            h("strong", { class: "figure", id: "csi" }, formatNumber(csi, l)),
          )
        : null,
      table.length
        ? h(
            "table",
            { class: "scores", id: "final-scores" },
            h("caption", {}, t("final.scores")),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, t("final.power")),
                h("th", { scope: "col" }, t("final.score")),
                h("th", { scope: "col" }, t("final.why")),
              ),
            ),
            h(
              "tbody",
              {},
              table.map(([p, s]) =>
                h(
                  "tr",
                  { class: p === c.seat ? "mine" : "" },
                  h("th", { scope: "row" }, powerName(p)),
                  h("td", { class: "num" }, formatNumber(s.normalised, l)),
                  h(
                    "td",
                    { class: "why" },
                    h(
                      "span",
                      { class: "cost" },
                      t("final.points", {
                        points: formatNumber(s.points, l),
                        max: formatNumber(s.max, l),
                      }),
                    ),
                    " ",
                    h(
                      "span",
                      { class: "cost at-start" },
                      t("final.atStart", {
                        points: formatNumber(atStart[p]?.normalised ?? 0, l),
                      }),
                    ),
                    h(
                      "ul",
                      { class: "score-why" },
                      warOutcomeLine(s),
                      s.objectives.map((o) =>
                        h(
                          "li",
                          { class: o.achieved ? "met" : "missed" },
                          o.achieved ? "✓ " : "✗ ",
                          t(`objectives:objective.${o.id}.name`, {
                            defaultValue: t("final.objective"),
                          }),
                          " ",
                          atStart[p]?.objectives.find((x) => x.id === o.id)?.achieved
                            ? h("span", { class: "cost held" }, `${t("final.heldAtStart")} `)
                            : null,
                          h(
                            "span",
                            { class: "cost" },
                            t("report.points", {
                              points: formatNumber(
                                ctx?.scenario.objectives.find((x) => x.id === o.id)?.points ?? 0,
                                l,
                              ),
                            }),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          )
        : null,
      h(
        "div",
        { class: "timelines" },
        h(
          "section",
          {},
          h("h3", {}, t("final.timeline")),
          h(
            "ol",
            { class: "timeline" },
            rows.map((r) =>
              h(
                "li",
                {},
                h("strong", {}, formatTurnLabel(turnLabel(r.turn), l)),
                h(
                  "ul",
                  {},
                  r.match.map((n) => h("li", {}, newsText(view, n.key, n.params))),
                ),
              ),
            ),
          ),
        ),
        h(
          "section",
          {},
          h("h3", {}, t("final.history")),
          rows.some((r) => r.history.length)
            ? h(
                "ol",
                { class: "timeline history" },
                rows
                  .filter((r) => r.history.length)
                  .map((r) =>
                    h(
                      "li",
                      {},
                      h("strong", {}, formatTurnLabel(turnLabel(r.turn), l)),
                      h(
                        "ul",
                        {},
                        r.history.map((e) =>
                          h(
                            "li",
                            {},
                            eventTitle(e.id) ?? e.id,
                            " ",
                            h("span", { class: "hint" }, `(${e.note.date})`),
                            // Why it happened, with its source (issue 13).
                            has(`events:event.${e.id}.why`)
                              ? h("p", { class: "hint why" }, t(`events:event.${e.id}.why`))
                              : null,
                          ),
                        ),
                      ),
                    ),
                  ),
              )
            : h("p", { class: "hint" }, t("final.historyMissing")),
        ),
      ),
      h("h3", {}, t("final.treaties")),
      treaties.length
        ? treaties.map((tr) => treatyDocumentOf(tr))
        : h("p", { class: "hint" }, t("final.noTreaties")),
      // What the Charter changed (issue 17): a section of its own, from this match's record.
      ctx ? charterEpilogue(findings(view, startForces(ctx.scenario))) : null,
      h(
        "button",
        { type: "button", class: "primary", id: "final-home", onclick: () => void net.leave() },
        t("final.home"),
      ),
    ),
  );
}
