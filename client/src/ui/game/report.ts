import { scores, type Ctx, type GameView } from "@cs/shared";
import { lang, powerName, t } from "../../i18n/index.ts";
import { formatDelta, formatNumber } from "../../i18n/format.ts";
import { h } from "../dom.ts";
import { tip } from "../tooltip.ts";
import { treatyName } from "./names.ts";

const FIGURES = ["credibility", "stability", "warSupport", "army", "air", "navy"] as const;
const TIPPED: ReadonlySet<string> = new Set(["credibility", "warSupport"]);

/** What each treaty obligation did (as far as this seat may know): honoured, broken, lapsed… */
export function obligationsReport(view: GameView): HTMLElement | null {
  const list = Object.values(view.obligations);
  if (list.length === 0) return null;
  return h(
    "section",
    { class: "obligations", "aria-labelledby": "obligations-title" },
    h("h2", { id: "obligations-title" }, t("report.obligations")),
    h(
      "ul",
      {},
      list.map((o) =>
        h(
          "li",
          { class: `obligation ${o.status}` },
          t("report.obligation", {
            power: powerName(o.power),
            beneficiary: powerName(o.beneficiary),
            status: t(`report.status.${o.status}`),
          }),
          " — ",
          h("em", {}, treatyName(view, o.treaty)),
        ),
      ),
    ),
  );
}

/** The powers' figures; others' are intelligence estimates, marked as such. */
export function powersReport(view: GameView, seat: string | null): HTMLElement {
  const l = lang();
  const ids = Object.keys(view.powers).filter((p) => view.powers[p]?.alive);
  return h(
    "section",
    { class: "powers", "aria-labelledby": "powers-title" },
    h("h2", { id: "powers-title" }, t("report.powers")),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "scores powers-table" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, t("final.power")),
            FIGURES.map((f) =>
              h(
                "th",
                { scope: "col" },
                TIPPED.has(f) ? tip(t(`figure.${f}`), t(`tip.${f}`)) : t(`figure.${f}`),
              ),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          ids.map((id) => {
            const p = view.powers[id];
            if (!p) return null;
            return h(
              "tr",
              { class: id === seat ? "mine" : "" },
              h("th", { scope: "row" }, powerName(id)),
              FIGURES.map((f) =>
                h(
                  "td",
                  {
                    class: "num",
                    title: p.estimated && f !== "credibility" ? t("report.estimated") : undefined,
                  },
                  `${p.estimated && f !== "credibility" ? "≈" : ""}${formatNumber(p[f], l)}`,
                ),
              ),
            );
          }),
        ),
      ),
    ),
  );
}

/**
 * This seat's objectives score (the engine's, on its view) and its change this turn; `seen`
 * (the match screen's) holds the score at the start of each turn seen.
 */
export function scoreReport(
  view: GameView,
  seat: string | null,
  ctx: Ctx | undefined,
  seen: Map<number, number>,
): HTMLElement | null {
  if (!seat || !ctx) return null;
  let now: number;
  try {
    now = scores(view, ctx)[seat]?.normalised ?? 0;
  } catch {
    return null;
  }
  if (!seen.has(view.turn)) seen.set(view.turn, now);
  const prev = seen.get(view.turn - 1);
  const l = lang();
  return h(
    "p",
    { class: "score-line", id: "my-score" },
    tip(t("report.score"), t("tip.score")),
    " ",
    h("strong", { class: "figure" }, formatNumber(now, l)),
    prev !== undefined && prev !== now
      ? h("span", { class: "cost" }, ` (${formatDelta(now - prev, l)})`)
      : null,
  );
}

/**
 * Objectives: this seat's, each marked achieved or not on its view; and, unless the match
 * hides them, every other seat's (game.md: "objectives are public by default").
 */
export function objectivesReport(
  view: GameView,
  seat: string | null,
  ctx: Ctx | undefined,
): HTMLElement | null {
  if (!ctx) return null;
  const name = (id: string) => t(`objectives:objective.${id}.name`, { defaultValue: id });
  let achieved: ReadonlyMap<string, boolean> = new Map();
  try {
    const mine = seat ? scores(view, ctx)[seat] : undefined;
    achieved = new Map(mine?.objectives.map((o) => [o.id, o.achieved]) ?? []);
  } catch {
    // Scores on a view can fail on an estimate; the list still reads without marks.
  }
  // Only the aims in play at this match's start point (issue 18).
  const of = (power: string) => ctx.objectives.filter((o) => o.power === power);
  const seats = ctx.scenario.powers.filter((p) => p.seat !== "minor" && p.id !== seat);
  const l = lang();
  return h(
    "section",
    { class: "objectives", "aria-labelledby": "objectives-title" },
    h("h2", { id: "objectives-title" }, t("report.objectives")),
    seat
      ? h(
          "ul",
          { class: "my-objectives" },
          of(seat).map((o) =>
            h(
              "li",
              {},
              achieved.get(o.id) ? "✓ " : "✗ ",
              name(o.id),
              " ",
              h(
                "span",
                { class: "cost" },
                t("report.points", { points: formatNumber(o.points, l) }),
              ),
            ),
          ),
        )
      : null,
    view.settings.hiddenObjectives
      ? h("p", { class: "hint" }, t("report.objectivesHidden"))
      : h(
          "details",
          {},
          h("summary", {}, t("report.objectivesOthers")),
          seats.map((p) =>
            h(
              "p",
              {},
              h("strong", {}, powerName(p.id)),
              ": ",
              of(p.id)
                .map((o) => name(o.id))
                .join(" · "),
            ),
          ),
        ),
  );
}
