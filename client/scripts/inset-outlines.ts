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
 * Japan's): a sketch to recognise the theatre, not a boundary source. Manchukuo, which no
 * present-day country draws, is carved out of China along an approximate line (`carve`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import polygonClipping, { type MultiPolygon, type Polygon } from "polygon-clipping";
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
  /** Shapes cut out of a country along a line of [lon, lat] points (the area they enclose). */
  carve?: { name: string; from: string; master: string; area: [number, number][] }[];
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
    carve: [
      {
        // Manchukuo in 1933, with Jehol (Rehe) taken in February–March 1933 and the Great Wall
        // the line by the Tanggu Truce of 31 May 1933 (L. Young, Japan's Total Empire, 1998):
        // south of it the Great Wall from Shanhaiguan, west the line of Jehol and the Xing'an
        // provinces to Mongolia; north and east the Amur, the Ussuri and the Yalu (the area runs
        // past them, into Russia, Korea and the sea, which the cut with China's outline drops).
        name: "Manchukuo",
        from: "China",
        master: "JPN",
        area: [
          [120.1, 39.8],
          [119.85, 39.95],
          [118.0, 40.25],
          [117.2, 40.6],
          [116.3, 41.0],
          [116.0, 42.5],
          [117.0, 44.0],
          [118.5, 45.5],
          [119.5, 46.7],
          [115.0, 47.5],
          [115.0, 54.0],
          [136.0, 54.0],
          [136.0, 38.4],
          [121.5, 38.4],
          [120.6, 39.2],
          [120.1, 39.8],
        ],
      },
    ],
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

function polygons(g: Geometry | null): MultiPolygon {
  if (g?.type === "Polygon") return [g.coordinates as Polygon];
  if (g?.type === "MultiPolygon") return g.coordinates as MultiPolygon;
  return [];
}

/** The features of an inset's theatre, with its carved shapes cut out of their countries. */
function carved(inset: Inset, features: FeatureCollection["features"]): Feature[] {
  const out: Feature[] = [];
  for (const f of features) {
    const name = String(f.properties?.["name"] ?? "");
    const cuts = (inset.carve ?? []).filter((c) => c.from === name);
    if (cuts.length === 0) {
      out.push({ name, geometry: f.geometry });
      continue;
    }
    let rest = polygons(f.geometry);
    for (const c of cuts) {
      const area: Polygon = [c.area];
      const piece = polygonClipping.intersection(rest, area);
      rest = polygonClipping.difference(rest, area);
      out.push({
        name: c.name,
        master: c.master,
        geometry: { type: "MultiPolygon", coordinates: piece },
      });
    }
    out.push({ name, geometry: { type: "MultiPolygon", coordinates: rest } });
  }
  return out;
}

interface Feature {
  name: string;
  /** Set for a carved shape; otherwise from the inset's `masters` (or its subject). */
  master?: string;
  geometry: Geometry | null;
}

const topo = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Topology;
const fc = feature(topo, topo.objects["countries"] as GeometryCollection) as FeatureCollection;
const out: Record<string, Array<{ name: string; master: string | null; rings: number[][] }>> = {};
for (const inset of INSETS) {
  const [w, s, e, n] = inset.bbox;
  const shapes = [];
  for (const f of carved(inset, fc.features)) {
    const { name } = f;
    const kept: number[][] = [];
    for (const ring of polygons(f.geometry).flat()) {
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
    const master = f.master ?? (name === inset.subject ? "subject" : (inset.masters[name] ?? null));
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
