import { z } from "zod";

/**
 * The Charter epilogue's data (assets/charter/charter.json, issue 17): the four elements of
 * collective security, the Charter's articles quoted briefly in its two authentic languages
 * with their source, the regional example, and the lessons — each a League-era failure or
 * success the record can show, the signals that detect it and the articles that answer it.
 * Words of the lines live in the locales (epilogue.json); this is the mapping.
 */

/** What the record can show: one vocabulary, detected by findings.ts. */
export const SIGNALS = [
  "aggression",
  "leftLeague",
  "territoryYielded",
  "unanswered",
  "councilBlocked",
  "councilActed",
  "helpCouldNotReach",
  "passageGranted",
  "sanctionsWithoutOil",
  "oilEmbargo",
  "awaitedFinding",
  "regionalPacts",
  "rearmament",
] as const;
export type Signal = (typeof SIGNALS)[number];

export const ELEMENTS = ["principles", "settlement", "measures", "disarmament"] as const;
export type ElementId = (typeof ELEMENTS)[number];

const Quote = z.strictObject({ en: z.string().min(10), fr: z.string().min(10) });
const Name = z.strictObject({ en: z.string().min(2), fr: z.string().min(2) });

export const ArticleSchema = z.strictObject({
  /** "25", "2-4" for Art. 2(4), "53-1" for Art. 53(1). */
  id: z.string().regex(/^\d{1,3}(-\d)?$/),
  /** Short quote of the text, in the English and French texts (both authentic, Art. 111). */
  quote: Quote,
  /** Where the quote is from: the Charter, and whether it was cut ("…"). */
  source: z.string().min(10),
});
export type Article = z.infer<typeof ArticleSchema>;

const ElementSchema = z.strictObject({
  id: z.enum(ELEMENTS),
  articles: z.array(z.string()).min(1),
});

const LessonSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z]*$/),
  element: z.enum(ELEMENTS),
  /** The signals of the record it answers, failure first, then success. */
  signals: z.array(z.enum(SIGNALS)).min(1),
  articles: z.array(z.string()).min(1),
  /** The regional example the source text discusses (the Collective Security Treaty). */
  example: z.string().optional(),
});
export type Lesson = z.infer<typeof LessonSchema>;

const ExampleSchema = z.strictObject({
  id: z.string(),
  /** ISO dates and places of the instruments. */
  instruments: z
    .array(
      z.strictObject({
        id: z.string(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        place: Name,
        source: z.string().min(10),
      }),
    )
    .min(1),
});

export const CharterSchema = z.strictObject({
  note: z.string().optional(),
  source: z.strictObject({
    title: Name,
    signed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    place: Name,
    text: z.string().min(10),
  }),
  elements: z.array(ElementSchema).length(ELEMENTS.length),
  articles: z.array(ArticleSchema).min(1),
  lessons: z.array(LessonSchema).min(1),
  examples: z.array(ExampleSchema).default([]),
});
export type Charter = z.infer<typeof CharterSchema>;

export interface CharterProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * What zod cannot see: every article cited is in the data, every element named, every signal
 * answered by exactly one lesson, and every key of the words present in each language.
 */
export function checkCharter(
  raw: unknown,
  locales: Readonly<Record<string, unknown>> = {},
): { charter?: Charter; problems: CharterProblem[] } {
  const parsed = CharterSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({
        path: i.path.join(".") || "charter",
        message: i.message,
      })),
    };
  }
  const c = parsed.data;
  const problems: CharterProblem[] = [];
  const articles = new Set(c.articles.map((a) => a.id));
  const examples = new Set(c.examples.map((e) => e.id));
  const cite = (path: string, id: string) => {
    if (!articles.has(id)) problems.push({ path, message: `article ${id} is not in the data` });
  };
  c.elements.forEach((e) => e.articles.forEach((a, i) => cite(`elements[${e.id}][${i}]`, a)));
  for (const l of c.lessons) {
    l.articles.forEach((a, i) => cite(`lessons[${l.id}].articles[${i}]`, a));
    if (l.example !== undefined && !examples.has(l.example))
      problems.push({ path: `lessons[${l.id}].example`, message: `no example ${l.example}` });
  }
  for (const s of SIGNALS) {
    const n = c.lessons.filter((l) => l.signals.includes(s)).length;
    if (n !== 1) problems.push({ path: `signals.${s}`, message: `answered by ${n} lessons` });
  }
  const keys = [
    ...SIGNALS.map((s) => `signal.${s}`),
    ...c.lessons.map((l) => `answer.${l.id}`),
    ...ELEMENTS.map((e) => `element.${e}.title`),
    ...ELEMENTS.map((e) => `element.${e}.question`),
  ];
  for (const [lang, words] of Object.entries(locales)) {
    for (const key of keys)
      if (lookup(words, key) === undefined)
        problems.push({ path: `locales/${lang}/epilogue.json`, message: `missing ${key}` });
  }
  return { charter: c, problems };
}

function lookup(words: unknown, key: string): unknown {
  let at: unknown = words;
  for (const part of key.split(".")) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}
