import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from "geojson";
import type {
  GeometryCollection,
  MultiLineString,
  Objects,
  Topology,
} from "topojson-specification";
import { asMultiPolygon } from "./geo.ts";
import type { Rings } from "./types.ts";

export interface AreaFeature {
  id: string;
  owner?: string;
  rings: Rings;
}

export interface OutputLayers {
  regions: AreaFeature[];
  territories: AreaFeature[];
  seas: AreaFeature[];
  lakes: FeatureCollection;
  rivers: FeatureCollection;
}

export interface OutputOptions {
  /** Share of arc points kept by simplification (the heaviest by Visvalingam weight). */
  keepShare: number;
  quantization: number;
  /** Features too small for the general simplification (Gibraltar, Danzig, Teschen…): kept whole. */
  keepWhole: ReadonlySet<string>;
}

function collection(areas: readonly AreaFeature[]): FeatureCollection<MultiPolygon> {
  return {
    type: "FeatureCollection",
    features: areas.map((area): Feature<MultiPolygon> => ({
      type: "Feature",
      id: area.id,
      properties: area.owner ? { owner: area.owner } : {},
      geometry: asMultiPolygon(area.rings),
    })),
  };
}

/** Arcs used by exactly one land geometry are coast (or the map's cut edge). */
function coastline(topo: Topology): MultiLineString {
  const uses = new Map<number, number>();
  for (const name of ["regions", "territories"]) {
    const object = topo.objects[name] as GeometryCollection;
    for (const g of object.geometries) {
      const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
      for (const ring of polygons.flat()) {
        for (const arc of ring)
          uses.set(arc < 0 ? ~arc : arc, (uses.get(arc < 0 ? ~arc : arc) ?? 0) + 1);
      }
    }
  }
  const arcs = [...uses].filter(([, count]) => count === 1).map(([arc]) => [arc]);
  return { type: "MultiLineString", arcs };
}

/** Give every point of the protected features' arcs an infinite weight, so none is removed. */
function protectArcs(topo: Topology, ids: ReadonlySet<string>): void {
  for (const name of ["regions", "territories"]) {
    for (const g of (topo.objects[name] as GeometryCollection).geometries) {
      if (!ids.has(String(g.id))) continue;
      const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
      for (const arc of polygons.flat(2)) {
        for (const point of topo.arcs[arc < 0 ? ~arc : arc] ?? []) point[2] = Infinity;
      }
    }
  }
}

export function buildOutputTopology(layers: OutputLayers, options: OutputOptions): Topology {
  const objects: Record<string, FeatureCollection<Geometry>> = {
    regions: collection(layers.regions),
    territories: collection(layers.territories),
    seas: collection(layers.seas),
    lakes: layers.lakes,
    rivers: layers.rivers,
  };
  // topojson-simplify's types want non-null properties, which every feature here has.
  let topo = topology(objects) as unknown as Topology<Objects>;
  topo = presimplify(topo);
  protectArcs(topo, options.keepWhole);
  topo = simplify(topo, quantile(topo, options.keepShare));
  topo = quantize(topo, options.quantization);
  topo.objects["coastline"] = coastline(topo);
  return topo;
}

/** The decorative layers of the base map, as GeoJSON, clipped to nothing (already in frame). */
export function baseLayer(countries: Topology, name: string): FeatureCollection {
  const object = countries.objects[name] as GeometryCollection | undefined;
  if (!object) throw new Error(`base map: no object '${name}'`);
  const fc = feature(countries, object);
  return {
    type: "FeatureCollection",
    features: fc.features.map((f) => ({ type: "Feature", properties: {}, geometry: f.geometry })),
  };
}
