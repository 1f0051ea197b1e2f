import { geoArea, geoCentroid } from "d3-geo";
import type { MultiPolygon, Polygon } from "geojson";
import type { LonLat, PolygonRings, Ring, Rings } from "./types.ts";

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Shoelace area in degrees²: positive when counter-clockwise with lat pointing up. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as LonLat;
    const b = ring[i] as LonLat;
    sum += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return sum / 2;
}

/**
 * d3-geo reads rings spherically: an exterior must run clockwise, a hole counter-clockwise.
 * polygon-clipping returns the opposite (RFC 7946), which d3 would read as "the whole globe
 * minus the polygon", so every ring goes through here before d3 or TopoJSON sees it.
 */
export function rewindForD3(polygons: Rings): Rings {
  return polygons.map((rings) =>
    rings.map((ring, index) => {
      const clockwise = signedArea(ring) < 0;
      const wantClockwise = index === 0;
      return clockwise === wantClockwise ? ring : [...ring].reverse();
    }),
  );
}

export function asMultiPolygon(polygons: Rings): MultiPolygon {
  return { type: "MultiPolygon", coordinates: rewindForD3(polygons) };
}

export function polygonAreaKm2(rings: PolygonRings): number {
  const polygon: Polygon = { type: "Polygon", coordinates: rewindForD3([rings])[0] ?? [] };
  const steradians = geoArea(polygon);
  // A ring that touches itself can fool the winding test; no map shape covers half the globe.
  const area = steradians > 2 * Math.PI ? 4 * Math.PI - steradians : steradians;
  return area * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

export function areaKm2(polygons: Rings): number {
  return polygons.reduce((sum, rings) => sum + polygonAreaKm2(rings), 0);
}

export function polygonCentroid(rings: PolygonRings): LonLat {
  const polygon: Polygon = { type: "Polygon", coordinates: rewindForD3([rings])[0] ?? [] };
  const [lon, lat] = geoCentroid(polygon);
  return [lon, lat];
}

export function inBox(point: LonLat, box: readonly [number, number, number, number]): boolean {
  return point[0] >= box[0] && point[0] <= box[2] && point[1] >= box[1] && point[1] <= box[3];
}

/** A GeoJSON Polygon or MultiPolygon as a list of polygons (polygon-clipping's shape). */
export function toRings(geometry: Polygon | MultiPolygon): Rings {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map((p) => [p[0], p[1]] as LonLat)));
}
