/**
 * Pattern tiles for the baked map, drawn once per (kind, ink) on small canvases: the period
 * atlas conventions that carry meaning without colour.
 */
import type { Pattern } from "../map/style.ts";

const TILE = 16;
const cache = new Map<string, HTMLCanvasElement>();

function tile(kind: Pattern | "paper", ink: string): HTMLCanvasElement {
  const key = kind + ink;
  const hit = cache.get(key);
  if (hit) return hit;
  const c = document.createElement("canvas");
  c.width = c.height = kind === "paper" ? 128 : TILE;
  const g = c.getContext("2d");
  if (!g) return c;
  g.strokeStyle = ink;
  g.fillStyle = ink;
  g.lineCap = "square";
  const diag = (dir: 1 | -1) => {
    g.beginPath();
    for (let k = -TILE; k <= 2 * TILE; k += TILE / 2) {
      g.moveTo(k, dir > 0 ? 0 : TILE);
      g.lineTo(k + TILE, dir > 0 ? TILE : 0);
    }
    g.stroke();
  };
  switch (kind) {
    case "hatch":
      g.lineWidth = 1.6;
      g.globalAlpha = 0.55;
      diag(1);
      break;
    case "cross":
      g.lineWidth = 1.5;
      g.globalAlpha = 0.7;
      diag(1);
      diag(-1);
      break;
    case "stipple":
      g.globalAlpha = 0.6;
      for (const [x, y] of [
        [3, 3],
        [11, 7],
        [5, 12],
        [13, 14],
      ] as const) {
        g.beginPath();
        g.arc(x, y, 1.3, 0, Math.PI * 2);
        g.fill();
      }
      break;
    case "rules":
      g.lineWidth = 2;
      g.globalAlpha = 0.55;
      g.beginPath();
      g.moveTo(4, 0);
      g.lineTo(4, TILE);
      g.moveTo(12, 0);
      g.lineTo(12, TILE);
      g.stroke();
      break;
    case "paper": {
      // Deterministic grain (an LCG, not Math.random) so every screenshot is the same.
      // Black specks whose opacity is the darkness a grey grain would multiply in: drawn
      // source-over, they look the same as a multiply blend and cost far less to composite.
      const img = g.createImageData(c.width, c.height);
      let s = 1933;
      for (let i = 0; i < img.data.length; i += 4) {
        s = (s * 1664525 + 1013904223) >>> 0;
        const v = 200 + ((s >>> 24) % 56);
        img.data[i] = img.data[i + 1] = img.data[i + 2] = 0;
        img.data[i + 3] = 255 - v;
      }
      g.putImageData(img, 0, 0);
      break;
    }
  }
  cache.set(key, c);
  return c;
}

/** A repeating fill for a pattern kind in an ink, in the target context's user space. */
export function pattern(
  ctx: CanvasRenderingContext2D,
  kind: Pattern | "paper",
  ink = "#000000",
  scale = 0.5,
): CanvasPattern | null {
  const p = ctx.createPattern(tile(kind, ink), "repeat");
  p?.setTransform(new DOMMatrix().scale(scale));
  return p;
}
