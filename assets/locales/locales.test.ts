// Checks the i18next resource files under assets/locales/.
//
// The English files are the reference. Every other language directory must hold the same files,
// with the same key paths (array indices included, so lists have the same length in every
// language), and every leaf must be a non-empty string. The checks run over whatever files are in
// en/, so a new namespace added there is checked without touching this test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";

const LOCALES_DIR = fileURLToPath(new URL(".", import.meta.url));
const REFERENCE = "en";

/** The playable seats of the 1933 scenario. */
const SEATS = ["DEU", "FRA", "GBR", "SUN", "ITA", "POL", "CSK", "ROU", "JPN", "USA"] as const;

/** States run by the rules, including the two sides of the Spanish civil war. */
const RULE_RUN = [
  "AUT",
  "BEL",
  "NLD",
  "LUX",
  "HUN",
  "YUG",
  "BGR",
  "GRC",
  "TUR",
  "ALB",
  "EST",
  "LVA",
  "LTU",
  "FIN",
  "SWE",
  "NOR",
  "DNK",
  "CHE",
  "ESP",
  "ESP_REP",
  "ESP_NAT",
  "PRT",
  "IRL",
  "ETH",
  "CHN",
  "DZG",
] as const;

const ALL_STATES: readonly string[] = [...SEATS, ...RULE_RUN];

/** `grammar`: the short name's article, gender and number ("l’ f s", "the s"; client/src/i18n/grammar.ts). */
const POWER_FIELDS = [
  "name",
  "short",
  "adjective",
  "capital",
  "government1933",
  "grammar",
] as const;
const BRIEFING_FIELDS = [
  "title",
  "leader",
  "situation",
  "aims",
  "fears",
  "friends",
  "rivals",
  "levers",
] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function languages(): string[] {
  return readdirSync(LOCALES_DIR)
    .filter((entry) => statSync(join(LOCALES_DIR, entry)).isDirectory())
    .sort();
}

function namespaces(lang: string): string[] {
  return readdirSync(join(LOCALES_DIR, lang))
    .filter((file) => file.endsWith(".json"))
    .sort();
}

function load(lang: string, file: string): Json {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), "utf8")) as Json;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every leaf of a resource, keyed by its dotted i18next path ("DEU.aims.0"). */
function leaves(value: Json, prefix = ""): Map<string, Json> {
  const out = new Map<string, Json>();
  const visit = (node: Json, path: string): void => {
    if (Array.isArray(node)) {
      if (node.length === 0) out.set(path, node);
      node.forEach((child, i) => visit(child, path === "" ? String(i) : `${path}.${i}`));
    } else if (isObject(node)) {
      const keys = Object.keys(node);
      if (keys.length === 0) out.set(path, node);
      for (const key of keys) {
        const child = node[key];
        if (child !== undefined) visit(child, path === "" ? key : `${path}.${key}`);
      }
    } else {
      out.set(path, node);
    }
  };
  visit(value, prefix);
  return out;
}

/**
 * The facts a string interpolates. A power's grammatical forms (`{{power_de}}`, `{{power_Def}}`,
 * client/src/i18n/grammar.ts) are the same fact as `{{power}}`: each language picks the forms
 * its grammar needs.
 */
function interpolations(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) =>
    (m[1] ?? "").replace(/_(def|Def|de|a|par|e)$/, ""),
  );
  return [...new Set(names)].sort();
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const LANGS = languages();
const OTHERS = LANGS.filter((lang) => lang !== REFERENCE);
const FILES = namespaces(REFERENCE);

