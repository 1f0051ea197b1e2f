import { has, lang, powerName, powerParams, t } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import { h } from "./dom.ts";

const FIELDS = ["leader", "situation", "aims", "fears", "friends", "rivals", "levers"] as const;

/** The briefings describe the situation of January 1933, the scenario's opening. */
const BRIEFING_DATE = "1933-I";

/**
 * A seat's briefing, from the scenario's locale file, laid out as a typed memorandum. A match
 * that opens later (`start`, a turn label such as "1939-I") shows it as what it is — the brief
 * of January 1933 — with a note that the first news tells what has changed since.
 */
export function briefing(power: string, start?: string): HTMLElement {
  if (!has(`briefings:${power}.title`)) {
    return h("article", { class: "memo" }, h("h3", {}, powerName(power)));
  }
  return h(
    "article",
    { class: "memo", "aria-labelledby": `brief-${power}` },
    h("p", { class: "memo-head" }, t("lobby.memoHead", powerParams("power", [power]))),
    start && start !== BRIEFING_DATE
      ? h(
          "p",
          { class: "memo-note", id: "brief-dated" },
          t("lobby.briefDated", { date: formatTurnLabel(start, lang()) }),
        )
      : null,
    h("h3", { id: `brief-${power}` }, t(`briefings:${power}.title`)),
    FIELDS.map((f) => {
      const v = t(`briefings:${power}.${f}`, { returnObjects: true }) as unknown;
      return h(
        "section",
        {},
        h("h4", {}, t(`lobby.brief.${f}`)),
        Array.isArray(v)
          ? h(
              "ul",
              {},
              v.map((x) => h("li", {}, String(x))),
            )
          : h("p", {}, String(v)),
      );
    }),
  );
}
