import { writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { geoAzimuthalEqualArea, geoPath } from "d3-geo";
import type { FeatureCollection, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { RegionMeta } from "../../map/types.ts";

const WIDTH = 1800;
const HEIGHT = 1500;

/** Colours by 1933 owner, loosely after period atlases; anything else is grey-beige. */
const OWNER_COLOURS: Record<string, string> = {
  DEU: "#8c8c8c",
  FRA: "#6f8fd8",
  GBR: "#d46a6a",
  ITA: "#7fbf7f",
  SUN: "#c0504d",
  POL: "#e3b3d9",
  CSK: "#9fd3c7",
  ROU: "#e8d36b",
  AUT: "#d9b38c",
  HUN: "#b5a36b",
  YUG: "#a3b8e0",
  DZG: "#f2a65a",
  TUR: "#c9a67a",
  ESP: "#e6c15c",
  LTU: "#c6e07a",
  LVA: "#b38fd9",
  EST: "#7fc4d9",
  FIN: "#e0e0ff",
  GRC: "#8fc1e3",
  BGR: "#9bc48a",
  ALB: "#d98c8c",
  SWE: "#f0e68c",
  NOR: "#e6a0a0",
  DNK: "#f5b7a0",
};

function colour(owner: string | null | undefined): string {
  return (owner && OWNER_COLOURS[owner]) ?? "#e6dcc3";
}

function object(topo: Topology, name: string): GeometryCollection {
  const o = topo.objects[name] as GeometryCollection | undefined;
  if (!o) throw new Error(`topology: no object '${name}'`);
  return o;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

/** A picture for humans: owners' colours, state borders in black, region borders in white. */
export function renderPreview(
  topo: Topology,
  regions: readonly RegionMeta[],
  path: string,
  focus?: [number, number, number, number],
): void {
  const regionShapes = feature(topo, object(topo, "regions")) as FeatureCollection;
  const frame: GeoJSON.GeoJSON = focus
    ? {
        type: "MultiPoint",
        coordinates: [
          [focus[0], focus[1]],
          [focus[2], focus[3]],
        ],
      }
    : regionShapes;
  const projection = geoAzimuthalEqualArea()
    .rotate(focus ? [-(focus[0] + focus[2]) / 2, -(focus[1] + focus[3]) / 2] : [-15, -52])
    .fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      frame,
    );
  const draw = geoPath(projection);
  const owners = new Map(regions.map((r) => [r.id, r.owner]));
  const parts: string[] = [];
  const layer = (name: string, fill: (id: string, owner: string | undefined) => string): void => {
    for (const f of (feature(topo, object(topo, name)) as FeatureCollection).features) {
      const owner = (f.properties as { owner?: string } | null)?.owner;
      parts.push(`<path d="${draw(f) ?? ""}" fill="${fill(String(f.id), owner)}"/>`);
    }
  };
  layer("seas", (_id) => "#cfe3f0");
  layer("regions", (_id, owner) => colour(owner));
  layer("territories", (_id, owner) => colour(owner));
  layer("lakes", () => "#a9cbe3");
  const line = (geometry: MultiLineString, stroke: string, width: number): void => {
    parts.push(
      `<path d="${draw(geometry) ?? ""}" fill="none" stroke="${stroke}" stroke-width="${width}"/>`,
    );
  };
  line(mesh(topo, object(topo, "rivers")), "#6fa3cc", 0.6);
  line(
    mesh(topo, object(topo, "seas"), (a, b) => a !== b),
    "#8fb5d0",
    0.8,
  );
  const regionsObject = object(topo, "regions");
  line(
    mesh(
      topo,
      regionsObject,
      (a, b) => a !== b && owners.get(String(a.id)) === owners.get(String(b.id)),
    ),
    "#ffffff",
    0.8,
  );
  line(
    mesh(
      topo,
      regionsObject,
      (a, b) => a !== b && owners.get(String(a.id)) !== owners.get(String(b.id)),
    ),
    "#000000",
    1.2,
  );
  line(mesh(topo, object(topo, "coastline")), "#4d6b80", 0.6);
  for (const r of regions) {
    const [x, y] = projection(r.label) ?? [0, 0];
    const style =
      r.kind === "land"
        ? 'font-size="10" fill="#000"'
        : 'font-size="12" fill="#24506e" font-style="italic"';
    parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="1.5" fill="#000"/>`);
    parts.push(
      `<text x="${x.toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle" font-family="DejaVu Sans" ${style}>${escapeXml(r.id)}</text>`,
    );
  }
  // Clip to the canvas: a focused view projects the rest of Europe far outside it.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="#f4f1ea"/>${parts.join("")}</svg>`;
  const png = new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
  writeFileSync(path, png);
}
