/**
 * Paints the static atlas into a canvas once per change of looks: paper, sea with graticule
 * and water-lining, land tints, patterns, frontier ribbons, rivers, coasts, claims,
 * fortifications and the inset boxes. Phaser shows the canvas as one texture, so pan and zoom
 * never re-tessellate the geometry.
 */
import type { TerritoryMeta } from "@cs/assets/map";
import {
  INK,
  INK_SOFT,
  PAPER,
  PAPER_DARK,
  RIVER,
  SEA,
  SEA_LINE,
  inkOf,
  tintOf,
} from "../look/palette.ts";
import { pattern } from "../look/patterns.ts";
import type { MapGeometry, Rings } from "./geometry.ts";
import type { Box } from "./hit.ts";
import type { RegionLook } from "./style.ts";
import { teeth } from "./teeth.ts";
import { drawInset } from "./inset-draw.ts";

const paths = new WeakMap<Rings, Path2D>();

/** One Path2D per ring set, cached: the geometry never changes. */
function pathOf(rings: Rings, closed = true): Path2D {
  const hit = paths.get(rings);
  if (hit) return hit;
  const p = new Path2D();
  for (const r of rings) {
    p.moveTo(r[0] ?? 0, r[1] ?? 0);
    for (let i = 2; i < r.length; i += 2) p.lineTo(r[i] ?? 0, r[i + 1] ?? 0);
    if (closed) p.closePath();
  }
  paths.set(rings, p);
  return p;
}

const coarsened = new WeakMap<Rings, Map<number, Rings>>();

/** Lines thinned to points `step` world units apart (Manhattan), for strokes too wide to show more. */
function coarse(rings: Rings, step = 1.2): Rings {
  const byStep = coarsened.get(rings) ?? new Map<number, Rings>();
  coarsened.set(rings, byStep);
  const hit = byStep.get(step);
  if (hit) return hit;
  const out: Rings = [];
  for (const r of rings) {
    const keep: number[] = [r[0] ?? 0, r[1] ?? 0];
    let [px, py] = [r[0] ?? 0, r[1] ?? 0];
    for (let i = 2; i < r.length; i += 2) {
      const x = r[i] ?? 0;
      const y = r[i + 1] ?? 0;
      const last = i === r.length - 2;
      if (!last && Math.abs(x - px) + Math.abs(y - py) < step) continue;
      keep.push(x, y);
      [px, py] = [x, y];
    }
    if (keep.length >= 4) out.push(Float32Array.from(keep));
  }
  byStep.set(step, out);
  return out;
}

const seaLayers = new WeakMap<MapGeometry, HTMLCanvasElement>();

/**
 * The engraving of the sea: a faint graticule, and water-lining — concentric strokes along
 * the coast, fading out to sea. Drawn once, at half the atlas's resolution (soft lines lose
 * nothing), over a transparent layer cut to the sea by `destination-in` rather than by a
 * clip: a clip to every coast over the full atlas was most of the bake's time.
 */
function seaLayer(geo: MapGeometry, scale: number, seaPath: Path2D): HTMLCanvasElement {
  const hit = seaLayers.get(geo);
  if (hit) return hit;
  const k = scale / 2;
  const c = document.createElement("canvas");
  c.width = Math.round(geo.width * k);
  c.height = Math.round(geo.height * k);
  const g = c.getContext("2d");
  if (!g) return c;
  g.setTransform(k, 0, 0, k, 0, 0);
  g.lineJoin = "round";
  g.lineCap = "round";
  g.strokeStyle = SEA_LINE;
  g.globalAlpha = 0.45;
  g.lineWidth = 0.5;
  g.stroke(pathOf(geo.graticule, false));
  // A stroke this wide needs no detail finer than a third of its width.
  for (const [w, a] of [
    [13, 0.12],
    [8, 0.2],
    [4, 0.32],
  ] as const) {
    const coast = pathOf(coarse(geo.coastline, w / 3), false);
    g.globalAlpha = a;
    g.lineWidth = w;
    g.strokeStyle = SEA_LINE;
    g.stroke(coast);
    g.globalAlpha = 1;
    g.lineWidth = w - 1.6;
    g.strokeStyle = SEA;
    g.stroke(coast);
  }
  g.globalAlpha = 1;
  g.globalCompositeOperation = "destination-in";
  g.fillStyle = "#000";
  g.fill(seaPath);
  seaLayers.set(geo, c);
  return c;
}

export interface BakeInput {
  geo: MapGeometry;
  looks: ReadonlyMap<string, RegionLook>;
  territories: readonly TerritoryMeta[];
  insets: readonly Box[];
  scale: number;
}

