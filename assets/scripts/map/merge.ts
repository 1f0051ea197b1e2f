import { merge } from "topojson-client";
import { topology } from "topojson-server";
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import type {
  GeometryCollection,
  Polygon as TopoPolygon,
  MultiPolygon as TopoMulti,
} from "topojson-specification";
import { asMultiPolygon, polygonAreaKm2, toRings } from "./geo.ts";
import type { Piece, Rings } from "./types.ts";

/**
 * Snap grid for the pieces' topology (about 7 cm): the two sides of a cut are computed by
 * separate clipping calls, and snapping makes their common edge one shared arc.
 */
const SNAP_QUANTIZATION = 1e8;

type PieceGeometry = (TopoPolygon | TopoMulti) & { properties: { region: string } };

/**
 * Dissolve the pieces into one MultiPolygon per region. Merging through a topology removes
 * the inner borders exactly and keeps neighbouring regions on the same coordinates.
 */
export function mergePieces(pieces: readonly Piece[]): Map<string, MultiPolygon> {
  const features: Feature<MultiPolygon, { region: string }>[] = pieces
    .filter((piece) => piece.rings.length > 0)
    .map((piece) => ({
      type: "Feature",
      properties: { region: piece.region },
      geometry: asMultiPolygon(piece.rings),
    }));
  const collection: FeatureCollection<MultiPolygon, { region: string }> = {
    type: "FeatureCollection",
    features,
  };
  const topo = topology({ pieces: collection }, SNAP_QUANTIZATION);
  const object = topo.objects["pieces"] as GeometryCollection<{ region: string }>;
  const byRegion = new Map<string, PieceGeometry[]>();
  for (const geometry of object.geometries) {
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") continue;
    const region = geometry.properties?.region;
    if (!region) throw new Error("piece without region");
    byRegion.set(region, [...(byRegion.get(region) ?? []), geometry as PieceGeometry]);
  }
  const merged = new Map<string, MultiPolygon>();
  for (const [region, geometries] of byRegion) merged.set(region, merge(topo, geometries));
  return merged;
}

/**
 * Drop islands smaller than minKm2 (but always keep a region's largest part) and fill holes
 * smaller than minKm2: they are coastal lagoons and ponds that the lakes layer does not draw,
 * which would otherwise show as blank notches in the coast.
 */
export function dropSmallParts(geometry: MultiPolygon, minKm2: number): Rings {
  const parts = toRings(geometry).map((rings) => ({ rings, km2: polygonAreaKm2(rings) }));
  const largest = Math.max(...parts.map((p) => p.km2));
  return parts
    .filter((p) => p.km2 >= minKm2 || p.km2 === largest)
    .map(({ rings }) => rings.filter((ring, i) => i === 0 || polygonAreaKm2([ring]) >= minKm2));
}
