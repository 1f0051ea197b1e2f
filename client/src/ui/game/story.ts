import {
  turnLabel,
  turnStory,
  type Ctx,
  type EffectLine,
  type GameView,
  type StoryLine,
  type TensionStory,
  type TurnStory,
} from "@cs/shared";
import { lang, t } from "../../i18n/index.ts";
import { formatDelta, formatNumber, formatTurnLabel } from "../../i18n/format.ts";
import { h } from "../dom.ts";
import { newsBody, newsParams, newsText, treatyName, treatyTitle } from "./names.ts";
import { wholeParts } from "./whole.ts";

/**
 * The resolution report as a player reads it: the few things that mattered this half-year at
 * the top of the news panel (each with "see on the map"), why world tension moved, and which
 * treaties lapse soon. The facts come from shared/src/report on this seat's view.
 */
export interface SeeOnMap {
  (regions: readonly string[]): void;
}

/** What a crisis choice or an event did, as short sentences. */
export function effectText(view: GameView, e: EffectLine): string {
  const p = newsParams(view, e.params);
  if (typeof e.params["delta"] === "number") p["delta"] = formatDelta(e.params["delta"], lang());
  if (typeof e.params["name"] === "string")
    p["name"] =
      typeof e.params["treaty"] === "string"
        ? treatyName(view, e.params["treaty"], e.params["name"])
        : treatyTitle(e.params["name"]);
  return t(`story:${e.key}`, p);
}

export function effectsList(view: GameView, effects: readonly EffectLine[]): HTMLElement | null {
  if (!effects.length) return null;
  return h(
    "ul",
    { class: "effects" },
    effects.map((e) => h("li", {}, effectText(view, e))),
  );
}

function seeButton(regions: readonly string[], see: SeeOnMap | undefined): HTMLElement | null {
  if (!see || !regions.length) return null;
  return h(
    "button",
    {
      type: "button",
      class: "see-on-map link",
      "data-regions": regions.join(","),
      onclick: () => see(regions),
    },
    t("story:seeOnMap"),
  );
}

/**
 * The turn's tension figures as a player reads them: whole numbers, which add up to the move
 * the title shows (its ends rounded), each cause rounded down or up (whole.ts).
 */
interface WholeTension {
  lines: Map<StoryLine, number>;
  calm: number;
  unexplained: number;
}

function wholeTension(ts: TensionStory | undefined): WholeTension {
  if (!ts) return { lines: new Map(), calm: 0, unexplained: 0 };
  const parts = wholeParts(
    [...ts.causes.map((c) => c.tension), ts.calm, ts.unexplained],
    Math.round(ts.to) - Math.round(ts.from),
  );
  const n = ts.causes.length;
  return {
    lines: new Map(ts.causes.map((c, i) => [c, parts[i] ?? 0])),
    calm: parts[n] ?? 0,
    unexplained: parts[n + 1] ?? 0,
  };
}

function line(
  view: GameView,
  l: StoryLine,
  see: SeeOnMap | undefined,
  whole: WholeTension,
): HTMLElement {
  const tension = whole.lines.get(l) ?? Math.round(l.tension);
  return h(
    "li",
    { class: `story-line ${l.kind}`, "data-kind": l.kind },
    h("span", { class: "story-kind" }, t(`story:kind.${l.kind}`)),
    " ",
    h("span", { class: "story-text" }, newsText(view, l.key, l.params)),
    tension
      ? h(
          "span",
          { class: "cost" },
          ` ${t("story:tensionShort", { delta: formatDelta(tension, lang()) })}`,
        )
      : null,
    " ",
    seeButton(l.regions, see),
    l.key === "news.crisisBranch" && newsBody(l.key, l.params)
      ? h("p", { class: "story-outcome" }, newsBody(l.key, l.params))
      : null,
    effectsList(view, l.effects),
  );
}

/** Why world tension moved, cause by cause, as far as this seat may know. */
function tensionExplained(
  view: GameView,
  story: TurnStory,
  whole: WholeTension,
): HTMLElement | null {
  const ts = story.tension;
  if (!ts) return null;
  const l = lang();
  const row = (n: number, text: string) =>
    h("li", {}, h("span", { class: "figure" }, formatDelta(n, l)), " ", text);
  // A cause that rounds to nothing is left out: the figures shown still make the total.
  const rows: HTMLElement[] = ts.causes
    .filter((c) => (whole.lines.get(c) ?? 0) !== 0)
    .map((c) => row(whole.lines.get(c) ?? 0, newsText(view, c.key, c.params)));
  if (whole.calm) rows.push(row(whole.calm, t("story:tensionCalm")));
  if (whole.unexplained) rows.push(row(whole.unexplained, t("story:tensionUnknown")));
  return h(
    "section",
    { class: "tension-story", "aria-labelledby": `tension-story-${story.turn}` },
    h(
      "h3",
      { id: `tension-story-${story.turn}` },
      t("story:tensionTitle", { from: formatNumber(ts.from, l), to: formatNumber(ts.to, l) }),
    ),
    rows.length ? h("ul", {}, rows) : h("p", { class: "hint" }, t("story:tensionStill")),
  );
}

/** Treaties whose term or notice runs out this half-year or the next. */
function lapses(view: GameView, story: TurnStory): HTMLElement | null {
  if (!story.lapses.length) return null;
  const l = lang();
  return h(
    "section",
    { class: "lapses", "aria-labelledby": `lapses-${story.turn}` },
    h("h3", { id: `lapses-${story.turn}` }, t("story:lapsesTitle")),
    h(
      "ul",
      {},
      story.lapses.map((x) =>
        h(
          "li",
          { "data-treaty": x.treaty },
          t(`story:lapse.${x.why}`, {
            treaty: treatyName(view, x.treaty, x.name),
            date: formatTurnLabel(turnLabel(x.lastTurn), l),
          }),
        ),
      ),
    ),
  );
}

/**
 * The summary at the top of the news panel: the half-year just resolved (or, before the
 * Resolution of this one, the last one), its main lines, tension and lapses.
 */
export function storySummary(
  view: GameView,
  ctx: Ctx | undefined,
  see: SeeOnMap | undefined,
): HTMLElement | null {
  if (!ctx) return null;
  const resolved = view.phase === "resolution" || view.phase === "report" || view.phase === "ended";
  const turn = resolved ? view.turn : view.turn - 1;
  if (turn < 0) return null;
  const story = turnStory(view, turn, ctx);
  const now = turn === view.turn ? story : turnStory(view, view.turn, ctx);
  const whole = wholeTension(story.tension);
  const l = lang();
  return h(
    "section",
    { class: "story-summary", id: "story-summary", "aria-labelledby": "story-title" },
    h(
      "h2",
      { id: "story-title" },
      t(turn === view.turn ? "story:titleNow" : "story:titleLast", {
        date: formatTurnLabel(turnLabel(turn), l),
      }),
    ),
    story.headlines.length
      ? h(
          "ul",
          { class: "story-lines" },
          story.headlines.map((x) => line(view, x, see, whole)),
        )
      : h("p", { class: "hint" }, t("story:nothing")),
    story.lines.length > story.headlines.length
      ? h(
          "details",
          { class: "story-more" },
          h("summary", {}, t("story:more", { count: story.lines.length - story.headlines.length })),
          h(
            "ul",
            { class: "story-lines" },
            story.lines
              .filter((x) => !story.headlines.includes(x))
              .map((x) => line(view, x, see, whole)),
          ),
        )
      : null,
    tensionExplained(view, story, whole),
    lapses(view, now),
  );
}
