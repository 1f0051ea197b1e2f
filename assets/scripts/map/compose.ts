import polygonClipping from "polygon-clipping";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { areaKm2, inBox, polygonAreaKm2, polygonCentroid, toRings } from "./geo.ts";
import type { AreaGeometry, Cut, LonLat, Piece, Plan, Rings } from "./types.ts";

/** Pieces cut off below this size are slivers of an approximate line, not territory. */
const SLIVER_KM2 = 2;

export interface CutReport {
  id: string;
  tier: string;
  movedKm2: number;
}

/** Each admin-1 unit, by adm1_code, as polygon-clipping rings. */
export function readUnits(topology: Topology): Map<string, Rings> {
  const object = topology.objects["admin1"] as GeometryCollection | undefined;
  if (!object) throw new Error("base map: no object 'admin1'");
  const collection = feature(topology, object);
  const units = new Map<string, Rings>();
  for (const unit of collection.features) {
    const code = String(unit.id);
    const geometry = unit.geometry as AreaGeometry | null;
    if (!geometry) continue;
    if (units.has(code)) throw new Error(`base map: unit ${code} appears twice`);
    units.set(code, toRings(geometry));
  }
  return units;
}

/** Assign every unit to exactly one region; fail loudly on unknown, doubled or left-over units. */
export function assignUnits(plan: Plan, units: ReadonlyMap<string, Rings>): Map<string, string> {
  const regionOf = new Map<string, string>();
  const errors: string[] = [];
  for (const region of plan.regions) {
    for (const code of region.units) {
      if (!units.has(code)) errors.push(`unknown unit ${code} in ${region.id}`);
      const previous = regionOf.get(code);
      if (previous) errors.push(`unit ${code} used twice: ${previous} and ${region.id}`);
      regionOf.set(code, region.id);
    }
  }
  for (const code of Object.keys(plan.dropped)) {
    if (!units.has(code)) errors.push(`unknown dropped unit ${code}`);
    if (regionOf.has(code)) errors.push(`dropped unit ${code} is also assigned`);
  }
  for (const code of units.keys()) {
    if (!regionOf.has(code) && !(code in plan.dropped)) errors.push(`unit ${code} unassigned`);
  }
  if (errors.length > 0)
    throw new Error(`region plan does not fit the base map:\n${errors.join("\n")}`);
  return regionOf;
}

/** Whole units as pieces, with the island rules applied (parts of a unit moved by centroid). */
export function initialPieces(
  plan: Plan,
  units: ReadonlyMap<string, Rings>,
  regionOf: ReadonlyMap<string, string>,
): Piece[] {
  const pieces: Piece[] = [];
  for (const [unit, rings] of units) {
    const region = regionOf.get(unit);
    if (!region) continue; // dropped
    const rules = plan.partRules.filter((rule) => rule.unit === unit);
    const kept: Rings = [];
    const moved = new Map<string, Rings>();
    for (const part of rings) {
      const centroid = polygonCentroid(part);
      const rule = rules.find((r) => inBox(centroid, r.bbox));
      if (rule) moved.set(rule.to, [...(moved.get(rule.to) ?? []), part]);
      else kept.push(part);
    }
    for (const rule of rules) {
      if (!moved.has(rule.to)) throw new Error(`part rule for ${unit} → ${rule.to} moved nothing`);
    }
    if (kept.length > 0) pieces.push({ unit, region, rings: kept });
    for (const [to, parts] of moved) pieces.push({ unit, region: to, rings: parts });
  }
  return pieces;
}

function cutPolygon(cut: Cut): LonLat[][] {
  const ring = [...cut.line, ...cut.close];
  const first = ring[0];
  if (!first) throw new Error(`cut ${cut.id}: empty line`);
  return [[...ring, first]];
}

function withoutSlivers(polygons: Rings): Rings {
  return polygons.filter((rings) => polygonAreaKm2(rings) >= SLIVER_KM2);
}

/** Apply the cut lines in order: the part of each listed unit inside the cut polygon changes region. */
export function applyCuts(pieces: Piece[], cuts: readonly Cut[]): CutReport[] {
  const reports: CutReport[] = [];
  for (const cut of cuts) {
    const polygon = cutPolygon(cut);
    let moved = 0;
    for (const unit of cut.units) {
      const index = pieces.findIndex((p) => p.unit === unit && p.region === cut.from);
      const piece = pieces[index];
      if (!piece) throw new Error(`cut ${cut.id}: no piece of ${unit} in ${cut.from}`);
      const inside = withoutSlivers(polygonClipping.intersection(piece.rings, polygon));
      if (inside.length === 0) continue; // the line only grazes this unit
      // Slivers left behind on the old side go with the cut piece rather than float alone.
      const rest = polygonClipping.difference(piece.rings, inside);
      const remaining = rest.filter((rings) => polygonAreaKm2(rings) >= SLIVER_KM2);
      const slivers = rest.filter((rings) => polygonAreaKm2(rings) < SLIVER_KM2);
      pieces.splice(index, 1, { unit, region: cut.from, rings: remaining });
      pieces.push({ unit, region: cut.to, rings: [...inside, ...slivers] });
      moved += areaKm2(inside);
    }
    if (moved === 0) throw new Error(`cut ${cut.id} moves nothing: is 'close' on the right side?`);
    reports.push({ id: cut.id, tier: cut.tier, movedKm2: Math.round(moved) });
  }
  return reports;
}
