import { CHARTER } from "@cs/assets/charter";
import {
  epilogueOf,
  ELEMENTS,
  type Article,
  type EpilogueLine,
  type Finding,
  type Params,
} from "@cs/shared";
import { lang, powerParams, t } from "../../i18n/index.ts";
import { formatIsoDate, formatList, formatNumber } from "../../i18n/format.ts";
import { h } from "../dom.ts";
import { regionName, treatyTitle } from "../game/names.ts";
import "./epilogue.css";

/**
 * "What the Charter changed" (issue 17): a self-contained section for the final report and
 * the printed debrief. Each line names this match's own event, then the Charter's answer with
 * its articles quoted and the source; a one-page class handout of the four elements follows,
 * with questions and the match's lines beside each element. Facts from shared/src/epilogue,
 * articles from assets/charter, words from epilogue.json (en, fr).
 */
const POWERS = new Set([
  "aggressor",
  "victim",
  "helper",
  "refusers",
  "grantor",
  "grantee",
  "target",
  "no",
  "power",
  "beneficiary",
  "powers",
  "loser",
  "to",
  "applying",
  "refusing",
]);
const TREATIES = new Set(["treaty", "names", "brokenNames"]);

const e = (key: string, params: Record<string, string> = {}) => t(`epilogue:${key}`, params);

/** A finding's params as words: powers with their forms, treaties by title, numbers localised. */
function words(params: Params): Record<string, string> {
  const l = lang();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "number") out[k] = k === "year" ? String(v) : formatNumber(v, l);
    else if (POWERS.has(k)) Object.assign(out, powerParams(k, Array.isArray(v) ? v : [v]));
    else if (TREATIES.has(k)) out[k] = formatList((Array.isArray(v) ? v : [v]).map(treatyTitle), l);
    else if (k === "regions") out[k] = formatList((Array.isArray(v) ? v : [v]).map(regionName), l);
    else out[k] = Array.isArray(v) ? formatList(v, l) : v;
  }
  return out;
}

/** The sentence of what this match showed (its variant by the record: refused, broken…). */
function findingText(f: Finding): string {
  const p = words(f.params);
  const list = (k: string) => (Array.isArray(f.params[k]) ? f.params[k] : []);
  const n = (k: string) => (typeof f.params[k] === "number" ? f.params[k] : 0);
  let key: string = f.signal;
  if (f.signal === "helpCouldNotReach" && list("refusers").length > 0) key += "_refused";
  if (f.signal === "councilBlocked" && list("no").length === 0) key += "_none";
  if (f.signal === "regionalPacts" && n("broken") > 0) key += "_broken";
  if (f.signal === "rearmament" && n("others") > 0) key += "_others";
  return e(`signal.${key}`, p);
}

function answerText(line: EpilogueLine): string {
  const l = lang();
  const p: Record<string, string> = {};
  for (const i of line.example?.instruments ?? []) {
    p[`${i.id}Place`] = i.place[l];
    p[`${i.id}Date`] = formatIsoDate(i.date, l);
  }
  return e(`answer.${line.lesson}`, p);
}

/** "Art. 2(4)" from the data's "2-4". */
function articleRef(a: Article): string {
  const [n, para] = a.id.split("-");
  return e("articleRef", { number: para ? `${n}(${para})` : (n ?? a.id) });
}

/** "Charter of the United Nations, San Francisco, 26 June 1945, Art. 43(1), excerpt". */
function sourceText(a: Article): string {
  const l = lang();
  const c = CHARTER.source;
  const cut = a.quote.en.includes("…") ? `, ${e("excerpt")}` : "";
  return `${c.title[l]}, ${c.place[l]}, ${formatIsoDate(c.signed, l)}, ${articleRef(a)}${cut}`;
}

