/**
 * Names on the map, as an atlas prints them: the states' names at every zoom (the great
 * powers larger), the key regions of the period's crises as one zooms in, every region's name
 * closer still; the insets by the same rule, with their titles (inset-names.ts). HTML over the canvas (text stays HTML: accessible, translatable, crisp), placed
 * from the camera on each change.
 */
import type { GameView } from "@cs/shared";
import { GAME_REGIONS, REGIONS, type RegionMeta } from "@cs/assets/map";
import type { View } from "./camera.ts";
import type { MapGeometry } from "./geometry.ts";
import type { Box } from "./hit.ts";
import { FRAME_H, FRAME_W } from "./inset-draw.ts";
import { frameXY, INSET_NAMES } from "./inset-names.ts";

export interface LabelNames {
  power(id: string): string;
  region(id: string): string;
  /** A place in an inset (map.place.<id>): a colony, a mandate, a sea. */
  place(id: string): string;
}

interface Label {
  el: HTMLElement;
  x: number;
  y: number;
  /** Shown from this zoom, relative to the least zoom (1 = the whole map). */
  from: number;
  /** An inset's title hangs from its box's top left corner, not centred on its point. */
  corner?: boolean;
}

const KEY_REGIONS: ReadonlySet<string> = new Set(Object.values(GAME_REGIONS));
const LAND = REGIONS.filter((r) => r.kind === "land");

/** Zoom levels (relative to the least) at which each tier appears. */
const LABEL_TIERS = { great: 1, state: 1.5, key: 2.2, region: 3.5 } as const;

/** Where a state's name goes: its capital region if it holds it, else its largest region. */
function stateAnchors(view: GameView): Map<string, RegionMeta> {
  const out = new Map<string, RegionMeta>();
  for (const r of LAND) {
    const c = view.regions[r.id]?.controller;
    if (!c || !view.powers[c]?.alive) continue;
    const best = out.get(c);
    const rank = (x: RegionMeta) => (x.capital && x.owner === c ? 1e12 : 0) + x.areaKm2;
    if (!best || rank(r) > rank(best)) out.set(c, r);
  }
  return out;
}

export class MapLabels {
  readonly layer: HTMLElement;
  private labels: Label[] = [];
  private key = "";
  private readonly geo: MapGeometry;
  private readonly insets: readonly Box[];

  constructor(parent: HTMLElement, geo: MapGeometry, insets: readonly Box[] = []) {
    this.geo = geo;
    this.insets = insets;
    this.layer = document.createElement("div");
    this.layer.className = "map-labels";
    this.layer.setAttribute("aria-hidden", "true");
    parent.append(this.layer);
  }

  /** Rebuild the names when the view (who holds what) or the language changed. */
  setView(view: GameView, names: LabelNames, great: (id: string) => boolean): void {
    const anchors = stateAnchors(view);
    const key = JSON.stringify([
      [...anchors].map(([p, r]) => [p, r.id, names.power(p)]),
      names.region("far-east"),
    ]);
    if (key === this.key) return;
    this.key = key;
    this.labels = [];
    this.layer.replaceChildren();
    const put = (text: string, [x, y]: readonly [number, number], cls: string, from: number) => {
      const el = document.createElement("span");
      el.className = `map-label ${cls}`;
      el.textContent = text;
      this.layer.append(el);
      this.labels.push({
        el,
        x,
        y,
        from,
        ...(cls.includes("inset-title") ? { corner: true } : {}),
      });
    };
    // A name of the main plate whose point an inset covers is not printed over the inset.
    const covered = (x: number, y: number) =>
      this.insets.some((b) => x > b.x - 8 && x < b.x + b.w + 8 && y > b.y - 8 && y < b.y + b.h + 8);
    const add = (text: string, lonLat: readonly [number, number], cls: string, from: number) => {
      const p = this.geo.project(lonLat);
      if (!covered(p[0], p[1])) put(text, p, cls, from);
    };
    const stateRegions = new Set<string>();
    for (const [p, r] of anchors) {
      stateRegions.add(r.id);
      const g = great(p);
      add(
        names.power(p),
        r.label,
        g ? "state great" : "state",
        g ? LABEL_TIERS.great : LABEL_TIERS.state,
      );
    }
    for (const r of LAND) {
      if (stateRegions.has(r.id)) continue;
      const k = KEY_REGIONS.has(r.id);
      add(
        names.region(r.id),
        r.label,
        k ? "region key" : "region",
        k ? LABEL_TIERS.key : LABEL_TIERS.region,
      );
    }
    for (const b of this.insets) this.insetNames(b, names, put);
  }

  /** An inset's title at every zoom, and its places by the main map's tiers. */
  private insetNames(
    b: Box,
    names: LabelNames,
    put: (text: string, at: readonly [number, number], cls: string, from: number) => void,
  ): void {
    put(names.region(b.id), [b.x, b.y], "inset-title", LABEL_TIERS.great);
    for (const n of INSET_NAMES[b.id] ?? []) {
      const f = frameXY(b.id, n.at, FRAME_W, FRAME_H);
      if (!f) continue;
      const at = [b.x + (f[0] * b.w) / FRAME_W, b.y + (f[1] * b.h) / FRAME_H] as const;
      const text = n.power ? names.power(n.power) : names.place(n.place ?? "");
      const cls =
        n.tier === "great"
          ? "state great"
          : n.tier === "state"
            ? "state"
            : n.tier === "key"
              ? "region key"
              : "region";
      put(text, at, `${cls} inset${n.outline === null ? " sea" : ""}`, LABEL_TIERS[n.tier]);
    }
  }

  /** Place the names for the camera; `least` is the zoom at which the whole map shows. */
  place(v: View, screen: { width: number; height: number }, least: number): void {
    const level = v.zoom / least;
    this.layer.dataset["level"] = level.toFixed(2);
    for (const l of this.labels) {
      const x = (l.x - v.cx) * v.zoom + screen.width / 2;
      const y = (l.y - v.cy) * v.zoom + screen.height / 2;
      const show =
        level >= l.from && x > -50 && y > -20 && x < screen.width + 50 && y < screen.height + 20;
      l.el.hidden = !show;
      if (show)
        l.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) ${
          l.corner ? "translate(3px, 3px)" : "translate(-50%, -50%)"
        }`;
    }
  }

  destroy(): void {
    this.layer.remove();
  }
}
