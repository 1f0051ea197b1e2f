import { has, powerName, t } from "../i18n/index.ts";
import { h } from "./dom.ts";

const FIELDS = ["leader", "situation", "aims", "fears", "friends", "rivals", "levers"] as const;

/** A seat's briefing, from the scenario's locale file, laid out as a typed memorandum. */
export function briefing(power: string): HTMLElement {
  if (!has(`briefings:${power}.title`)) {
    return h("article", { class: "memo" }, h("h3", {}, powerName(power)));
  }
  return h(
    "article",
    { class: "memo", "aria-labelledby": `brief-${power}` },
    h("p", { class: "memo-head" }, t("lobby.memoHead", { power: powerName(power) })),
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
