import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { DeclaredLinks, RegionMeta, TerritoryMeta } from "../../map/types.ts";
import { MIN_SHARED_BORDER_KM, landAdjacency, sharedBorders } from "./adjacency.ts";
import { areaKm2, toRings } from "./geo.ts";
import { labelPoint } from "./label.ts";
import type { SeaPlan } from "./seas.ts";
import type { AreaGeometry, LocalName, LonLat, PlanRegion, Rings } from "./types.ts";

export interface OffmapPlan {
  id: string;
  name: LocalName;
  status: string;
  label: LonLat;
}

export interface MetadataInput {
  land: readonly PlanRegion[];
  seas: readonly SeaPlan[];
  offmap: readonly OffmapPlan[];
  shapes: ReadonlyMap<string, Rings>;
  topology: Topology;
  declared: DeclaredLinks;
}

/** Labels are placed on the shipped (simplified) shapes, so that they fall inside what is drawn. */
function shippedShapes(topo: Topology): Map<string, Rings> {
  const shapes = new Map<string, Rings>();
  for (const name of ["regions", "territories", "seas"]) {
    for (const f of feature(topo, topo.objects[name] as GeometryCollection).features) {
      shapes.set(String(f.id), toRings(f.geometry as AreaGeometry));
    }
  }
  return shapes;
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Declared links as a symmetric map, coasts included. */
export function declaredNeighbours(declared: DeclaredLinks): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    map.set(a, (map.get(a) ?? new Set()).add(b));
    map.set(b, (map.get(b) ?? new Set()).add(a));
  };
  for (const [sea, shore] of Object.entries(declared.coasts)) for (const id of shore) add(sea, id);
  for (const link of declared.links) add(link.a, link.b);
  return map;
}

/** Coasts seen in the geometry (a land shape sharing coast arcs with a sea zone). */
export function geometricCoasts(topo: Topology): Set<string> {
  const pairs = new Set<string>();
  for (const [key, km] of sharedBorders(topo, ["regions", "territories", "seas"])) {
    if (km > 0) pairs.add(key);
  }
  return pairs;
}

export function buildMetadata(input: MetadataInput): {
  regions: RegionMeta[];
  territories: TerritoryMeta[];
} {
  const geometric = landAdjacency(input.topology, ["regions", "territories"]);
  const declared = declaredNeighbours(input.declared);
  const seaIds = new Set(input.seas.map((s) => s.id));
  const neighbours = (id: string): string[] =>
    sorted([...(geometric.get(id) ?? []), ...(declared.get(id) ?? [])]);
  const coastalOf = (id: string): string[] => neighbours(id).filter((n) => seaIds.has(n));
  const shape = (id: string): Rings => {
    const rings = input.shapes.get(id);
    if (!rings) throw new Error(`no geometry for ${id}`);
    return rings;
  };
  const shipped = shippedShapes(input.topology);
  const label = (id: string): LonLat => labelPoint(shipped.get(id) ?? shape(id));
  const playable = new Set([
    ...input.land.filter((r) => r.kind === "land").map((r) => r.id),
    ...seaIds,
    ...input.offmap.map((b) => b.id),
  ]);
  const regions: RegionMeta[] = [];
  const territories: TerritoryMeta[] = [];
  for (const region of input.land) {
    const rings = shape(region.id);
    const common = {
      id: region.id,
      owner: region.owner,
      name: region.name,
      status: region.status,
      label: label(region.id),
      areaKm2: Math.round(areaKm2(rings)),
    };
    if (region.kind === "territory") {
      territories.push({
        ...common,
        kind: "territory",
        adjacent: neighbours(region.id),
        coastal: coastalOf(region.id),
      });
    } else {
      const adjacent = neighbours(region.id).filter((n) => playable.has(n));
      regions.push({
        ...common,
        kind: "land",
        capital: region.capital,
        adjacent,
        coastal: coastalOf(region.id),
      });
    }
  }
  for (const sea of input.seas) {
    const rings = shape(sea.id);
    const adjacent = neighbours(sea.id).filter((n) => playable.has(n));
    regions.push({
      id: sea.id,
      kind: "sea",
      owner: null,
      name: sea.name,
      status: null,
      capital: false,
      label: label(sea.id),
      adjacent,
      coastal: [],
      areaKm2: Math.round(areaKm2(rings)),
    });
  }
  for (const box of input.offmap) {
    const adjacent = neighbours(box.id).filter((n) => playable.has(n));
    regions.push({
      id: box.id,
      kind: "offmap",
      owner: null,
      name: box.name,
      status: box.status,
      capital: false,
      label: box.label,
      adjacent,
      coastal: [],
      areaKm2: 0,
    });
  }
  return { regions, territories };
}

export { MIN_SHARED_BORDER_KM };
