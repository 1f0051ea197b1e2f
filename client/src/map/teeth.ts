/**
 * The fortification symbol of period maps: small triangles along a frontier, pointing away
 * from the fortified region (towards the neighbour it faces).
 */
import type { Rings } from "./geometry.ts";
import { inRings } from "./hit.ts";

export interface Tooth {
  base: [number, number, number, number];
  apex: [number, number];
}

/** Triangles every `step` units along the lines, `size` high, apex outside `inside`. */
export function toothGeometry(lines: Rings, inside: Rings, size: number, step: number): Tooth[] {
  const out: Tooth[] = [];
  for (const l of lines) {
    let carry = step / 2;
    for (let i = 0; i + 3 < l.length; i += 2) {
      const [x0, y0, x1, y1] = [l[i] ?? 0, l[i + 1] ?? 0, l[i + 2] ?? 0, l[i + 3] ?? 0];
      const len = Math.hypot(x1 - x0, y1 - y0);
      if (len === 0) continue;
      const [ux, uy] = [(x1 - x0) / len, (y1 - y0) / len];
      let t = carry;
      for (; t + size / 2 <= len; t += step) {
        const [mx, my] = [x0 + ux * t, y0 + uy * t];
        let [nx, ny] = [-uy, ux];
        if (inRings(inside, mx + nx * size, my + ny * size)) [nx, ny] = [-nx, -ny];
        const h = size / 2;
        out.push({
          base: [mx - ux * h, my - uy * h, mx + ux * h, my + uy * h],
          apex: [mx + nx * size, my + ny * size],
        });
      }
      carry = t - len;
    }
  }
  return out;
}

export function teeth(lines: Rings, inside: Rings, size: number, step: number): Path2D {
  const p = new Path2D();
  for (const t of toothGeometry(lines, inside, size, step)) {
    p.moveTo(t.base[0], t.base[1]);
    p.lineTo(t.apex[0], t.apex[1]);
    p.lineTo(t.base[2], t.base[3]);
    p.closePath();
  }
  return p;
}
