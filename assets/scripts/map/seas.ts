import polygonClipping from "polygon-clipping";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { toRings } from "./geo.ts";
import type { AreaGeometry, LocalName, LonLat, Rings } from "./types.ts";

export interface SeaPlan {
  id: string;
  name: LocalName;
  outline: LonLat[];
}

/**
 * The land a sea zone must avoid: the map's own land shapes (so that zones and regions share
 * the very same coast) and, outside Europe, the base map's other countries. Only outer rings
 * are kept: lakes are holes in the land, and a zone outline drawn across Ladoga or Vänern must
 * not turn a lake into sea.
 */
export function landMask(
  shapes: Iterable<Rings>,
  countries: Topology,
  others: readonly string[],
): Rings {
  const object = countries.objects["countries"] as GeometryCollection | undefined;
  if (!object) throw new Error("base map: no object 'countries'");
  const polygons: Rings = [];
  const addOuter = (rings: Rings): void => {
    for (const polygon of rings) if (polygon[0]) polygons.push([polygon[0]]);
  };
  for (const rings of shapes) addOuter(rings);
  for (const f of feature(countries, object).features) {
    if (others.includes(String(f.id))) addOuter(toRings(f.geometry as AreaGeometry));
  }
  return polygons;
}

/** Each zone is its outline less land and less the zones before it, so zones never overlap. */
export function buildSeas(seas: readonly SeaPlan[], land: Rings): Map<string, Rings> {
  const result = new Map<string, Rings>();
  const earlier: Rings = [];
  for (const sea of seas) {
    const first = sea.outline[0];
    if (!first) throw new Error(`sea ${sea.id}: empty outline`);
    const outline: Rings[number] = [densify([...sea.outline, first])];
    const box = boundingBox(outline[0] ?? []);
    // Only land polygons near the outline matter; skipping the rest keeps clipping fast.
    const nearLand = land.filter((rings) => overlaps(boundingBox(rings[0] ?? []), box));
    const water = polygonClipping.difference([outline], ...earlier.map((p) => [p]), nearLand);
    if (water.length === 0) throw new Error(`sea ${sea.id}: no water left`);
    result.set(sea.id, water);
    earlier.push(outline);
  }
  return result;
}

type Box = [number, number, number, number];

function boundingBox(ring: readonly LonLat[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Clipping is planar but d3 draws edges as great circles; with points every 0.25° the two
 * agree, and neighbouring zones drawn from different corners no longer leave a wedge between them.
 */
function densify(ring: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i] as LonLat, ring[i + 1] as LonLat];
    const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.25));
    for (let k = 0; k < steps; k++) {
      out.push([a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps]);
    }
  }
  const last = ring[ring.length - 1];
  if (last) out.push(last);
  return out;
}
