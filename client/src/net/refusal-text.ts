import { t } from "../i18n/index.ts";

/**
 * A refusal in words, in the page's language: its code's sentence (assets/locales/{en,fr}/refusals.json,
 * one for every code the engine, the protocol or the classroom can send), else `fallback`
 * (the server's own sentence).
 */
export function refusalText(code: string, fallback: string): string {
  return t(`refusals:${code}`, { defaultValue: fallback });
}
