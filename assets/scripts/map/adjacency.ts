import { geoLength } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const EARTH_RADIUS_KM = 6371.0088;

/** Shared borders shorter than this are corners where three regions meet, not borders. */
export const MIN_SHARED_BORDER_KM = 3;

function arcIndices(geometry: GeometryCollection["geometries"][number]): number[] {
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.arcs]
      : geometry.type === "MultiPolygon"
        ? geometry.arcs
        : [];
  return polygons.flat(2).map((arc) => (arc < 0 ? ~arc : arc));
}

/**
 * Length in km of the border shared by each pair of features, from the arcs they both use.
 * Keys are "a|b" with a < b.
 */
export function sharedBorders(topo: Topology, objectNames: readonly string[]): Map<string, number> {
  const owners = new Map<number, Set<string>>();
  for (const name of objectNames) {
    const object = topo.objects[name] as GeometryCollection | undefined;
    if (!object) throw new Error(`topology: no object '${name}'`);
    for (const geometry of object.geometries) {
      const id = String(geometry.id);
      for (const arc of arcIndices(geometry))
        owners.set(arc, (owners.get(arc) ?? new Set()).add(id));
    }
  }
  const lengths = new Map<string, number>();
  for (const [arc, ids] of owners) {
    if (ids.size < 2) continue;
    const line = feature(topo, { type: "LineString", arcs: [arc] });
    const km = geoLength(line) * EARTH_RADIUS_KM;
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}|${sorted[j]}`;
        lengths.set(key, (lengths.get(key) ?? 0) + km);
      }
    }
  }
  return lengths;
}

/** Pairs sharing at least MIN_SHARED_BORDER_KM of border, as a symmetric neighbour map. */
export function landAdjacency(
  topo: Topology,
  objectNames: readonly string[],
): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  for (const [key, km] of sharedBorders(topo, objectNames)) {
    if (km < MIN_SHARED_BORDER_KM) continue;
    const [a, b] = key.split("|") as [string, string];
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  }
  return neighbours;
}
