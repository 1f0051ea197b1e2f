import { readFileSync } from "node:fs";
import { REFUSAL_CODES } from "@cs/shared";
import { describe, expect, test } from "vitest";

const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`./${lang}/refusals.json`, import.meta.url), "utf8")) as Record<
    string,
    string
  >;

const LANGS = ["en", "fr"] as const;

/**
 * Every refusal code the engine, the protocol or the classroom can send has a sentence in
 * English and in French (assets/locales/{en,fr}/refusals.json), and no sentence is kept for a
 * code that no longer exists.
 */
describe("refusals in words", () => {
  test.each(LANGS)("%s: one sentence per code, no more", (lang) => {
    const texts = read(lang);
    for (const code of REFUSAL_CODES) expect(texts[code]?.trim(), `${lang} ${code}`).toBeTruthy();
    expect(Object.keys(texts).sort()).toEqual([...REFUSAL_CODES].sort());
  });

  // French typography (Imprimerie nationale, Lexique des règles typographiques): a no-break
  // space before « : », « ; », « ! » and « ? ».
  test("fr: a no-break space before the high punctuation", () => {
    for (const [code, text] of Object.entries(read("fr"))) {
      expect(text, code).not.toMatch(/[^\u00a0\u202f][:;!?]/u);
    }
  });
});
