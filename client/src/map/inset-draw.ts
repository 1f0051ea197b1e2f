/**
 * The off-map boxes drawn as small atlas insets: the Horn of Africa round Ethiopia, the Far
 * East from Baikal to Japan. The box's own country (Ethiopia; China) takes the box region's
 * look — its controller's tint and its patterns, so a conquest or sanctions show there as on
 * the main plate; the others are tinted, paler, by their 1933 master (Italy's colonies,
 * Japan's empire with Manchukuo, the British and French possessions). Outlines:
 * inset-outlines.json.
 */
import { INK, PAPER, PAPER_DARK, SEA, tintOf } from "../look/palette.ts";
import { pattern } from "../look/patterns.ts";
import type { Box } from "./hit.ts";
import type { RegionLook } from "./style.ts";
import { mix } from "./style.ts";

interface Outline {
  name: string;
  /** "subject" for the box's own country, a power code, or null (drawn as plain land). */
  master: string | null;
  rings: number[][];
}
export type InsetOutlines = Record<string, Outline[]>;
/**
 * Fetched as data beside the TopoJSON (index.ts), not bundled: 9 KB of coordinates have no
 * business in the JavaScript budget. Empty until then, when the boxes are plain panels.
 */
let OUTLINES: InsetOutlines = {};
export function setInsetOutlines(data: InsetOutlines): void {
  OUTLINES = data;
  paths.clear();
}
/** The frame the outlines were projected into (see client/scripts/inset-outlines.ts). */
export const FRAME_W = 190;
export const FRAME_H = 130;

function path(rings: number[][]): Path2D {
  const p = new Path2D();
  for (const r of rings) {
    p.moveTo(r[0] ?? 0, r[1] ?? 0);
    for (let i = 2; i < r.length; i += 2) p.lineTo(r[i] ?? 0, r[i + 1] ?? 0);
    p.closePath();
  }
  return p;
}

const paths = new Map<string, Path2D[]>();
function pathsOf(id: string): Path2D[] {
  const hit = paths.get(id);
  if (hit) return hit;
  const made = (OUTLINES[id] ?? []).map((o) => path(o.rings));
  paths.set(id, made);
  return made;
}

export function drawInset(g: CanvasRenderingContext2D, b: Box, look: RegionLook | undefined) {
  g.fillStyle = PAPER;
  g.fillRect(b.x - 4, b.y - 4, b.w + 8, b.h + 8);
  const shapes = OUTLINES[b.id];
  g.save();
  g.beginPath();
  g.rect(b.x, b.y, b.w, b.h);
  g.clip();
  if (!shapes) {
    // A box with no outline: its look, as a plain panel.
    g.fillStyle = look?.fill ?? PAPER_DARK;
    g.fillRect(b.x, b.y, b.w, b.h);
  } else {
    g.fillStyle = SEA;
    g.fillRect(b.x, b.y, b.w, b.h);
    g.translate(b.x, b.y);
    g.scale(b.w / FRAME_W, b.h / FRAME_H);
    const all = pathsOf(b.id);
    shapes.forEach((s, i) => {
      const p = all[i];
      if (!p) return;
      const subject = s.master === "subject";
      g.fillStyle = subject
        ? (look?.fill ?? PAPER_DARK)
        : s.master
          ? mix(tintOf(s.master), PAPER, 0.45)
          : PAPER_DARK;
      g.fill(p);
      if (subject)
        for (const pt of look?.patterns ?? []) {
          g.fillStyle = pattern(g, pt.kind, pt.ink) ?? INK;
          g.fill(p);
        }
    });
    g.lineJoin = "round";
    g.strokeStyle = INK;
    g.globalAlpha = 0.55;
    g.lineWidth = 0.35;
    for (const p of all) g.stroke(p);
    // The box's own country in a firmer line, so the eye finds it first.
    g.globalAlpha = 1;
    g.lineWidth = 0.9;
    shapes.forEach((s, i) => {
      const p = all[i];
      if (p && s.master === "subject") g.stroke(p);
    });
  }
  g.restore();
  g.strokeStyle = INK;
  g.lineWidth = 1.4;
  g.strokeRect(b.x - 4, b.y - 4, b.w + 8, b.h + 8);
  g.lineWidth = 0.6;
  g.strokeRect(b.x, b.y, b.w, b.h);
}
