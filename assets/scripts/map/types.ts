import type { MultiPolygon, Polygon, Position } from "geojson";

export type LonLat = [number, number];
export type Ring = LonLat[];
export type PolygonRings = Ring[];
/** Polygon-clipping's MultiPolygon: a list of polygons, each a list of rings. */
export type Rings = PolygonRings[];

export type Owner = string;

export interface LocalName {
  en: string;
  fr: string;
}

export interface PlanRegion {
  id: string;
  kind: "land" | "territory";
  owner: Owner;
  name: LocalName;
  status: string | null;
  capital: boolean;
  units: string[];
}

export interface PartRule {
  unit: string;
  to: string;
  /** A polygon part of `unit` whose centroid falls in this [west, south, east, north] box moves to `to`. */
  bbox: [number, number, number, number];
  what: string;
}

export interface Plan {
  dropped: Record<string, string>;
  regions: PlanRegion[];
  partRules: PartRule[];
}

export type CutTier = "required" | "recommended" | "optional";

export interface Cut {
  id: string;
  tier: CutTier;
  from: string;
  to: string;
  units: string[];
  line: LonLat[];
  close: LonLat[];
  desc: string;
}

/** A piece of one base-map unit, assigned to one region. */
export interface Piece {
  unit: string;
  region: string;
  rings: Rings;
}

export type AreaGeometry = Polygon | MultiPolygon;

export function toLonLat(p: Position): LonLat {
  return [p[0] ?? NaN, p[1] ?? NaN];
}
