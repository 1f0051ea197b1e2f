/**
 * The map's static geometry: the 1933 TopoJSON projected once into world coordinates
 * (flat x,y arrays), with per-pair land borders so a border can be drawn as a state frontier
 * or a province line depending on who controls each side. Phaser-free, so it is unit-tested.
 */
import { geoConicConformal, geoGraticule10, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

/** One projected shape: rings (or lines) as flat [x0, y0, x1, y1, …] arrays. */
export type Rings = Float32Array[];

export interface Shape {
  id: string;
  rings: Rings;
  /** Bounding box [minX, minY, maxX, maxY] for hit tests and camera focus. */
  bbox: [number, number, number, number];
}

interface PairBorder {
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
const WORLD_WIDTH = 2000;
const MARGIN = 24;

/** A conformal conic centred on Europe, as period atlases drew it. */
function europeProjection(): GeoProjection {
  return geoConicConformal().rotate([-17, 0]).center([0, 52]).parallels([40, 64]).precision(0);
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

/** Through d3's path stream: resampled and clipped (for the graticule, which leaves the map). */
function record(projection: GeoProjection, geo: Geometry | Feature | FeatureCollection): Rings {
  const rec = new Recorder();
  geoPath(projection, rec as unknown as CanvasRenderingContext2D)(geo);
  rec.flush();
  return rec.rings;
}

/**
 * Point by point: the map's own shapes lie well inside the projection, so they need neither
 * d3's spherical clipping nor resampling, which took most of the start-up time.
 */
function direct(projection: GeoProjection, geo: Geometry | null): Rings {
  const out: Rings = [];
  const line = (coords: number[][]) => {
    const flat = new Float32Array(coords.length * 2);
    let n = 0;
    for (const c of coords) {
      const xy = projection([c[0] ?? 0, c[1] ?? 0]);
      if (!xy) continue;
      flat[n++] = xy[0];
      flat[n++] = xy[1];
    }
    if (n >= 4) out.push(n === flat.length ? flat : flat.slice(0, n));
  };
  if (!geo) return out;
  switch (geo.type) {
    case "Polygon":
    case "MultiLineString":
      geo.coordinates.forEach(line);
      break;
    case "MultiPolygon":
      for (const poly of geo.coordinates) poly.forEach(line);
      break;
    case "LineString":
      line(geo.coordinates);
      break;
    case "GeometryCollection":
      for (const g of geo.geometries) out.push(...direct(projection, g));
      break;
    default:
      break;
  }
  return out;
}

function bboxOf(rings: Rings): [number, number, number, number] {
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
    const rings = direct(projection, f.geometry);
    out.set(String(f.id), { id: String(f.id), rings, bbox: bboxOf(rings) });
  }
  return out;
}

function lines(topo: Topology, name: string, projection: GeoProjection): Rings {
  const obj = topo.objects[name];
  if (!obj) return [];
  const fc = feature(topo, obj as Collection) as FeatureCollection | Feature;
  if (fc.type === "Feature") return direct(projection, fc.geometry);
  return fc.features.flatMap((f) => direct(projection, f.geometry));
}

/** An arc's positions in lon/lat (TopoJSON arcs are delta-encoded when quantized). */
function decodeArc(topo: Topology, index: number): Array<[number, number]> {
  const arc = topo.arcs[index] ?? [];
  const t = topo.transform;
  if (!t) return arc.map((p) => [p[0] ?? 0, p[1] ?? 0]);
  let [x, y] = [0, 0];
  return arc.map((p) => {
    x += p[0] ?? 0;
    y += p[1] ?? 0;
    return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
  });
}

/**
 * Land borders between each pair of regions: the arcs two regions share, each projected
 * point by point (a border lies well inside the projection, so no clipping is needed).
 */
function pairBorders(topo: Topology, projection: GeoProjection): PairBorder[] {
  const obj = topo.objects["regions"] as Collection | undefined;
  if (!obj) return [];
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
  const pairs = new Map<string, PairBorder>();
  for (const [arc, s] of users) {
    if (s.size !== 2) continue;
    const [a, b] = [...s].sort() as [string, string];
    const key = `${a}|${b}`;
    const border = pairs.get(key) ?? { a, b, lines: [] };
    const flat: number[] = [];
    for (const p of decodeArc(topo, arc)) {
      const xy = projection(p);
      if (xy) flat.push(xy[0], xy[1]);
    }
    if (flat.length >= 4) border.lines.push(Float32Array.from(flat));
    pairs.set(key, border);
  }
  return [...pairs.values()];
}

/** Project the whole map once. */
export function buildGeometry(topo: Topology): MapGeometry {
  const projection = europeProjection();
  // Fit to the outline of the topology's box, sampled each degree: as good as fitting every
  // shape, at a fraction of the cost.
  const [w, s, e, n] = (topo.bbox ?? [-13, 30, 52, 73]) as [number, number, number, number];
  const edge: number[][] = [];
  for (let x = w; x <= e; x += 1) edge.push([x, s], [x, n]);
  for (let y = s; y <= n; y += 1) edge.push([w, y], [e, y]);
  const extent: Geometry = { type: "MultiPoint", coordinates: edge };
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
