/** One land region, sea zone or off-map box of the 1933 map (assets/map/regions.json). */
export interface RegionMeta {
  /** Stable kebab-case id, used in scenario data, saves and logs. */
  id: string;
  kind: "land" | "sea" | "offmap";
  /** 1933 owner: ISO 3166 alpha-3, or SUN, CSK, YUG, DZG; null for seas and off-map boxes. */
  owner: string | null;
  name: { en: string; fr: string };
  /** Special status in 1933 (demilitarised, League-run…), or null. */
  status: string | null;
  capital: boolean;
  /** A point well inside the shape, [lon, lat]; for off-map boxes, where to draw the box. */
  label: [number, number];
  /** Land borders (from the geometry) and declared links (coasts, straits, routes), sorted. */
  adjacent: string[];
  /** Sea zones on the region's shore (land regions only; empty otherwise). */
  coastal: string[];
  /** Area on the sphere; 0 for off-map boxes. */
  areaKm2: number;
}

/** A minor territory: drawn in its owner's colour, not playable (assets/map/territories.json). */
export interface TerritoryMeta {
  id: string;
  kind: "territory";
  owner: string;
  name: { en: string; fr: string };
  status: string | null;
  label: [number, number];
  adjacent: string[];
  coastal: string[];
  areaKm2: number;
}

export type LinkKind = "strait" | "land" | "sea" | "route";

/** A link the geometry cannot show (assets/map/links.json). */
export interface DeclaredLink {
  a: string;
  b: string;
  kind: LinkKind;
  reason: string;
}

export interface DeclaredLinks {
  note: string;
  coasts: Record<string, string[]>;
  links: DeclaredLink[];
}
