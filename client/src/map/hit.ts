/**
 * Which region lies under a world point: even-odd point-in-polygon over the projected rings,
 * prefiltered by bounding box. Land before territories before seas, so a click on a coast
 * picks the land.
 */
import type { Rings, Shape } from "./geometry.ts";

export function inRings(rings: Rings, x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = r[i] ?? 0;
      const yi = r[i + 1] ?? 0;
      const xj = r[j] ?? 0;
      const yj = r[j + 1] ?? 0;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export function hitTest(
  layers: ReadonlyArray<Iterable<Shape>>,
  boxes: readonly Box[],
  x: number,
  y: number,
): string | null {
  for (const b of boxes) if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return b.id;
  for (const layer of layers) {
    for (const s of layer) {
      const [x0, y0, x1, y1] = s.bbox;
      if (x < x0 || x > x1 || y < y0 || y > y1) continue;
      if (inRings(s.rings, x, y)) return s.id;
    }
  }
  return null;
}
