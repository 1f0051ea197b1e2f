import { storyLine, turnLabel, type Ctx, type GameView, type NewsItem } from "@cs/shared";
import { lang, t } from "../../i18n/index.ts";
import { formatTurnLabel } from "../../i18n/format.ts";
import { h, replaceContent } from "../dom.ts";
import { newsBody, newsText } from "./names.ts";
import { objectivesReport, obligationsReport, powersReport, scoreReport } from "./report.ts";
import type { PanelCtx } from "./panel.ts";
import { effectsList, storySummary } from "./story.ts";

/**
 * One turn's front page: public news as a newspaper (a headline, a lead story, columns),
 * private intelligence as telegram slips, and — for the current turn — world tension. The
 * match's news panel and the replay viewer both draw it.
 */
export function frontPage(
  view: GameView,
  turn: number,
  options: { current: boolean; id?: string; label?: string; ctx?: Ctx | undefined },
): HTMLElement {
  const l = lang();
  const items = view.news.filter((n) => n.turn === turn && n.key !== "news.tensionTurn");
  const pub = items.filter((n) => !n.to);
  // The same telegram twice (a warning repeated after a counter-proposal) is printed once.
  const priv = dedupe(items.filter((n) => n.to));
  const effects = (n: NewsItem) => {
    const line = options.ctx ? storyLine(n, options.ctx) : undefined;
    return line ? effectsList(view, line.effects) : null;
  };
  const [lead, ...rest] = pub;
  return h(
    "article",
    {
      class: options.current ? "front-page current" : "front-page",
      "aria-label": options.label ?? formatTurnLabel(turnLabel(turn), l),
      ...(options.id ? { id: options.id } : {}),
    },
    h(
      "header",
      { class: "masthead" },
      h("p", { class: "paper-name" }, t("news.paper")),
      h("p", { class: "paper-date" }, formatTurnLabel(turnLabel(turn), l)),
    ),
    lead
      ? h("h2", { class: "headline" }, newsText(view, lead.key, lead.params))
      : h("h2", { class: "headline quiet" }, t("news.quiet")),
    lead && newsBody(lead.key, lead.params)
      ? h("p", { class: "lead-story" }, newsBody(lead.key, lead.params))
      : null,
    lead ? effects(lead) : null,
    rest.length
      ? h(
          "div",
          { class: "columns" },
          rest.map((n) =>
            h(
              "div",
              { class: "story" },
              h("h3", { class: "story-head" }, newsText(view, n.key, n.params)),
              newsBody(n.key, n.params) ? h("p", {}, newsBody(n.key, n.params)) : null,
              effects(n),
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
    options.current
      ? h("p", { class: "tension-line" }, t("news.tension", { value: Math.round(view.tension) }))
      : null,
  );
}

function dedupe(items: readonly NewsItem[]): NewsItem[] {
  const seen = new Set<string>();
  return items.filter((n) => {
    const k = JSON.stringify([n.key, n.params]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Earlier papers the reader unfolded (kept across re-renders). */
const unfolded = new Set<number>();

/**
 * An earlier half-year's paper, folded under its date: the archive no longer piles up in one
 * long scroll, and each paper is one click away.
 */
function archived(view: GameView, turn: number, c: PanelCtx): HTMLElement {
  const date = formatTurnLabel(turnLabel(turn), lang());
  return h(
    "details",
    {
      class: "news-archive",
      "data-turn": turn,
      open: unfolded.has(turn),
      ontoggle: (e: Event) => {
        if ((e.currentTarget as HTMLDetailsElement).open) unfolded.add(turn);
        else unfolded.delete(turn);
      },
    },
    h("summary", {}, t("news.archiveOf", { date })),
    frontPage(view, turn, { current: false, ctx: c.net.rules }),
  );
}

/**
 * The turn's report at the top (what happened and why, with "see on the map"), the front page,
 * earlier turns below (most recent first), then the figures.
 */
export function renderNews(panel: HTMLElement, c: PanelCtx): void {
  const { view } = c;
  const turns = [...new Set(view.news.map((n) => n.turn))].sort((a, b) => b - a);
  if (!turns.includes(view.turn)) turns.unshift(view.turn);
  const see = c.map
    ? (regions: readonly string[]) => {
        c.map?.highlight(regions);
        if (regions[0]) c.map?.focus(regions[0]);
      }
    : undefined;
  replaceContent(
    panel,
    storySummary(view, c.net.rules, see),
    turns.map((turn, i) =>
      i === 0
        ? frontPage(view, turn, { current: true, ctx: c.net.rules })
        : archived(view, turn, c),
    ),
  );
  // The report below the paper: what obligations did, and the powers' figures.
  const current = panel.querySelector(".front-page.current");
  const extra = [
    scoreReport(view, c.seat, c.net.rules, c.state.scores),
    objectivesReport(view, c.seat, c.net.rules),
    obligationsReport(view),
    powersReport(view, c.seat),
  ];
  current?.after(...extra.filter((x): x is HTMLElement => x !== null));
}
