/**
 * The live layer over the baked atlas: highlights, selection, hover and treaty lines. Few
 * shapes, redrawn only when they change or the zoom does (line widths stay constant on screen).
 */
import type Phaser from "phaser";
import type { Rings } from "../geometry.ts";
import type { MapModel } from "../model.ts";
import type { LinkKind } from "../modes.ts";

const LINK_STYLE: Record<LinkKind, { color: number; width: number; dash: number }> = {
  alliance: { color: 0x7a2b22, width: 3, dash: 0 },
  guarantee: { color: 0x24476b, width: 2.4, dash: 10 },
  entente: { color: 0x3f6b3a, width: 2, dash: 0 },
  nonAggression: { color: 0x5b5346, width: 1.8, dash: 4 },
};
const SECRET = 0x6a3d7a;

function outline(g: Phaser.GameObjects.Graphics, rings: Rings) {
  for (const r of rings) {
    g.beginPath();
    g.moveTo(r[0] ?? 0, r[1] ?? 0);
    for (let i = 2; i < r.length; i += 2) g.lineTo(r[i] ?? 0, r[i + 1] ?? 0);
    g.closePath();
    g.strokePath();
  }
}

function fill(g: Phaser.GameObjects.Graphics, rings: Rings) {
  for (const r of rings) {
    const pts: Phaser.Math.Vector2[] = [];
    for (let i = 0; i < r.length; i += 2)
      pts.push({ x: r[i] ?? 0, y: r[i + 1] ?? 0 } as Phaser.Math.Vector2);
    g.fillPoints(pts, true);
  }
}

function ringsOf(model: MapModel, id: string): Rings | undefined {
  const s = model.geo.regions.get(id) ?? model.geo.seas.get(id);
  if (s) return s.rings;
  const b = model.insets.find((x) => x.id === id);
  if (!b) return undefined;
  return [Float32Array.from([b.x, b.y, b.x + b.w, b.y, b.x + b.w, b.y + b.h, b.x, b.y + b.h])];
}

/** A gentle arc between two anchors, sampled, drawn solid or dashed. */
function arc(
  g: Phaser.GameObjects.Graphics,
  from: [number, number],
  to: [number, number],
  dash: number,
) {
  const [mx, my] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const bow = 0.18;
  const [cx, cy] = [mx - dy * bow, my + dx * bow];
  const n = 32;
  const pts: Array<[number, number]> = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    pts.push([
      u * u * from[0] + 2 * u * t * cx + t * t * to[0],
      u * u * from[1] + 2 * u * t * cy + t * t * to[1],
    ]);
  }
  let run = 0;
  let on = true;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (!a || !b) continue;
    if (on) g.lineBetween(a[0], a[1], b[0], b[1]);
    run += Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (dash > 0 && run >= dash) {
      run = 0;
      on = !on;
    }
  }
}

export function drawOverlay(g: Phaser.GameObjects.Graphics, model: MapModel, zoom: number) {
  g.clear();
  const px = 1 / zoom;
  for (const id of model.highlighted) {
    const rings = ringsOf(model, id);
    if (!rings) continue;
    g.fillStyle(0xfff3c4, 0.35);
    fill(g, rings);
    g.lineStyle(3 * px, 0xb8860b, 0.95);
    outline(g, rings);
  }
  for (const l of model.links()) {
    const st = LINK_STYLE[l.kind];
    const seat = model.seat !== null && (l.a === model.seat || l.b === model.seat);
    const w = (seat ? st.width * 1.4 : st.width) * px;
    if (l.secret) {
      g.lineStyle(w + 4 * px, SECRET, 0.45);
      arc(g, l.from, l.to, 6 * px);
    }
    g.lineStyle(w, st.color, 0.9);
    arc(g, l.from, l.to, st.dash * px);
    g.fillStyle(st.color, 1);
    g.fillCircle(l.from[0], l.from[1], 3.5 * px);
    g.fillCircle(l.to[0], l.to[1], 3.5 * px);
  }
  drawMarks(g, model, px);
  if (model.hovered && model.hovered !== model.selected) {
    const rings = ringsOf(model, model.hovered);
    if (rings) {
      g.fillStyle(0xffffff, 0.18);
      fill(g, rings);
      g.lineStyle(2 * px, 0x3b3226, 0.8);
      outline(g, rings);
    }
  }
  if (model.selected) {
    const rings = ringsOf(model, model.selected);
    if (rings) {
      g.lineStyle(5 * px, 0xfff8e6, 0.9);
      outline(g, rings);
      g.lineStyle(2.5 * px, 0x1d1710, 1);
      outline(g, rings);
    }
  }
}

const WAR = 0xa3120c;
const ORDER = 0x2b2118;

/** An arrowhead at `to`, pointing away from `from`. */
function head(
  g: Phaser.GameObjects.Graphics,
  from: [number, number],
  to: [number, number],
  size: number,
) {
  const a = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const p = (d: number): Phaser.Math.Vector2 =>
    ({
      x: to[0] - size * Math.cos(a + d),
      y: to[1] - size * Math.sin(a + d),
    }) as Phaser.Math.Vector2;
  g.fillTriangle(to[0], to[1], p(0.45).x, p(0.45).y, p(-0.45).x, p(-0.45).y);
}

/** Wars (a red line, crossed at its middle), fronts (a red outline), the seat's orders (arrows). */
function drawMarks(g: Phaser.GameObjects.Graphics, model: MapModel, px: number) {
  const { wars, fronts, orders } = model.marks();
  for (const id of fronts) {
    const rings = ringsOf(model, id);
    if (!rings) continue;
    g.lineStyle(3.5 * px, WAR, 0.9);
    outline(g, rings);
  }
  for (const w of wars) {
    g.lineStyle(4 * px, WAR, 0.85);
    g.lineBetween(w.from[0], w.from[1], w.to[0], w.to[1]);
    const [mx, my] = [(w.from[0] + w.to[0]) / 2, (w.from[1] + w.to[1]) / 2];
    const k = 7 * px;
    g.lineStyle(3 * px, WAR, 1);
    g.lineBetween(mx - k, my - k, mx + k, my + k);
    g.lineBetween(mx - k, my + k, mx + k, my - k);
    g.fillStyle(WAR, 1);
    head(g, w.from, w.to, 12 * px);
  }
  for (const o of orders) {
    const color = o.hostile ? WAR : ORDER;
    g.lineStyle(2.5 * px, color, 0.9);
    arc(g, o.from, o.to, o.hostile ? 0 : 8 * px);
    g.fillStyle(color, 1);
    g.fillCircle(o.from[0], o.from[1], 3 * px);
    // The arc ends along the line from its control point (arc(): bow 0.18).
    const [dx, dy] = [o.to[0] - o.from[0], o.to[1] - o.from[1]];
    const ctrl: [number, number] = [
      (o.from[0] + o.to[0]) / 2 - dy * 0.18,
      (o.from[1] + o.to[1]) / 2 + dx * 0.18,
    ];
    head(g, ctrl, o.to, 10 * px);
  }
}
