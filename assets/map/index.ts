/**
 * The 1933 map: region metadata, typed, and where the geometry lives.
 * Import as `@cs/assets/map`; raw files are under `@cs/assets/map/*`.
 */
import links from "./links.json" with { type: "json" };
import regions from "./regions.json" with { type: "json" };
import territories from "./territories.json" with { type: "json" };
import type { DeclaredLinks, RegionMeta, TerritoryMeta } from "./types.ts";

export type { DeclaredLink, DeclaredLinks, LinkKind, RegionMeta, TerritoryMeta } from "./types.ts";

/** Land regions, sea zones and off-map boxes, in plan order. */
export const REGIONS: readonly RegionMeta[] = regions as RegionMeta[];

/** Minor territories (Gibraltar, Malta, Cyprus, the Dodecanese, Alexandretta): drawn, not playable. */
export const TERRITORIES: readonly TerritoryMeta[] = territories as TerritoryMeta[];

/** Straits, sea passages, routes to the off-map boxes and coasts, each with its reason. */
export const DECLARED_LINKS: DeclaredLinks = links as DeclaredLinks;

export const REGION_BY_ID: ReadonlyMap<string, RegionMeta> = new Map(REGIONS.map((r) => [r.id, r]));

/** File name of the TopoJSON (objects regions, seas, territories, coastline, lakes, rivers). */
export const TOPOJSON_FILE = "europe-1933.topojson";

/** URL of the TopoJSON: a file: URL under Node, an asset URL under Vite. */
export const TOPOJSON_URL: URL = new URL("./europe-1933.topojson", import.meta.url);

/**
 * The places game.md says must stand alone, by the name game.md uses, and the id of the
 * region (or off-map box) that stands for each.
 */
export const GAME_REGIONS = {
  Rhineland: "rhineland",
  Saar: "saar",
  Ruhr: "ruhr",
  "East Prussia": "east-prussia",
  Danzig: "danzig",
  "Polish Corridor": "polish-corridor",
  "Upper Silesia": "upper-silesia",
  Memel: "memel",
  Austria: "austria",
  Sudetenland: "sudetenland",
  "Bohemia-Moravia": "bohemia-moravia",
  Slovakia: "slovakia",
  "Carpatho-Ukraine": "carpatho-ukraine",
  Teschen: "teschen",
  Vilna: "vilna",
  "Eastern Galicia": "eastern-galicia",
  Bessarabia: "bessarabia",
  Estonia: "estonia",
  Latvia: "latvia",
  Lithuania: "lithuania",
  Albania: "albania",
  "Alsace-Lorraine": "alsace-lorraine",
  "Turkish Straits": "turkish-straits",
  // Spain, two sides once its civil war starts (game.md): the zones of July–October 1936.
  "Republican Spain": "spain-east",
  "Nationalist Spain": "spain-west",
  Ethiopia: "east-africa",
  "Far East": "far-east",
} as const satisfies Record<string, string>;
