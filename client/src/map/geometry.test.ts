import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Topology } from "topojson-specification";
import { REGIONS, TOPOJSON_URL } from "@cs/assets/map";
import { buildGeometry } from "./geometry.ts";
import { hitTest } from "./hit.ts";
import { insetBoxes } from "./insets.ts";
import { coverZoom } from "./camera.ts";
import { toothGeometry } from "./teeth.ts";

const geo = buildGeometry(JSON.parse(readFileSync(TOPOJSON_URL, "utf8")) as Topology);
const insets = insetBoxes(REGIONS, geo.project, geo);

describe("projected geometry", () => {
  test("every region and sea is drawn, inside the world", () => {
    for (const r of REGIONS.filter((x) => x.kind !== "offmap")) {
      const s = r.kind === "sea" ? geo.seas.get(r.id) : geo.regions.get(r.id);
      expect(s, r.id).toBeDefined();
      const [x0, y0, x1, y1] = s?.bbox ?? [NaN, NaN, NaN, NaN];
      expect(x0 >= 0 && y0 >= 0 && x1 <= geo.width && y1 <= geo.height, r.id).toBe(true);
    }
  });

  test("a click on each land region's label point selects that region", () => {
    const wrong = REGIONS.filter((r) => r.kind === "land")
      .map((r) => {
        const [x, y] = geo.project(r.label);
        return [r.id, hitTest([geo.regions.values(), geo.seas.values()], insets, x, y)];
      })
      .filter(([id, hit]) => id !== hit);
    expect(wrong).toEqual([]);
  });

  test("frontiers between regions are found, and fortification teeth point outwards", () => {
    const b = geo.borders.find((x) => [x.a, x.b].sort().join() === "alsace-lorraine,saar");
    expect(b?.lines.length).toBeGreaterThan(0);
    const al = geo.regions.get("alsace-lorraine");
    const teeth = toothGeometry(
      geo.borders
        .filter((x) => x.a === "alsace-lorraine" || x.b === "alsace-lorraine")
        .flatMap((x) => x.lines),
      al?.rings ?? [],
      3,
      10,
    );
    expect(teeth.length).toBeGreaterThan(5);
    const inside = teeth.filter(
      (t) => hitTest([[al!]], [], t.apex[0], t.apex[1]) === "alsace-lorraine",
    );
    expect(inside.length).toBeLessThan(teeth.length * 0.1);
  });

  test("the off-map boxes sit in the plate's corners, clear of the land", () => {
    expect(insets.map((b) => b.id).sort()).toEqual(["east-africa", "far-east"]);
    for (const b of insets)
      for (const [x, y] of [
        [b.x, b.y],
        [b.x + b.w, b.y],
        [b.x, b.y + b.h],
        [b.x + b.w, b.y + b.h],
        [b.x + b.w / 2, b.y + b.h],
        [b.x, b.y + b.h / 2],
      ] as const)
        expect(hitTest([geo.regions.values()], [], x, y), `${b.id} ${x},${y}`).toBeNull();
    const [a, b] = insets;
    if (a && b) expect(a.y + a.h < b.y || b.y + b.h < a.y).toBe(true);
  });

  // The map area at 1366×768 (the panel takes the rest), as measured in the browser.
  test("at 1366×768 zoomed right out, an inset is readable and its region clickable", () => {
    const zoom = coverZoom(geo, { width: 875, height: 683 });
    for (const b of insets) {
      expect(b.w * zoom, b.id).toBeGreaterThan(160);
      expect(b.h * zoom, b.id).toBeGreaterThan(110);
      for (const [fx, fy] of [
        [0.5, 0.5],
        [0.05, 0.05],
        [0.95, 0.95],
      ] as const)
        expect(
          hitTest(
            [geo.regions.values(), geo.seas.values()],
            insets,
            b.x + b.w * fx,
            b.y + b.h * fy,
          ),
        ).toBe(b.id);
    }
  });
});
