/**
 * Names on the map, as an atlas prints them: the states' names at every zoom (the great
 * powers larger), the key regions of the period's crises as one zooms in, every region's name
 * closer still. HTML over the canvas (text stays HTML: accessible, translatable, crisp), placed
 * from the camera on each change.
 */
import type { GameView } from "@cs/shared";
import { GAME_REGIONS, REGIONS, type RegionMeta } from "@cs/assets/map";
import type { View } from "./camera.ts";
import type { MapGeometry } from "./geometry.ts";

export interface LabelNames {
  power(id: string): string;
  region(id: string): string;
}

interface Label {
  el: HTMLElement;
  x: number;
  y: number;
  /** Shown from this zoom, relative to the least zoom (1 = the whole map). */
  from: number;
}

const KEY_REGIONS: ReadonlySet<string> = new Set(Object.values(GAME_REGIONS));
const LAND = REGIONS.filter((r) => r.kind === "land");

/** Zoom levels (relative to the least) at which each tier appears. */
export const LABEL_TIERS = { great: 1, state: 1.5, key: 2.2, region: 3.5 } as const;

/** Where a state's name goes: its capital region if it holds it, else its largest region. */
export function stateAnchors(view: GameView): Map<string, RegionMeta> {
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

  constructor(parent: HTMLElement, geo: MapGeometry) {
    this.geo = geo;
    this.layer = document.createElement("div");
    this.layer.className = "map-labels";
    this.layer.setAttribute("aria-hidden", "true");
    parent.append(this.layer);
  }

  /** Rebuild the names when the view (who holds what) or the language changed. */
  setView(view: GameView, names: LabelNames, great: (id: string) => boolean): void {
    const anchors = stateAnchors(view);
    const key = JSON.stringify([...anchors].map(([p, r]) => [p, r.id, names.power(p)]));
    if (key === this.key) return;
    this.key = key;
    this.labels = [];
    this.layer.replaceChildren();
    const add = (text: string, lonLat: readonly [number, number], cls: string, from: number) => {
      const [x, y] = this.geo.project(lonLat);
      const el = document.createElement("span");
      el.className = `map-label ${cls}`;
      el.textContent = text;
      this.layer.append(el);
      this.labels.push({ el, x, y, from });
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
        l.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
    }
  }

  destroy(): void {
    this.layer.remove();
  }
}
