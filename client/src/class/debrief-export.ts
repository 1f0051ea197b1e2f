import { debriefCsv, type CsvLabels, type Debrief } from "@cs/shared";
import { lang } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import { button, ct, download, powerName, turnText } from "./common.ts";
import { eventName, objectiveName, type DebriefOptions } from "./debrief.ts";

/** The report's buttons: print, the projector version, CSV and JSON. */
export function debriefActions(d: Debrief, o: DebriefOptions, toggle: () => void): HTMLElement {
  const stamp = `debrief-${d.scenario}-${turnText(d.turn)}`.replace(/\s+/g, "-");
  return h(
    "div",
    { class: "row no-print debrief-actions" },
    button("debrief-print", ct("debrief.print"), () => window.print(), "primary"),
    button(
      "debrief-projector",
      o.projector ? ct("debrief.fullVersion") : ct("debrief.projectorVersion"),
      toggle,
    ),
    o.projector
      ? null
      : button("debrief-csv", ct("debrief.csv"), () =>
          download(
            `${stamp}.csv`,
            "text/csv;charset=utf-8",
            debriefCsv(d, csvLabels(), { delimiter: lang() === "fr" ? ";" : "," }),
          ),
        ),
    o.projector
      ? null
      : button("debrief-json", ct("debrief.json"), () =>
          download(`${stamp}.json`, "application/json", JSON.stringify(d, null, 2)),
        ),
  );
}

/** The CSV's words in the teacher's language. */
function csvLabels(): CsvLabels {
  return {
    columns: [
      ct("csv.section"),
      ct("csv.power"),
      ct("csv.item"),
      ct("csv.value"),
      ct("csv.detail"),
    ],
    section: (s) => ct(`csv.sections.${s}`),
    power: powerName,
    event: eventName,
    objective: objectiveName,
    divergence: (x) => ct(`divergence.${x}`),
    word: (kind, value) => {
      if (kind === "achieved") return ct(value === "true" ? "csv.yes" : "csv.no");
      const ns = {
        treaty: "treatyStatus",
        obligation: "obligation",
        vote: "vote",
        motion: "motion",
      };
      return ct(`${ns[kind]}.${value}`, { defaultValue: value });
    },
    turn: turnText,
    participation: (p) => ct("csv.participation", p),
  };
}
