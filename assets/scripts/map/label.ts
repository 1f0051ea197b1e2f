import polylabel from "polylabel";
import { polygonAreaKm2 } from "./geo.ts";
import type { LonLat, Rings } from "./types.ts";

/**
 * The pole of inaccessibility of the largest part: a point well inside the shape, unlike a
 * centroid, which falls outside crescents such as the Sudetenland or into the sea.
 * Longitudes are scaled by cos(latitude) so that "inside" is measured in ground distance.
 */
export function labelPoint(polygons: Rings): LonLat {
  const largest = [...polygons].sort((a, b) => polygonAreaKm2(b) - polygonAreaKm2(a))[0];
  const outer = largest?.[0];
  if (!largest || !outer) throw new Error("label of an empty shape");
  const meanLat = outer.reduce((sum, p) => sum + p[1], 0) / outer.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const scaled = largest.map((ring) => ring.map(([lon, lat]): [number, number] => [lon * k, lat]));
  const [x, y] = polylabel(scaled, 0.005);
  return [round(x / k), round(y)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
