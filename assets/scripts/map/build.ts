/**
 * Builds the 1933 map (assets/map/) from the public-domain base map in ../shared/data/map/.
 * Run: npm run map:build -w @cs/assets
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Feature, FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import type { DeclaredLinks } from "../../map/types.ts";
import { applyCuts, assignUnits, initialPieces, readUnits } from "./compose.ts";
import { checkCoasts } from "./checks.ts";
import { dropSmallParts, mergePieces } from "./merge.ts";
import { buildMetadata, type OffmapPlan } from "./metadata.ts";
import { baseLayer, buildOutputTopology, type AreaFeature } from "./output-topology.ts";
import { BASE_MAP_DIR, OUTPUT_DIR, SCRIPT_DIR } from "./paths.ts";
import { renderPreview } from "./preview.ts";
import { areaKm2, asMultiPolygon } from "./geo.ts";
import { buildSeas, landMask, type SeaPlan } from "./seas.ts";
import type { Cut, Plan, Rings } from "./types.ts";

/** Islands below this size are invisible at European scale; dropping them halves the file. */
const MIN_ISLAND_KM2 = 20;
/** Countries of the base map with no admin-1 units: North Africa and the Levant, shore only. */
const NON_EUROPEAN = [
  "DZA",
  "EGY",
  "IRN",
  "IRQ",
  "ISR",
  "JOR",
  "KWT",
  "LBN",
  "LBY",
  "MAR",
  "PSX",
  "SAU",
  "SYR",
  "TUN",
];
const OUTPUT = { keepShare: 0.35, quantization: 50_000 };
/** Regions and territories under this size keep every point of their outline. */
const KEEP_WHOLE_KM2 = 3000;

/** Flevoland is drained land today; in 1933 it was the Zuiderzee, so it is drawn as water. */
const FLEVOLAND = "NLD-902";

function withZuiderzee(lakes: FeatureCollection, flevoland: Rings | undefined): FeatureCollection {
  if (!flevoland) throw new Error(`base map: no unit ${FLEVOLAND}`);
  const water: Feature = { type: "Feature", properties: {}, geometry: asMultiPolygon(flevoland) };
  return { ...lakes, features: [...lakes.features, water] };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function writeJson(name: string, value: unknown): void {
  writeFileSync(resolve(OUTPUT_DIR, name), `${JSON.stringify(value, null, 1)}\n`);
}

const plan = readJson<Plan>(resolve(SCRIPT_DIR, "plan.json"));
const cuts = readJson<{ cuts: Cut[] }>(resolve(SCRIPT_DIR, "cuts.json")).cuts;
const seaPlans = readJson<{ seas: SeaPlan[] }>(resolve(SCRIPT_DIR, "seas.json")).seas;
const offmap = readJson<{ boxes: OffmapPlan[] }>(resolve(SCRIPT_DIR, "offmap.json")).boxes;
const declared = readJson<DeclaredLinks>(resolve(OUTPUT_DIR, "links.json"));
const admin1 = readJson<Topology>(resolve(BASE_MAP_DIR, "europe-admin1.topojson"));
const countries = readJson<Topology>(resolve(BASE_MAP_DIR, "europe-countries.topojson"));

const units = readUnits(admin1);
const regionOf = assignUnits(plan, units);
const pieces = initialPieces(plan, units, regionOf);
for (const report of applyCuts(pieces, cuts)) {
  console.log(`cut ${report.id} (${report.tier}): ${report.movedKm2} km²`);
}
const merged = mergePieces(pieces);

const shapes = new Map<string, Rings>();
const areaFeatures = (kind: "land" | "territory"): AreaFeature[] =>
  plan.regions
    .filter((r) => r.kind === kind)
    .map((r) => {
      const geometry = merged.get(r.id);
      if (!geometry) throw new Error(`region ${r.id} has no geometry`);
      const rings = dropSmallParts(geometry, MIN_ISLAND_KM2);
      shapes.set(r.id, rings);
      return { id: r.id, owner: r.owner, rings };
    });
const regionFeatures = areaFeatures("land");
const territoryFeatures = areaFeatures("territory");

const seas = buildSeas(seaPlans, landMask(shapes.values(), countries, NON_EUROPEAN));
const seaFeatures: AreaFeature[] = seaPlans.map((s) => {
  const rings = seas.get(s.id) ?? [];
  shapes.set(s.id, rings);
  return { id: s.id, rings };
});

const topology = buildOutputTopology(
  {
    regions: regionFeatures,
    territories: territoryFeatures,
    seas: seaFeatures,
    lakes: withZuiderzee(baseLayer(countries, "lakes"), units.get(FLEVOLAND)),
    rivers: baseLayer(countries, "rivers"),
  },
  {
    ...OUTPUT,
    keepWhole: new Set(
      [...shapes].filter(([, r]) => areaKm2(r) < KEEP_WHOLE_KM2).map(([id]) => id),
    ),
  },
);
const { regions, territories } = buildMetadata({
  land: plan.regions,
  seas: seaPlans,
  offmap,
  shapes,
  topology,
  declared,
});
checkCoasts(topology, declared);

writeFileSync(resolve(OUTPUT_DIR, "europe-1933.topojson"), JSON.stringify(topology));
writeJson("regions.json", regions);
writeJson("territories.json", territories);
renderPreview(topology, regions, resolve(OUTPUT_DIR, "preview.png"));
// A close-up of the contested belt, where most cut lines run.
renderPreview(topology, regions, resolve(OUTPUT_DIR, "preview-central.png"), [13, 47.5, 27, 56.5]);
console.log(`wrote ${regions.length} regions and zones, ${territories.length} territories`);