function quote(a: Article): HTMLElement {
  const [open, close] = lang() === "fr" ? ["«\u00a0", "\u00a0»"] : ["“", "”"];
  return h(
    "blockquote",
    { class: "charter-quote", cite: a.source, "data-article": a.id },
    h("strong", {}, `${articleRef(a)} `),
    `${open}${a.quote[lang()]}${close}`,
    h("footer", { class: "hint" }, e("source", { source: sourceText(a) })),
  );
}

/**
 * One lesson: each thing this match showed of it, then the Charter's answer once (a match in
 * which two aggressions went unanswered reads the Council's articles one time, not twice).
 */
function lessonView(same: readonly EpilogueLine[]): HTMLElement {
  const first = same[0]!;
  return h(
    "li",
    { class: "charter-line", "data-lesson": first.lesson },
    same.map((line) =>
      h(
        "p",
        { class: "charter-match", "data-signal": line.finding.signal },
        findingText(line.finding),
      ),
    ),
    h(
      "div",
      { class: "charter-answer" },
      h("h4", {}, e("charter")),
      h("p", {}, answerText(first)),
      first.articles.map(quote),
    ),
  );
}

/** The lines by lesson, in their order (epilogueOf sorts them by lesson, then by date). */
function byLesson(lines: readonly EpilogueLine[]): EpilogueLine[][] {
  const groups: EpilogueLine[][] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last?.[0]?.lesson === line.lesson) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

/** The one-page handout: the four elements, the match's lines beside each, a question. */
function handout(lines: readonly EpilogueLine[]): HTMLElement {
  const elements = epilogueOf([], CHARTER).elements;
  return h(
    "section",
    { class: "charter-handout", id: "charter-handout", "aria-labelledby": "charter-handout-title" },
    h("h3", { id: "charter-handout-title" }, e("handout.title")),
    h("p", { class: "hint" }, e("handout.lead")),
    h(
      "ol",
      { class: "charter-elements" },
      ELEMENTS.map((id) => {
        const mine = lines.filter((l) => l.element === id);
        const articles = elements.find((x) => x.id === id)?.articles ?? [];
        return h(
          "li",
          { "data-element": id },
          h("h4", {}, e(`element.${id}.title`)),
          h("p", { class: "charter-refs" }, articles.map(articleRef).join(" · ")),
          mine.length
            ? h(
                "ul",
                { class: "charter-mine" },
                mine.map((l) => h("li", {}, findingText(l.finding))),
              )
            : h("p", { class: "hint" }, e("handout.nothing")),
          h(
            "p",
            { class: "charter-question" },
            h("strong", {}, `${e("handout.question")} — `),
            e(`element.${id}.question`),
          ),
        );
      }),
    ),
    h(
      "p",
      { class: "hint charter-source" },
      `${CHARTER.source.title[lang()]}, ${CHARTER.source.place[lang()]}, ${formatIsoDate(CHARTER.source.signed, lang())}.`,
    ),
  );
}

/**
 * The whole section, from this match's findings. `heading: false` where the host page gives
 * the section its own title (the debrief's sections do).
 */
export function charterEpilogue(
  found: readonly Finding[],
  { id = "charter-epilogue", heading = true }: { id?: string; heading?: boolean } = {},
): HTMLElement {
  const { lines } = epilogueOf(found, CHARTER);
  return h(
    "section",
    { class: "charter-epilogue", id, "aria-label": e("title"), lang: lang() },
    heading ? h("h3", {}, e("title")) : null,
    h("p", { class: "charter-intro" }, e("intro")),
    lines.length
      ? h("ol", { class: "charter-lines" }, byLesson(lines).map(lessonView))
      : h("p", { class: "hint" }, e("none")),
    h(
      "p",
      { class: "no-print" },
      h(
        "button",
        {
          type: "button",
          id: `${id}-print`,
          onclick: () => {
            document.body.classList.add("print-handout");
            window.print();
            document.body.classList.remove("print-handout");
          },
        },
        e("printHandout"),
      ),
    ),
    handout(lines),
  );
}
