import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { geoContains } from "d3-geo";
import type { Feature } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, test } from "vitest";
import { landAdjacency } from "../scripts/map/adjacency.ts";
import {
  DECLARED_LINKS,
  GAME_REGIONS,
  REGIONS,
  REGION_BY_ID,
  TERRITORIES,
  TOPOJSON_URL,
} from "./index.ts";

const topology = JSON.parse(readFileSync(TOPOJSON_URL, "utf8")) as Topology;
const objectOf = (name: string): GeometryCollection => topology.objects[name] as GeometryCollection;
const idsOf = (name: string): string[] =>
  objectOf(name)
    .geometries.map((g) => String(g.id))
    .sort();
const byKind = (kind: string): string[] =>
  REGIONS.filter((r) => r.kind === kind)
    .map((r) => r.id)
    .sort();
const kb = (file: string): number =>
  statSync(fileURLToPath(new URL(file, import.meta.url))).size / 1024;

describe("regions", () => {
  test("55–75 playable land regions, ten sea zones, two off-map boxes", () => {
    expect(byKind("land").length).toBeGreaterThanOrEqual(55);
    expect(byKind("land").length).toBeLessThanOrEqual(75);
    expect(byKind("sea")).toHaveLength(10);
    expect(byKind("offmap")).toEqual(["east-africa", "far-east"]);
  });

  test.each(Object.entries(GAME_REGIONS))("game.md's %s stands alone as %s", (_name, id) => {
    const region = REGION_BY_ID.get(id);
    expect(region).toBeDefined();
    const ids = Object.values(GAME_REGIONS);
    expect(ids.filter((other) => other === id)).toHaveLength(1);
    if (region?.kind === "land") expect(idsOf("regions")).toContain(id);
    else expect(region?.kind).toBe("offmap");
  });

  test("ids are unique kebab-case and owners are 1933 codes", () => {
    const ids = [...REGIONS, ...TERRITORIES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const r of REGIONS.filter((r) => r.kind === "land")) expect(r.owner).toMatch(/^[A-Z]{3}$/);
  });

  test("the TopoJSON holds exactly the land regions, sea zones and territories", () => {
    expect(idsOf("regions")).toEqual(byKind("land"));
    expect(idsOf("seas")).toEqual(byKind("sea"));
    expect(idsOf("territories")).toEqual(TERRITORIES.map((t) => t.id).sort());
  });

  test("every label lies inside its own shape", () => {
    for (const name of ["regions", "seas", "territories"]) {
      for (const f of feature(topology, objectOf(name)).features as Feature[]) {
        const meta = REGION_BY_ID.get(String(f.id)) ?? TERRITORIES.find((t) => t.id === f.id);
        expect(meta, String(f.id)).toBeDefined();
        expect(geoContains(f, meta?.label ?? [0, 0]), String(f.id)).toBe(true);
      }
    }
  });
});

describe("adjacency", () => {
  const playable = new Set(REGIONS.map((r) => r.id));
  const expected = new Map<string, Set<string>>(REGIONS.map((r) => [r.id, new Set<string>()]));
  const link = (a: string, b: string): void => {
    if (!playable.has(a) || !playable.has(b)) return; // territories are not in REGIONS
    expected.get(a)?.add(b);
    expected.get(b)?.add(a);
  };
  for (const [a, neighbours] of landAdjacency(topology, ["regions"]))
    for (const b of neighbours) link(a, b);
  for (const { a, b } of DECLARED_LINKS.links) link(a, b);
  for (const [sea, shore] of Object.entries(DECLARED_LINKS.coasts))
    for (const id of shore) link(sea, id);

  test("equals shared borders in the geometry plus declared links, both ways", () => {
    for (const r of REGIONS)
      expect(r.adjacent, r.id).toEqual([...(expected.get(r.id) ?? [])].sort());
  });

  test("is symmetric", () => {
    for (const r of REGIONS) {
      for (const other of r.adjacent)
        expect(REGION_BY_ID.get(other)?.adjacent, `${r.id}–${other}`).toContain(r.id);
    }
  });

  test("declared links name known places", () => {
    const known = new Set([...playable, ...TERRITORIES.map((t) => t.id)]);
    for (const { a, b } of DECLARED_LINKS.links)
      expect([known.has(a), known.has(b)], `${a}–${b}`).toEqual([true, true]);
    for (const [sea, shore] of Object.entries(DECLARED_LINKS.coasts)) {
      expect(REGION_BY_ID.get(sea)?.kind).toBe("sea");
      for (const id of shore) expect(known.has(id), id).toBe(true);
    }
  });

  test("coastal lists the sea zones a land region touches", () => {
    for (const r of REGIONS.filter((r) => r.kind === "land")) {
      expect(r.coastal).toEqual(r.adjacent.filter((id) => REGION_BY_ID.get(id)?.kind === "sea"));
    }
  });

  test("every sea zone and box is reachable by sea from the Atlantic", () => {
    const seen = new Set(["atlantic"]);
    const queue = ["atlantic"];
    for (let id = queue.shift(); id; id = queue.shift()) {
      for (const next of REGION_BY_ID.get(id)?.adjacent ?? []) {
        if (REGION_BY_ID.get(next)?.kind === "land" || seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual([...byKind("sea"), ...byKind("offmap")].sort());
  });

  // The 1933 borders the period turns on (region plan, section 4).
  const owned = (owner: string): string[] =>
    REGIONS.filter((r) => r.owner === owner).map((r) => r.id);
  const borders = (a: string, b: string): boolean =>
    owned(a).some((id) => REGION_BY_ID.get(id)?.adjacent.some((n) => owned(b).includes(n)));
  test.each([
    ["SUN", "CSK", false],
    ["SUN", "LTU", false],
    ["SUN", "DEU", false],
    ["SUN", "NOR", false],
    ["HUN", "POL", false],
    ["DEU", "ITA", false],
    ["DEU", "HUN", false],
    ["ROU", "CSK", true],
    ["ROU", "POL", true],
    ["SUN", "FIN", true],
    ["SUN", "LVA", true],
    ["POL", "LVA", true],
    ["DZG", "DEU", true],
  ] as const)("%s borders %s: %s", (a, b, yes) => {
    expect(borders(a, b)).toBe(yes);
  });

  test("East Prussia is an exclave and Bulgaria has no Aegean coast", () => {
    const ep = REGION_BY_ID.get("east-prussia")?.adjacent ?? [];
    expect(ep.filter((id) => REGION_BY_ID.get(id)?.owner === "DEU")).toEqual([]);
    expect(REGION_BY_ID.get("bulgaria")?.coastal).toEqual(["black-sea"]);
    expect(REGION_BY_ID.get("finland")?.coastal).toContain("arctic");
  });
});

describe("files", () => {
  test("stay small enough to ship to a browser", () => {
    expect(kb("europe-1933.topojson")).toBeLessThan(400);
    expect(kb("regions.json")).toBeLessThan(100);
  });
});
