/**
 * The map's static geometry: the 1933 TopoJSON projected once into world coordinates
 * (flat x,y arrays), with per-pair land borders so a border can be drawn as a state frontier
 * or a province line depending on who controls each side. Phaser-free, so it is unit-tested.
 */
import { geoConicConformal, geoGraticule10, geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

/** One projected shape: rings (or lines) as flat [x0, y0, x1, y1, …] arrays. */
export type Rings = Float32Array[];

export interface Shape {
  id: string;
  rings: Rings;
  /** Bounding box [minX, minY, maxX, maxY] for hit tests and camera focus. */
  bbox: [number, number, number, number];
}

export interface PairBorder {
  a: string;
  b: string;
  lines: Rings;
}

export interface MapGeometry {
  width: number;
  height: number;
  regions: Map<string, Shape>;
  seas: Map<string, Shape>;
  territories: Map<string, Shape>;
  lakes: Rings;
  rivers: Rings;
  coastline: Rings;
  graticule: Rings;
  borders: PairBorder[];
  /** Project a [lon, lat] into world coordinates. */
  project(lonLat: readonly [number, number]): [number, number];
}

/** World width in map units; the height follows from the projection. */
export const WORLD_WIDTH = 2000;
const MARGIN = 24;

/** A conformal conic centred on Europe, as period atlases drew it. */
export function europeProjection(): GeoProjection {
  return geoConicConformal().rotate([-17, 0]).center([0, 52]).parallels([40, 64]).precision(0.2);
}

/** Records d3-geo path commands into flat arrays instead of drawing them. */
class Recorder {
  rings: Float32Array[] = [];
  private cur: number[] = [];
  moveTo(x: number, y: number) {
    this.flush();
    this.cur.push(x, y);
  }
  lineTo(x: number, y: number) {
    this.cur.push(x, y);
  }
  closePath() {
    this.flush();
  }
  arc() {}
  rect() {}
  flush() {
    if (this.cur.length >= 4) this.rings.push(Float32Array.from(this.cur));
    this.cur = [];
  }
}

function record(projection: GeoProjection, geo: Geometry | Feature | FeatureCollection): Rings {
  const rec = new Recorder();
  geoPath(projection, rec as unknown as CanvasRenderingContext2D)(geo);
  rec.flush();
  return rec.rings;
}

export function bboxOf(rings: Rings): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) {
    for (let i = 0; i < r.length; i += 2) {
      const x = r[i] ?? 0;
      const y = r[i + 1] ?? 0;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

type Collection = GeometryCollection<{ owner?: string }>;

function shapes(topo: Topology, name: string, projection: GeoProjection): Map<string, Shape> {
  const obj = topo.objects[name] as Collection | undefined;
  const out = new Map<string, Shape>();
  if (!obj) return out;
  const fc = feature(topo, obj) as FeatureCollection;
  for (const f of fc.features) {
    if (f.id === undefined) continue;
    const rings = record(projection, f);
    out.set(String(f.id), { id: String(f.id), rings, bbox: bboxOf(rings) });
  }
  return out;
}

function lines(topo: Topology, name: string, projection: GeoProjection): Rings {
  const obj = topo.objects[name];
  if (!obj) return [];
  return record(projection, feature(topo, obj as Collection) as FeatureCollection);
}

/** Land borders between each pair of regions that share arcs. */
function pairBorders(topo: Topology, projection: GeoProjection): PairBorder[] {
  const obj = topo.objects["regions"] as Collection | undefined;
  if (!obj) return [];
  const pairs = new Map<string, [string, string]>();
  // Which regions use each arc: an arc used by two regions is a border between them.
  const users = new Map<number, Set<string>>();
  const walk = (arcs: unknown, id: string) => {
    if (typeof arcs === "number") {
      const k = arcs < 0 ? ~arcs : arcs;
      const s = users.get(k) ?? new Set<string>();
      s.add(id);
      users.set(k, s);
    } else if (Array.isArray(arcs)) for (const a of arcs) walk(a, id);
  };
  for (const g of obj.geometries) if ("arcs" in g) walk(g.arcs, String(g.id));
  for (const s of users.values()) {
    if (s.size !== 2) continue;
    const [a, b] = [...s].sort() as [string, string];
    pairs.set(`${a}|${b}`, [a, b]);
  }
  const out: PairBorder[] = [];
  for (const [a, b] of pairs.values()) {
    const m: MultiLineString = mesh(
      topo,
      obj,
      (x, y) => x !== y && ((x.id === a && y.id === b) || (x.id === b && y.id === a)),
    );
    out.push({ a, b, lines: record(projection, m) });
  }
  return out;
}

/** Project the whole map once. */
export function buildGeometry(topo: Topology): MapGeometry {
  const projection = europeProjection();
  const regionsObj = topo.objects["regions"] as Collection;
  const seasObj = topo.objects["seas"] as Collection;
  const extent: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      ...(feature(topo, regionsObj) as FeatureCollection).features,
      ...(feature(topo, seasObj) as FeatureCollection).features,
    ],
  };
  projection.fitWidth(WORLD_WIDTH - 2 * MARGIN, extent);
  const [[, y0], [, y1]] = geoPath(projection).bounds(extent);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN, ty - y0 + MARGIN]);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN);
  return {
    width: WORLD_WIDTH,
    height,
    regions: shapes(topo, "regions", projection),
    seas: shapes(topo, "seas", projection),
    territories: shapes(topo, "territories", projection),
    lakes: lines(topo, "lakes", projection),
    rivers: lines(topo, "rivers", projection),
    coastline: lines(topo, "coastline", projection),
    graticule: record(projection, geoGraticule10()),
    borders: pairBorders(topo, projection),
    project: (p) => projection([p[0], p[1]]) ?? [0, 0],
  };
}
