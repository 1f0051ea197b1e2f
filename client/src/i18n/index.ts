import i18next, { type TOptions } from "i18next";
import { formatList, LANGS, type Lang } from "./format.ts";
import { FORM_SUFFIXES, nameForms, parseGrammar, type NameForms } from "./grammar.ts";

/**
 * i18next over the project's locale files (assets/locales/{lang}/{namespace}.json): the
 * scenario's names and briefings, and this client's own strings (ui.json). A language's files
 * load on demand, so a player who never switches never downloads the other language.
 */
// Translations are data: they ship as JSON files fetched on demand, not compiled into the
// JavaScript bundle. Objectives' words are not shipped at all: a match may hide them, so each
// connection gets those it may know from the server (`addObjectiveText`).
const FILES = import.meta.glob<string>(
  ["../../../assets/locales/*/*.json", "!../../../assets/locales/*/objectives.json"],
  { query: "?url", import: "default" },
);

/** The objectives' words the server sent this connection, by language then id. */
export function addObjectiveText(
  text: Record<string, Record<string, { name: string; description?: string }>>,
): void {
  for (const [lang, objective] of Object.entries(text))
    i18next.addResourceBundle(lang, "objectives", { objective }, true, true);
}

const STORAGE_KEY = "cs.lang";
type Listener = (lang: Lang) => void;
const listeners = new Set<Listener>();
const loaded = new Set<Lang>();

async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const entries = Object.entries(FILES).filter(([path]) => path.includes(`/locales/${lang}/`));
  await Promise.all(
    entries.map(async ([path, load]) => {
      const ns = path.slice(path.lastIndexOf("/") + 1, -".json".length);
      const response = await fetch(await load());
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const resource = (await response.json()) as Record<string, unknown>;
      i18next.addResourceBundle(lang, ns, resource, true, true);
    }),
  );
  loaded.add(lang);
}

/** The language to start in: the player's last choice, else the browser's, else English. */
export function initialLanguage(stored: string | null, browser: readonly string[]): Lang {
  const pick = (s: string | null | undefined): Lang | undefined =>
    LANGS.find((l) => s?.toLowerCase().startsWith(l));
  return pick(stored) ?? browser.map(pick).find((l) => l !== undefined) ?? "en";
}

export async function initI18n(): Promise<Lang> {
  const lang = initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.languages);
  await i18next.init({
    lng: lang,
    fallbackLng: "en",
    ns: ["ui", "powers", "briefings"],
    defaultNS: "ui",
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage("en");
  await loadLanguage(lang);
  document.documentElement.lang = lang;
  return lang;
}

/** Switch language at any time: every mounted panel re-renders through `onLanguage`. */
export async function setLanguage(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  for (const l of listeners) l(lang);
}

export function onLanguage(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function lang(): Lang {
  return (i18next.language as Lang | undefined) ?? "en";
}

export function t(key: string, options?: TOptions): string {
  return String(i18next.t(key, options ?? {}));
}

export function has(key: string): boolean {
  return i18next.exists(key);
}

/** A power's short name ("Britain"), or its id when the locale does not know it. */
export function powerName(id: string): string {
  return has(`powers:${id}.short`) ? t(`powers:${id}.short`) : id;
}

/** A power's name in the forms a sentence needs (article, "de", "à", "par", agreement). */
function powerForms(id: string): NameForms {
  const grammar = has(`powers:${id}.grammar`) ? t(`powers:${id}.grammar`) : undefined;
  return nameForms(powerName(id), parseGrammar(grammar), lang());
}

/**
 * Placeholders for powers, by param name: `{{k}}` the bare name (or a list of names), and
 * `{{k_def}}`, `{{k_Def}}`, `{{k_de}}`, `{{k_a}}`, `{{k_par}}`, `{{k_e}}` the grammatical forms
 * (`client/src/i18n/grammar.ts`), so that French sentences read "attaquée par l’Allemagne".
 */
export function powerParams(k: string, ids: readonly string[]): Record<string, string> {
  const l = lang();
  const forms = ids.map(powerForms);
  const out: Record<string, string> = {
    [k]: formatList(
      forms.map((f) => f.name),
      l,
    ),
  };
  for (const suffix of FORM_SUFFIXES) {
    if (suffix === "e") continue;
    out[`${k}_${suffix}`] = formatList(
      forms.map((f, i) => (i === 0 ? f[suffix] : suffix === "Def" ? f.def : f[suffix])),
      l,
    );
  }
  const plural = forms.length > 1;
  const feminine = forms.length > 0 && forms.every((f) => f.e.startsWith("e"));
  out[`${k}_e`] = plural ? (feminine ? "es" : "s") : (forms[0]?.e ?? "");
  return out;
}

/** A resource object of a namespace as it is (keys that may hold ":" or "."). */
export function resource(ns: string, key: string): unknown {
  return i18next.getResource(lang(), ns, key) ?? i18next.getResource("en", ns, key);
}
