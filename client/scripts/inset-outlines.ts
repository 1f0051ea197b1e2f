/**
 * Writes client/src/map/inset-outlines.json: simplified outlines for the two off-map boxes
 * (the Horn of Africa round Ethiopia; the Far East from Lake Baikal to Japan), projected into
 * each box's own frame, with each country's 1933 master so the inset can be tinted.
 *
 *   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
 *   node client/scripts/inset-outlines.ts package/countries-50m.json
 *
 * Natural Earth 1:50m admin-0 (public domain) through the npm package world-atlas@2.0.2 (ISC,
 * Copyright 2013-2019 Michael Bostock); see assets/README. Present-day countries stand for
 * 1933 colonies and states (Eritrea and Somalia for Italy's colonies, Korea and Taiwan for
 * Japan's): a sketch to recognise the theatre, not a boundary source.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";
import type { FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

interface Inset {
  id: string;
  /** [west, south, east, north] in degrees; its aspect is the box's (190 × 130). */
  bbox: [number, number, number, number];
  /** The box's own country: painted in the box region's look (its controller, its patterns). */
  subject: string;
  masters: Record<string, string>;
}

const INSETS: Inset[] = [
  {
    id: "east-africa",
    bbox: [24, -4, 56, 19],
    subject: "Ethiopia",
    masters: {
      Eritrea: "ITA",
      Somalia: "ITA",
      Somaliland: "GBR",
      Djibouti: "FRA",
      Sudan: "GBR",
      "S. Sudan": "GBR",
      Kenya: "GBR",
      Uganda: "GBR",
      Tanzania: "GBR",
      Egypt: "GBR",
      Yemen: "GBR",
    },
  },
  {
    id: "far-east",
    bbox: [92, 18, 150, 55],
    subject: "China",
    masters: {
      Japan: "JPN",
      "South Korea": "JPN",
      "North Korea": "JPN",
      Taiwan: "JPN",
      Russia: "SUN",
      Mongolia: "SUN",
      India: "GBR",
      Myanmar: "GBR",
      Bangladesh: "GBR",
      "Hong Kong": "GBR",
      Vietnam: "FRA",
      Laos: "FRA",
      Philippines: "USA",
    },
  },
];

const W = 190;
const H = 130;
const STEP = 2; // box units between kept points (a box is drawn about 250 px wide)

function project(inset: Inset, lon: number, lat: number): [number, number] {
  const [w, s, e, n] = inset.bbox;
  const x = ((lon - w) / (e - w)) * W;
  const y = ((n - lat) / (n - s)) * H;
  // Clamped a little outside the box: the inset clips to the box, so a country that runs
  // far beyond it (Russia) keeps its shape inside and costs no points outside.
  const clamp = (v: number, max: number) => Math.min(max + 4, Math.max(-4, v));
  return [Math.round(clamp(x, W)), Math.round(clamp(y, H))];
}

function rings(g: Geometry | null): number[][][] {
  if (!g) return [];
  if (g.type === "Polygon") return g.coordinates;
  if (g.type === "MultiPolygon") return g.coordinates.flat();
  return [];
}

const topo = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Topology;
const fc = feature(topo, topo.objects["countries"] as GeometryCollection) as FeatureCollection;
const out: Record<string, Array<{ name: string; master: string | null; rings: number[][] }>> = {};
for (const inset of INSETS) {
  const [w, s, e, n] = inset.bbox;
  const shapes = [];
  for (const f of fc.features) {
    const name = String(f.properties?.["name"] ?? "");
    const kept: number[][] = [];
    for (const ring of rings(f.geometry)) {
      const inside = ring.some(
        ([lon = 0, lat = 0]) => lon >= w && lon <= e && lat >= s && lat <= n,
      );
      if (!inside) continue;
      const flat: number[] = [];
      let last: [number, number] | undefined;
      for (const [lon = 0, lat = 0] of ring) {
        const p = project(inset, lon, lat);
        if (last && Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) < STEP) continue;
        flat.push(p[0], p[1]);
        last = p;
      }
      if (flat.length >= 8) kept.push(flat);
    }
    if (kept.length === 0) continue;
    const master = name === inset.subject ? "subject" : (inset.masters[name] ?? null);
    shapes.push({ name, master, rings: kept });
  }
  out[inset.id] = shapes;
}
writeFileSync(
  new URL("../src/map/inset-outlines.json", import.meta.url),
  JSON.stringify(out) + "\n",
);
console.log(
  Object.entries(out)
    .map(([k, v]) => `${k}: ${v.map((s) => s.name).join(", ")}`)
    .join("\n"),
);
