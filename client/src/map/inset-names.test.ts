import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { inRings } from "./hit.ts";
import { FRAME_H, FRAME_W, type InsetOutlines } from "./inset-draw.ts";
import { frameXY, INSET_FRAMES, INSET_NAMES } from "./inset-names.ts";

const OUTLINES = JSON.parse(
  readFileSync(new URL("./inset-outlines.json", import.meta.url), "utf8"),
) as InsetOutlines;
const locale = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../assets/locales/${lang}/ui.json`, import.meta.url), "utf8"),
  ) as { map: { place: Record<string, string> } };
const powers = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../assets/locales/${lang}/powers.json`, import.meta.url), "utf8"),
  ) as Record<string, unknown>;

describe("the insets' names", () => {
  const all = Object.entries(INSET_NAMES).flatMap(([inset, names]) =>
    names.map((n) => ({ inset, n, at: frameXY(inset, n.at, FRAME_W, FRAME_H) })),
  );

  test("both insets are named, and their frames are the outlines' boxes", () => {
    expect(Object.keys(INSET_NAMES).sort()).toEqual(Object.keys(OUTLINES).sort());
    expect(Object.keys(INSET_FRAMES).sort()).toEqual(Object.keys(OUTLINES).sort());
  });

  test("each name lies in the country it names, well inside the frame; a sea in no country", () => {
    const wrong = all.filter(({ inset, n, at }) => {
      if (!at) return true;
      const [x, y] = at;
      if (x < 12 || y < 6 || x > FRAME_W - 12 || y > FRAME_H - 6) return true;
      const under = (OUTLINES[inset] ?? []).filter((o) =>
        inRings(
          o.rings.map((r) => Float32Array.from(r)),
          x,
          y,
        ),
      );
      return n.outline === null ? under.length > 0 : !under.some((o) => o.name === n.outline);
    });
    expect(wrong.map(({ inset, n }) => `${inset}: ${n.place ?? n.power}`)).toEqual([]);
  });

  test("every name has its words in English and in French", () => {
    for (const lang of ["en", "fr"]) {
      const places = locale(lang).map.place;
      const known = powers(lang);
      for (const { n } of all) {
        if (n.place) expect(places[n.place], `${lang} ${n.place}`).toBeTruthy();
        if (n.power) expect(known[n.power], `${lang} ${n.power}`).toBeDefined();
        expect(Boolean(n.place) !== Boolean(n.power)).toBe(true);
      }
      expect(Object.keys(places).sort()).toEqual(
        [...new Set(all.flatMap(({ n }) => (n.place ? [n.place] : [])))].sort(),
      );
    }
  });
});
