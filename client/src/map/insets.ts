/**
 * The off-map boxes (East Africa, the Far East) as inset panels, placed where regions.json
 * suggests, in world coordinates. Pure.
 */
import type { RegionMeta } from "@cs/assets/map";
import type { Box } from "./hit.ts";

export const INSET_W = 150;
export const INSET_H = 104;

export function insetBoxes(
  regions: readonly RegionMeta[],
  project: (p: readonly [number, number]) => [number, number],
  world: { width: number; height: number },
): Box[] {
  return regions
    .filter((r) => r.kind === "offmap")
    .map((r) => {
      const [cx, cy] = project(r.label);
      const x = Math.min(Math.max(cx - INSET_W / 2, 8), world.width - INSET_W - 8);
      const y = Math.min(Math.max(cy - INSET_H / 2, 8), world.height - INSET_H - 8);
      return { id: r.id, x, y, w: INSET_W, h: INSET_H };
    });
}
