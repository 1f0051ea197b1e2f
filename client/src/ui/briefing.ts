import { has, lang, powerName, powerParams, resource, t } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import { h } from "./dom.ts";

const FIELDS = ["leader", "situation", "aims", "fears", "friends", "rivals", "levers"] as const;

/** The briefings at the top level describe January 1933, the scenario's opening. */
const BRIEFING_DATE = "1933-I";

/**
 * A seat's briefing, from the scenario's locale file, laid out as a typed memorandum. A match
 * that opens later (`start`, a turn label such as "1939-I") reads the brief written for that
 * date (`briefings:1939-I.DEU…`: the government then in office, the situation, what the power
 * wants now); a start point without one shows the brief of January 1933 with a note that the
 * first news tells what has changed since.
 */
export function briefing(power: string, start?: string): HTMLElement {
  const later = start && start !== BRIEFING_DATE ? start : undefined;
  const own = later !== undefined && has(`briefings:${later}.${power}.title`);
  const key = own ? `${later}.${power}` : power;
  if (!has(`briefings:${key}.title`)) {
    return h("article", { class: "memo" }, h("h3", {}, powerName(power)));
  }
  return h(
    "article",
    {
      class: "memo",
      "aria-labelledby": `brief-${power}`,
      "data-brief": own ? later : BRIEFING_DATE,
    },
    h("p", { class: "memo-head" }, t("lobby.memoHead", powerParams("power", [power]))),
    later && !own
      ? h(
          "p",
          { class: "memo-note", id: "brief-dated" },
          t("lobby.briefDated", { date: formatTurnLabel(later, lang()) }),
        )
      : null,
    later && own
      ? h(
          "p",
          { class: "memo-note", id: "brief-date" },
          t("lobby.briefAt", { date: formatTurnLabel(later, lang()) }),
        )
      : null,
    h("h3", { id: `brief-${power}` }, t(`briefings:${key}.title`)),
    FIELDS.map((f) => {
      // The resource as it is: a list stays a list (t() returns a string, and a list through
      // it read "Rhénanie,La sécurité…").
      const v = resource("briefings", `${key}.${f}`) ?? t(`briefings:${key}.${f}`);
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
