/**
 * The off-map boxes (East Africa, the Far East) as inset panels in the corners of the plate,
 * as an atlas places its insets: the Far East top right (beyond Russia), East Africa bottom
 * right (beyond Suez). Any other box goes where regions.json suggests. Pure.
 */
import type { RegionMeta } from "@cs/assets/map";
import type { Box } from "./hit.ts";

export const INSET_W = 190;
export const INSET_H = 130;
const PAD = 26;

export function insetBoxes(
  regions: readonly RegionMeta[],
  project: (p: readonly [number, number]) => [number, number],
  world: { width: number; height: number },
): Box[] {
  const corner: Record<string, [number, number]> = {
    "far-east": [world.width - INSET_W - PAD, PAD],
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