describe("locale files", () => {
  it("include the reference language and at least one translation", () => {
    expect(LANGS).toContain(REFERENCE);
    expect(OTHERS.length).toBeGreaterThan(0);
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(OTHERS)("%s holds exactly the files of en/", (lang) => {
    expect(namespaces(lang)).toEqual(FILES);
  });

  for (const file of FILES) {
    describe(file, () => {
      const reference = leaves(load(REFERENCE, file));

      it.each(LANGS)("%s: every leaf is a non-empty string", (lang) => {
        const bad = [...leaves(load(lang, file))]
          .filter(([, value]) => typeof value !== "string" || value.trim() === "")
          .map(([path]) => path);
        expect(bad).toEqual([]);
      });

      it.each(LANGS)("%s: no stray whitespace at either end of a string", (lang) => {
        const bad = [...leaves(load(lang, file))]
          .filter(([, value]) => typeof value === "string" && value !== value.trim())
          .map(([path]) => path);
        expect(bad).toEqual([]);
      });

      it.each(OTHERS)("%s: has every key path of en, and no other", (lang) => {
        const translated = leaves(load(lang, file));
        const missing = [...reference.keys()].filter((path) => !translated.has(path));
        const extra = [...translated.keys()].filter((path) => !reference.has(path));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it.each(OTHERS)("%s: keeps the same {{interpolation}} variables as en", (lang) => {
        const translated = leaves(load(lang, file));
        const bad: string[] = [];
        for (const [path, value] of reference) {
          const other = translated.get(path);
          if (typeof value !== "string" || typeof other !== "string") continue;
          if (interpolations(value).join() !== interpolations(other).join()) bad.push(path);
        }
        expect(bad).toEqual([]);
      });
    });
  }

  it.each(LANGS.filter((lang) => lang === "fr"))(
    "%s: French typography (no breakable space before ; : ! ? » or after «, curly apostrophes)",
    (lang) => {
      const bad: string[] = [];
      for (const file of namespaces(lang)) {
        for (const [path, value] of leaves(load(lang, file))) {
          if (typeof value !== "string") continue;
          if (/ [;:!?»]|« |'/.test(value)) bad.push(`${file}:${path}`);
        }
      }
      expect(bad).toEqual([]);
    },
  );
});

describe.each(LANGS)("powers.json (%s)", (lang) => {
  const powers = load(lang, "powers.json");

  it("describes every state of the 1933 scenario, and only those", () => {
    expect(isObject(powers)).toBe(true);
    if (!isObject(powers)) return;
    expect(Object.keys(powers).sort()).toEqual([...ALL_STATES].sort());
  });

  it.each(ALL_STATES)("%s has exactly the expected fields", (code) => {
    const entry = isObject(powers) ? powers[code] : undefined;
    expect(isObject(entry)).toBe(true);
    if (!isObject(entry)) return;
    expect(Object.keys(entry).sort()).toEqual([...POWER_FIELDS].sort());
    for (const field of POWER_FIELDS) expect(typeof entry[field]).toBe("string");
  });
});

/** Start points with a briefing of their own (assets/scenarios/start-points.ts; issue 18). */
const BRIEFED_STARTS = ["1935-I", "1936-I", "1938-I", "1939-I"] as const;

describe.each(LANGS)("briefings.json (%s)", (lang) => {
  const briefings = load(lang, "briefings.json");
  const at = (start: string | undefined): Json | undefined => {
    if (!isObject(briefings)) return undefined;
    return start === undefined ? briefings : briefings[start];
  };

  it("has a briefing for every seat in January 1933 and at every later start point", () => {
    expect(isObject(briefings)).toBe(true);
    if (!isObject(briefings)) return;
    expect(Object.keys(briefings).sort()).toEqual([...SEATS, ...BRIEFED_STARTS].sort());
    for (const start of BRIEFED_STARTS) {
      const set = at(start);
      expect(isObject(set) ? Object.keys(set).sort() : [], start).toEqual([...SEATS].sort());
    }
  });

  it.each(
    [undefined, ...BRIEFED_STARTS].flatMap((start) => SEATS.map((seat) => [start, seat] as const)),
  )("%s %s has the briefing's shape", (start, seat) => {
    const set = at(start);
    const entry = isObject(set) ? set[seat] : undefined;
    expect(isObject(entry)).toBe(true);
    if (!isObject(entry)) return;
    expect(Object.keys(entry).sort()).toEqual([...BRIEFING_FIELDS].sort());

    for (const field of ["title", "leader", "situation", "levers"] as const) {
      expect(typeof entry[field]).toBe("string");
    }
    const count = (field: string): number => {
      const list = entry[field];
      return Array.isArray(list) && list.every((item) => typeof item === "string")
        ? list.length
        : -1;
    };
    expect(count("aims")).toBeGreaterThanOrEqual(3);
    expect(count("aims")).toBeLessThanOrEqual(5);
    expect(count("fears")).toBeGreaterThanOrEqual(2);
    expect(count("fears")).toBeLessThanOrEqual(4);
    expect(count("friends")).toBeGreaterThanOrEqual(1);
    expect(count("rivals")).toBeGreaterThanOrEqual(1);

    // One screen: 80–130 words in English; French runs longer, so allow it some room.
    const situation = entry["situation"];
    const length = typeof situation === "string" ? words(situation) : 0;
    const [min, max] = lang === REFERENCE ? [80, 130] : [70, 160];
    expect(length).toBeGreaterThanOrEqual(min);
    expect(length).toBeLessThanOrEqual(max);
  });
});
