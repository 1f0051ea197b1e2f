import type { Lang } from "./format.ts";

/**
 * Country names with their grammar. French names take an article, elide it before a vowel,
 * and contract it with "de" and "à" (du Japon, aux États-Unis, de l’Allemagne, à la
 * Tchécoslovaquie); a few English names take "the" (the USSR, the Netherlands). The article,
 * gender and number are data in assets/locales/{lang}/powers.json; this is the formatter.
 */
export interface NameGrammar {
  /** "la", "le", "l’", "les", "the", or "" (no article). */
  article?: string | undefined;
  gender?: "m" | "f" | undefined;
  number?: "s" | "p" | undefined;
}

/** The forms a sentence needs, by the suffix its placeholder carries. */
export interface NameForms {
  /** The bare name, for tables and lists: "Allemagne", "USSR". */
  name: string;
  /** With its article: "l’Allemagne", "the USSR". */
  def: string;
  /** The same, capitalised to open a sentence: "L’Allemagne", "The USSR". */
  Def: string;
  /** "de l’Allemagne", "du Japon", "des États-Unis" / "of the USSR". */
  de: string;
  /** "à l’Allemagne", "au Japon", "aux États-Unis" / "to the USSR". */
  a: string;
  /** "par l’Allemagne" / "by the USSR". */
  par: string;
  /** Agreement of a past participle or adjective: "" | "e" | "s" | "es". */
  e: string;
}

/** Reads the `grammar` field of powers.json: "l’ f s", "les m p", "the s", "f s". */
export function parseGrammar(field: string | undefined): NameGrammar {
  const g: NameGrammar = {};
  for (const tok of (field ?? "").split(/\s+/)) {
    if (tok === "m" || tok === "f") g.gender = tok;
    else if (tok === "s" || tok === "p") g.number = tok;
    else if (tok) g.article = tok;
  }
  return g;
}

export const FORM_SUFFIXES = ["def", "Def", "de", "a", "par", "e"] as const;

const VOWEL = /^[aeiouyâàäéèêëîïôöûùüœh]/i;

export function nameForms(name: string, g: NameGrammar, lang: Lang): NameForms {
  const article = g.article ?? "";
  const def =
    article === "" ? name : article.endsWith("’") ? `${article}${name}` : `${article} ${name}`;
  const e = `${g.gender === "f" ? "e" : ""}${g.number === "p" ? "s" : ""}`;
  if (lang === "en") {
    return {
      name,
      def,
      Def: capitalise(def),
      de: `of ${def}`,
      a: `to ${def}`,
      par: `by ${def}`,
      e: "",
    };
  }
  const de =
    article === "le"
      ? `du ${name}`
      : article === "les"
        ? `des ${name}`
        : article === "" && VOWEL.test(name)
          ? `d’${name}`
          : `de ${def}`;
  const a = article === "le" ? `au ${name}` : article === "les" ? `aux ${name}` : `à ${def}`;
  return { name, def, Def: capitalise(def), de, a, par: `par ${def}`, e };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
