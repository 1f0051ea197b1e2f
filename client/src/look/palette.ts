/**
 * The atlas palette: muted lithograph tints per power (not flags), paper, sea and ink.
 * Chosen so that powers sharing a 1933 border, and every pair of the great powers (whose
 * borders move in play), stay apart for normal, protan, deutan and tritan vision
 * (palette.test.ts checks it); patterns carry meaning as well as colour.
 */
export const PAPER = "#efe7d4";
export const PAPER_DARK = "#ddd0b4";
export const SEA = "#cfdcdf";
export const SEA_LINE = "#9fb6bd";
export const INK = "#3b3226";
export const INK_SOFT = "#6b5d4a";
export const RIVER = "#7f9fb0";
const UNCLAIMED = "#e4dccb";

/** Tint per power id (1933 owners in assets/map/regions.json, and the powers off the map). */
export const POWER_TINT: Readonly<Record<string, string>> = {
  GBR: "#efc2b6", // the imperial pink of British atlases
  FRA: "#beb3d7",
  DEU: "#a29c8d",
  ITA: "#aec692",
  SUN: "#c18e6b",
  POL: "#ead898",
  CSK: "#8bb7b8",
  YUG: "#cdaeb9",
  AUT: "#eadcbe",
  ROU: "#a7deb4",
  HUN: "#cdbcdd",
  BGR: "#d1a888",
  GRC: "#ebd8ad",
  ALB: "#cdbcdd",
  TUR: "#d1b0be",
  LVA: "#c6aba1",
  LTU: "#c5c69a",
  EST: "#efe3b2",
  FIN: "#f5be99",
  SWE: "#91a695",
  NOR: "#dec2b8",
  DNK: "#eacbab",
  DZG: "#d0ab71",
  BEL: "#debe96",
  NLD: "#f2e4b9",
  LUX: "#b8cfc6",
  CHE: "#cfb1b9",
  ESP: "#c2a37f",
  PRT: "#cfcea7",
  IRL: "#89a890",
  JPN: "#dea2a7",
  ETH: "#d1dc9e",
  USA: "#c4d4e2",
};

const FALLBACK = ["#d3c9a8", "#b5a3a0", "#a8c8c2", "#dcae7e", "#c4b0e0", "#b9bd8a"];

/** The tint of a power; a stable fallback for a power the palette does not name. */
export function tintOf(power: string | null | undefined): string {
  if (!power) return UNCLAIMED;
  const known = POWER_TINT[power];
  if (known) return known;
  let h = 0;
  for (const ch of power) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK[h % FALLBACK.length] ?? UNCLAIMED;
}

/** A darker ink of the same hue, for hatching, claim dots and borders drawn in a power's colour. */
export function inkOf(power: string | null | undefined, factor = 0.55): string {
  const hex = tintOf(power).slice(1);
  const n = Number.parseInt(hex, 16);
  const ch = (s: number) =>
    Math.round(((n >> s) & 255) * factor)
      .toString(16)
      .padStart(2, "0");
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** Mode colours: alliances, reach and League sanctions. */
export const MODE = {
  muted: "#e6dfcf",
  reach: "#7da07a",
  sanctioned: "#b5544a",
  applying: "#5f7fa8",
  refusing: "#c9a24a",
  seat: "#3b3226",
} as const;
