/**
 * The off-map boxes (East Africa, the Far East) as inset panels in the corners of the plate,
 * as an atlas places its insets where the sheet has room: East Africa bottom right (beyond
 * Suez), the Far East top left, on the paper beyond the Atlantic (top right, beyond Russia, the
 * map's legend covers it). Any other box goes where regions.json suggests. Pure.
 */
import type { RegionMeta } from "@cs/assets/map";
import type { Box } from "./hit.ts";

/**
 * Twice the frame the outlines were drawn in (190 × 130): at 1366×768 zoomed right out the
 * map area is 875 px wide and shows about 0.44 px per world unit, so an inset reads at about
 * 170 × 115 px (it was 85 × 57, too small to read a name or aim a click).
 */
const INSET_W = 380;
const INSET_H = 260;
// Room for the frame (4) and the 27 world units a 1366×768 screen crops zoomed right out.
const PAD = 40;

export function insetBoxes(
  regions: readonly RegionMeta[],
  project: (p: readonly [number, number]) => [number, number],
  world: { width: number; height: number },
): Box[] {
  const corner: Record<string, [number, number]> = {
    "far-east": [PAD, PAD],
    "east-africa": [world.width - INSET_W - PAD, world.height - INSET_H - PAD],
  };
  return regions
    .filter((r) => r.kind === "offmap")
    .map((r) => {
      const [cx, cy] = project(r.label);
      const [x, y] = corner[r.id] ?? [
        Math.min(Math.max(cx - INSET_W / 2, PAD), world.width - INSET_W - PAD),
        Math.min(Math.max(cy - INSET_H / 2, PAD), world.height - INSET_H - PAD),
      ];
      return { id: r.id, x, y, w: INSET_W, h: INSET_H };
    });
}
