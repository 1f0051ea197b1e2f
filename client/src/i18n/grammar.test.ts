import { describe, expect, test } from "vitest";
import { nameForms, parseGrammar } from "./grammar.ts";

/** French articles and their contractions (Grevisse, Le Bon Usage, §§ 580–581). */
describe("country names with their grammar", () => {
  test.each([
    [
      "Allemagne",
      { article: "l’", gender: "f" },
      "l’Allemagne",
      "de l’Allemagne",
      "à l’Allemagne",
      "par l’Allemagne",
      "e",
    ],
    [
      "Tchécoslovaquie",
      { article: "la", gender: "f" },
      "la Tchécoslovaquie",
      "de la Tchécoslovaquie",
      "à la Tchécoslovaquie",
      "par la Tchécoslovaquie",
      "e",
    ],
    [
      "Japon",
      { article: "le", gender: "m" },
      "le Japon",
      "du Japon",
      "au Japon",
      "par le Japon",
      "",
    ],
    [
      "États-Unis",
      { article: "les", gender: "m", number: "p" },
      "les États-Unis",
      "des États-Unis",
      "aux États-Unis",
      "par les États-Unis",
      "s",
    ],
    [
      "Dantzig",
      { article: "", gender: "f" },
      "Dantzig",
      "de Dantzig",
      "à Dantzig",
      "par Dantzig",
      "e",
    ],
  ] as const)("fr: %s", (name, g, def, de, a, par, e) => {
    const f = nameForms(name, g, "fr");
    expect([f.def, f.de, f.a, f.par, f.e]).toEqual([def, de, a, par, e]);
  });

  test("en: the USSR, Germany", () => {
    expect(nameForms("USSR", { article: "the" }, "en")).toMatchObject({
      def: "the USSR",
      Def: "The USSR",
      de: "of the USSR",
    });
    expect(nameForms("Germany", {}, "en").Def).toBe("Germany");
  });

  test("fr: an elided article opens a sentence capitalised", () => {
    expect(nameForms("Italie", { article: "l’", gender: "f" }, "fr").Def).toBe("L’Italie");
  });
});

test("the grammar field of powers.json reads as article, gender, number", () => {
  expect(parseGrammar("les m p")).toEqual({ article: "les", gender: "m", number: "p" });
  expect(parseGrammar("f s")).toEqual({ gender: "f", number: "s" });
});
