import { has, lang, t } from "../i18n/index.ts";
import { h, replaceContent } from "./dom.ts";

/**
 * The in-game rules reference: the content of RULES.md (fetched when first opened), split
 * into sections by heading and searchable, plus a short plain-language note
 * per clause and order kind from ui.json. A "?" next to a clause kind opens its note.
 */
// RULES.md ships as a file fetched when the reference first opens, not as bundled code.
const FILES = import.meta.glob<string>("../../../RULES.md", { query: "?url", import: "default" });

export interface RuleSection {
  id: string;
  title: string;
  body: string;
}

/** Split markdown into sections at each heading of level 1–3. */
export function splitSections(md: string): RuleSection[] {
  const out: RuleSection[] = [];
  let cur: RuleSection | undefined;
  for (const line of md.split("\n")) {
    const m = /^(#{1,3})\s+(.*)$/.exec(line);
    if (m) {
      const title = (m[2] ?? "").trim();
      cur = { id: slug(title), title, body: "" };
      out.push(cur);
    } else if (cur) {
      cur.body += `${line}\n`;
    }
  }
  return out;
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Sections whose title or text holds every word of the query (case and accents ignored). */
export function searchSections(sections: readonly RuleSection[], query: string): RuleSection[] {
  const words = slug(query).split("-").filter(Boolean);
  if (words.length === 0) return [...sections];
  return sections.filter((s) => {
    const hay = slug(`${s.title} ${s.body}`);
    return words.every((w) => hay.includes(w));
  });
}

let sections: RuleSection[] | undefined;
let query = "";

/** Markdown to HTML, loaded with the rules (marked stays out of the first screen's code). */
let toHtml: ((md: string) => string) | undefined;

async function loadSections(): Promise<RuleSection[]> {
  if (sections) return sections;
  const { marked } = await import("marked");
  toHtml = (md) => marked.parse(md, { async: false, gfm: true });
  const loader = Object.values(FILES)[0];
  const text = loader ? await fetch(await loader()).then((r) => (r.ok ? r.text() : "")) : "";
  sections = splitSections(text);
  return sections;
}

function dialog(): HTMLDialogElement {
  let d = document.getElementById("rules-dialog") as HTMLDialogElement | null;
  if (!d) {
    d = h("dialog", {
      id: "rules-dialog",
      class: "rules-dialog",
      "aria-labelledby": "rules-title",
      // Escape closes it even where the browser holds its own cancel back.
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key === "Escape") (e.currentTarget as HTMLDialogElement).close();
      },
    });
    document.body.append(d);
  }
  return d;
}

/** The RULES.md section a topic belongs to (by its number: "4. Orders", "5. Treaties"…). */
const SECTION_OF: ReadonlyArray<[string, string]> = [
  ["order.", "4-"],
  ["clause.", "5-"],
  ["tension", "8-"],
];

/** The note's heading: its own name, else the order's or the clause's label (never its key). */
function topicName(topic: string): string {
  if (has(`rules.${topic}.name`)) return t(`rules.${topic}.name`);
  return has(topic) ? t(topic) : t(`${topic}.name`, { defaultValue: t("rules.title") });
}

/**
 * Open the reference, optionally on a topic ("clause.guarantee", "order.rearm", "tension"): its
 * plain-language note, then the one section of the rules it belongs to (not the whole book).
 */
export function openRules(topic?: string): void {
  const d = dialog();
  if (topic) query = "";
  const draw = (all: RuleSection[]) => {
    const prefix = topic ? SECTION_OF.find(([p]) => topic?.startsWith(p))?.[1] : undefined;
    const found =
      prefix && !query ? all.filter((s) => s.id.startsWith(prefix)) : searchSections(all, query);
    replaceContent(
      d,
      h(
        "div",
        { class: "rules-head" },
        h("h2", { id: "rules-title" }, t("rules.title")),
        h(
          "button",
          {
            type: "button",
            class: "close",
            onclick: () => d.close(),
            "aria-label": t("app.close"),
          },
          "×",
        ),
      ),
      topic
        ? h(
            "section",
            { class: "rule-note", id: `rule-${topic}` },
            h("h3", {}, topicName(topic)),
            has(`rules.${topic}.text`) ? h("p", {}, t(`rules.${topic}.text`)) : null,
          )
        : null,
      h(
        "label",
        { for: "rules-search" },
        t("rules.search"),
        h("input", {
          id: "rules-search",
          type: "search",
          value: query,
          oninput: (e: Event) => {
            query = (e.target as HTMLInputElement).value;
            topic = undefined;
            draw(all);
          },
        }),
      ),
      lang() === "en" ? null : h("p", { class: "hint" }, t("rules.englishOnly")),
      all.length === 0
        ? h("p", { class: "hint" }, t("rules.missing"))
        : found.length === 0
          ? h("p", { class: "hint" }, t("rules.none"))
          : found.map((s) =>
              h(
                "section",
                { class: "rule-section", lang: "en" },
                h("h3", { id: `rules-${s.id}` }, s.title),
                ruleBody(s.body),
              ),
            ),
    );
  };
  void loadSections().then(draw);
  draw(sections ?? []);
  if (!d.open) d.showModal();
}

/**
 * A section of RULES.md rendered as a document (tables, lists, emphasis) with marked. The text
 * is the project's own, bundled with the client. RULES.md is written in English: the section
 * says so (`lang="en"`), and French readers are told above it.
 */
function ruleBody(markdown: string): HTMLElement {
  const el = h("div", { class: "rule-body", lang: "en" });
  if (toHtml) el.innerHTML = toHtml(markdown.trim());
  else el.textContent = markdown.trim();
  return el;
}

/** A "?" button that opens the rule of a topic. */
export function ruleLink(topic: string, label: string): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "rule-link",
      "aria-label": t("rules.about", { topic: label }),
      onclick: () => openRules(topic),
    },
    "?",
  );
}