export function bake(canvas: HTMLCanvasElement, input: BakeInput): void {
  const { geo, looks, scale } = input;
  canvas.width = Math.round(geo.width * scale);
  canvas.height = Math.round(geo.height * scale);
  const g = canvas.getContext("2d");
  if (!g) return;
  g.setTransform(scale, 0, 0, scale, 0, 0);
  g.lineJoin = "round";
  g.lineCap = "round";

  // Paper, then the sea zones.
  g.fillStyle = PAPER;
  g.fillRect(0, 0, geo.width, geo.height);
  const seaPath = new Path2D();
  for (const s of geo.seas.values()) seaPath.addPath(pathOf(s.rings));
  g.fillStyle = SEA;
  g.fill(seaPath);

  // Graticule and water-lining, from a cached layer (they never change).
  g.drawImage(seaLayer(geo, scale, seaPath), 0, 0, geo.width, geo.height);
  const coast = pathOf(geo.coastline, false);

  // Sea-zone limits: fine dashes.
  g.save();
  g.setLineDash([4, 4]);
  g.strokeStyle = SEA_LINE;
  g.lineWidth = 0.7;
  for (const s of geo.seas.values()) g.stroke(pathOf(s.rings));
  g.restore();

  // Land tints and minor territories.
  for (const [id, shape] of geo.regions) {
    g.fillStyle = looks.get(id)?.fill ?? PAPER_DARK;
    g.fill(pathOf(shape.rings));
  }
  for (const t of input.territories) {
    const shape = geo.territories.get(t.id);
    if (!shape) continue;
    g.fillStyle = tintOf(t.owner);
    g.fill(pathOf(shape.rings));
  }

  // Paper grain, as ink on rag paper.
  g.save();
  g.globalAlpha = 0.12;
  g.fillStyle = pattern(g, "paper", "#000", 0.6) ?? PAPER;
  g.fillRect(0, 0, geo.width, geo.height);
  g.restore();

  // Patterns that carry meaning.
  for (const [id, shape] of geo.regions) {
    const look = looks.get(id);
    if (!look || look.patterns.length === 0) continue;
    for (const p of look.patterns) {
      g.fillStyle = pattern(g, p.kind, p.ink) ?? INK;
      g.fill(pathOf(shape.rings));
    }
  }

  // Frontier ribbons: a band of each state's ink just inside its frontiers.
  const ctl = (id: string) => looks.get(id)?.controller ?? null;
  for (const [id, shape] of geo.regions) {
    const c = ctl(id);
    const frontier = new Path2D();
    for (const b of geo.borders)
      if ((b.a === id || b.b === id) && ctl(b.a) !== ctl(b.b))
        frontier.addPath(pathOf(b.lines, false));
    g.save();
    g.clip(pathOf(shape.rings));
    g.globalAlpha = 0.35;
    g.strokeStyle = inkOf(c, 0.75);
    g.lineWidth = 7;
    g.stroke(frontier);
    g.restore();
  }

  // Lakes and rivers.
  g.fillStyle = SEA;
  g.strokeStyle = SEA_LINE;
  g.lineWidth = 0.5;
  const lakes = pathOf(geo.lakes);
  g.fill(lakes);
  g.stroke(lakes);
  g.globalAlpha = 0.55;
  g.strokeStyle = RIVER;
  g.lineWidth = 0.7;
  g.stroke(pathOf(geo.rivers, false));
  g.globalAlpha = 1;

  // Borders: provinces in fine dashes, frontiers in ink.
  for (const b of geo.borders) {
    const frontier = ctl(b.a) !== ctl(b.b);
    g.setLineDash(frontier ? [] : [3, 2.5]);
    g.strokeStyle = frontier ? INK : INK_SOFT;
    g.globalAlpha = frontier ? 0.9 : 0.45;
    g.lineWidth = frontier ? 1.1 : 0.55;
    g.stroke(pathOf(b.lines, false));
  }
  g.setLineDash([]);
  g.globalAlpha = 1;
  g.strokeStyle = INK;
  g.lineWidth = 0.7;
  g.stroke(coast);
  for (const t of geo.territories.values()) g.stroke(pathOf(t.rings));

  // Fortifications: a toothed line on the frontiers, teeth towards the neighbour.
  for (const [id, shape] of geo.regions) {
    const level = looks.get(id)?.fort ?? 0;
    if (level < 1) continue;
    g.fillStyle = INK;
    g.strokeStyle = INK;
    g.lineWidth = 1.2;
    for (const b of geo.borders) {
      if ((b.a !== id && b.b !== id) || ctl(b.a) === ctl(b.b)) continue;
      const t = teeth(b.lines, shape.rings, 2 + level * 0.6, 12 - level);
      g.fill(t);
    }
  }

  // Claims: a dotted line just inside the claimed region, in the claimant's ink.
  for (const [id, shape] of geo.regions) {
    const look = looks.get(id);
    if (!look || look.claims.length === 0) continue;
    g.save();
    g.clip(pathOf(shape.rings));
    look.claims.forEach((c, i) => {
      g.setLineDash([0.1, 4.5]);
      g.lineDashOffset = i * 2;
      g.strokeStyle = inkOf(c, 0.5);
      g.lineWidth = 3.2 - i * 0.6;
      g.stroke(pathOf(shape.rings));
    });
    g.restore();
  }
  g.setLineDash([]);

  insets(g, input);
  neatline(g, geo.width, geo.height);
}

function insets(g: CanvasRenderingContext2D, { insets: boxes, looks }: BakeInput) {
  for (const b of boxes) drawInset(g, b, looks.get(b.id));
}

/** The double rule round an atlas plate. */
function neatline(g: CanvasRenderingContext2D, w: number, h: number) {
  g.strokeStyle = INK;
  g.lineWidth = 2.2;
  g.strokeRect(5, 5, w - 10, h - 10);
  g.lineWidth = 0.6;
  g.strokeRect(10, 10, w - 20, h - 20);
}
