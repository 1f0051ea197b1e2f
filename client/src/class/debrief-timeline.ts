/**
 * The debrief's timeline, compact enough to print in a few pages: what history had already
 * done before the match began in one line, the League Council's yearly rotation in another,
 * then a row per event of the match — its real date and what the class did, and, where the
 * class diverged from history, the historian's "why" note and its source.
 */
import { afterEnd, type Debrief } from "@cs/shared";
import { has, t } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import { eventTitle } from "../ui/game/names.ts";
import { choiceLabel, ct, powerName, turnLine } from "./common.ts";
import { list, none, realDate } from "./debrief-league.ts";

type Row = Debrief["timeline"][number];

export const eventName = (id: string): string => eventTitle(id) ?? id;

/** A crisis's outcome in words, when the scenario's locale tells it. */
function outcomeText(event: string, branch: string): string | undefined {
  const key = `events:event.${event}.branch.${branch}`;
  return has(key) ? t(key) : undefined;
}

const why = (r: Row): string =>
  has(`events:event.${r.event}.why`) ? t(`events:event.${r.event}.why`) : "";

/** "Hitler becomes Chancellor (30 January 1933)". */
const dated = (r: Row): string => `${eventName(r.event)} (${realDate(r.note.date)})`;

function historyCell(r: Row): Array<Node | string | null> {
  if (r.counterfactual)
    return [
      h("strong", {}, eventName(r.event)),
      " · ",
      h("span", { class: "divergence" }, ct(`divergence.${r.divergence}`)),
      h("br"),
      ct("debrief.whatIf"),
    ];
  const note = why(r);
  // The note of a departure from history teaches; an event as in history needs only its date.
  const told = r.divergence !== "same";
  return [
    h("strong", {}, eventName(r.event)),
    " ",
    h("span", { class: "date" }, realDate(r.note.date)),
    " · ",
    h("span", { class: "divergence" }, ct(`divergence.${r.divergence}`)),
    told && note ? h("p", { class: "why" }, note) : null,
    // The "why" note names its own source; the event's source line is shown only without it.
    told && !note
      ? h("span", { class: "note" }, ct("debrief.source", { source: r.note.source }))
      : null,
  ];
}

function classCell(r: Row): Array<Node | string | null> {
  return [
    r.firedTurn === null ? "—" : turnLine(r.firedTurn),
    ...r.choices.map((c) =>
      c.chosen
        ? h(
            "div",
            { class: "choice" },
            ct("debrief.choiceLine", {
              power: powerName(c.power),
              choice: choiceLabel(r.event, c.chosen),
            }),
            c.historical && c.historical !== c.chosen
              ? ` (${ct("debrief.historically", { choice: choiceLabel(r.event, c.historical) })})`
              : "",
          )
        : null,
    ),
    ...r.outcomes
      .map((b) => outcomeText(r.event, b))
      .filter((x): x is string => !!x)
      .map((x) => h("div", { class: "outcome" }, x)),
  ];
}

export function timeline(d: Debrief): Array<Node | null> {
  const routine = d.timeline.filter(
    (r) => r.routine && r.divergence !== "notYet" && !afterEnd(d, r),
  );
  const before = d.timeline.filter((r) => !r.routine && r.divergence === "inherited");
  // Events history has still to bring, or brought after the match ended, are named in one
  // line, not a row each.
  const ahead = d.timeline.filter((r) => r.divergence === "notYet" || afterEnd(d, r));
  const rows = d.timeline.filter(
    (r) => !r.routine && r.divergence !== "inherited" && !ahead.includes(r),
  );
  const first = routine[0];
  if (!routine.length && !before.length && !rows.length && !ahead.length) return [none()];
  return [
    before.length
      ? h("p", { class: "before" }, ct("debrief.before", { list: list(before.map(dated)) }))
      : null,
    first
      ? h(
          "p",
          { class: "routine" },
          ct("debrief.routine", {
            name: eventName(first.event),
            list: list(
              routine.map((r) =>
                r.divergence === "same" || r.divergence === "inherited"
                  ? realDate(r.note.date)
                  : `${realDate(r.note.date)} (${ct(`divergence.${r.divergence}`)})`,
              ),
            ),
          }),
        )
      : null,
    rows.length
      ? h(
          "table",
          { class: "timeline" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              // Where the class diverged is said beside each event's date: two columns, wider.
              ["history", "class"].map((k) => h("th", { scope: "col" }, ct(`debrief.col.${k}`))),
            ),
          ),
          h(
            "tbody",
            {},
            rows.map((r) =>
              h(
                "tr",
                { "data-divergence": r.divergence, "data-event": r.event },
                h("td", {}, historyCell(r)),
                h("td", {}, classCell(r)),
              ),
            ),
          ),
        )
      : null,
    ahead.length
      ? h(
          "p",
          { class: "ahead hint" },
          ct(d.ended ? "debrief.afterEnd" : "debrief.ahead", {
            list: list(ahead.map((r) => eventName(r.event))),
          }),
        )
      : null,
  ];
}
