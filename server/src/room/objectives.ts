import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  knownObjectives,
  objectivesScope,
  type GameState,
  type Objective,
  type ObjectiveText,
  type ServerMessages,
  type Viewer,
} from "@cs/shared";

const LOCALES = resolve(import.meta.dirname, "../../../assets/locales");

type Words = Record<string, { name: string; description?: string }>;

/** Every language's objective words (assets/locales/{lang}/objectives.json), read once. */
function readWords(dir = LOCALES): Record<string, Words> {
  const out: Record<string, Words> = {};
  if (!existsSync(dir)) return out;
  for (const lang of readdirSync(dir)) {
    const file = join(dir, lang, "objectives.json");
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, "utf8")) as { objective?: Words };
    out[lang] = data.objective ?? {};
  }
  return out;
}

let words: Record<string, Words> | undefined;

/**
 * The `objectives` message for a viewer, and the scope it covers (`objectivesScope`): only the
 * objectives it may know, and only their words — the client is built without any (issue 15).
 */
export function objectivesMessage(
  all: readonly Objective[],
  state: GameState,
  viewer: Viewer,
): { scope: string; body: ServerMessages["objectives"] } {
  words ??= readWords();
  const objectives = knownObjectives(all, state, viewer);
  const text: ObjectiveText = {};
  for (const [lang, byId] of Object.entries(words)) {
    const mine: Words = {};
    for (const o of objectives) {
      const w = byId[o.id];
      if (w) mine[o.id] = w;
    }
    text[lang] = mine;
  }
  return { scope: objectivesScope(state, viewer), body: { objectives, text } };
}
