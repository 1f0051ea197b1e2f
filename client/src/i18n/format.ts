import { TURN_LABEL_RE } from "@cs/shared";

/**
 * Locale-aware formatting with Intl. Pure (no i18next, no DOM) so that unit tests run in Node
 * and every panel formats numbers and dates the same way.
 */
export type Lang = "en" | "fr";
export const LANGS: readonly Lang[] = ["en", "fr"];

const HALVES: Record<Lang, readonly [string, string]> = {
  en: ["first half of", "second half of"],
  fr: ["premier semestre", "second semestre"],
};

/** "1936-I" → "first half of 1936" / "premier semestre 1936"; other text is returned as is. */
export function formatTurnLabel(label: string, lang: Lang): string {
  const m = TURN_LABEL_RE.exec(label);
  if (!m) return label;
  const half = HALVES[lang][m[2] === "II" ? 1 : 0];
  return `${half} ${m[1]}`;
}

/**
 * The month a turn opens: "1935-I" → "January 1935" / "janvier 1935", "1938-II" → "July 1938"
 * (a half-year's first month). Other text is returned as is.
 */
export function formatTurnOpening(label: string, lang: Lang): string {
  const m = TURN_LABEL_RE.exec(label);
  if (!m) return label;
  return formatIsoDate(`${m[1]}-${m[2] === "II" ? "07" : "01"}`, lang);
}

/**
 * A historical date, ISO: "1919-06-28" → "28 June 1919" / "28 juin 1919"; "1926-04" → "April
 * 1926" / "avril 1926". Formatted in UTC so that no time zone moves a day. Other text as is.
 */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  const options: Intl.DateTimeFormatOptions = m[3]
    ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
    : { month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", options).format(date);
}

/** Integers and decimals with the locale's separators (1,234.5 / 1 234,5). */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
}

/** 0.35 → "35%" / "35 %" (the French narrow no-break space comes from Intl). */
export function formatPercent(ratio: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** A signed change, for score and tension deltas: "+3", "−2" (a true minus sign). */
export function formatDelta(n: number, lang: Lang): string {
  const s = formatNumber(Math.abs(n), lang, 1);
  return n > 0 ? `+${s}` : n < 0 ? `−${s}` : s;
}

/** Milliseconds left → "2:05"; "0:00" once past. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/** A list in the locale's style: "France, Britain and Poland" / "la France, … et la Pologne". */
export function formatList(items: readonly string[], lang: Lang): string {
  // British English, as the rest of the text: no serial comma before "and".
  return new Intl.ListFormat(lang === "en" ? "en-GB" : lang, {
    style: "long",
    type: "conjunction",
  }).format(items);
}

/** Roman numerals for treaty articles on a secret protocol ("Article I"). */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
