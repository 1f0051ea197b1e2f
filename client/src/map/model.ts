/**
 * The map's state outside Phaser: the current view, mode, seat, selection and highlights, the
 * looks derived from them, and the baked canvas. The scene reads it; the handle writes it.
 */
import type { Ctx, GameView } from "@cs/shared";
import { REGIONS, TERRITORIES } from "@cs/assets/map";
import { bake } from "./bake.ts";
import type { MapGeometry } from "./geometry.ts";
import { hitTest, type Box } from "./hit.ts";
import { insetBoxes } from "./insets.ts";
import { anchorRegion, treatyLinks, type MapMode, type TreatyLink } from "./modes.ts";
import { frontRegions, orderMarks, warMarks } from "./marks.ts";
import { looksKey, regionLooks, type RegionLook } from "./style.ts";

export type MapEvent = "select" | "hover";

export class MapModel {
  readonly geo: MapGeometry;
  readonly insets: Box[];
  readonly canvas: HTMLCanvasElement;
  readonly scale: number;
  view: GameView | null = null;
  seat: string | null = null;
  /** The match's compiled scenario, when the host gave it: reach then comes from the engine. */
  ctx: Ctx | null = null;
  mode: MapMode = "political";
  selected: string | null = null;
  hovered: string | null = null;
  highlighted: readonly string[] = [];
  looks = new Map<string, RegionLook>();
  /** Bumped whenever the overlay (selection, hover, highlights, links) must be redrawn. */
  overlayVersion = 0;
  /** Set by the handle; the scene re-derives (and maybe re-bakes) once on its next frame. */
  dirty = false;
  private key = "";
  private listeners = new Map<MapEvent, Set<(region: string | null) => void>>();

  constructor(geo: MapGeometry, scale: number) {
    this.geo = geo;
    this.scale = scale;
    this.canvas = document.createElement("canvas");
    this.insets = insetBoxes(REGIONS, geo.project, geo);
  }

  /** The power the reach mode is about: the selected region's controller, else the seat. */
  focusPower(): string | null {
    if (this.selected && this.view) {
      const c = this.view.regions[this.selected]?.controller;
      if (c) return c;
    }
    return this.seat;
  }

  /** Several calls in one frame (a view, then a mode) cost one re-bake, not one each. */
  invalidate(): void {
    this.dirty = true;
    this.overlayVersion++;
  }

  /** Re-derive the looks; re-bake the canvas only if they changed. True when it re-baked. */
  refresh(): boolean {
    this.dirty = false;
    this.overlayVersion++;
    const looks = regionLooks({
      view: this.view,
      mode: this.mode,
      focus: this.focusPower(),
      regions: REGIONS,
      ctx: this.ctx,
    });
    const key = this.mode + "|" + looksKey(looks);
    if (key === this.key) return false;
    this.key = key;
    this.looks = looks;
    bake(this.canvas, {
      geo: this.geo,
      looks,
      territories: TERRITORIES,
      insets: this.insets,
      scale: this.scale,
    });
    return true;
  }

  hit(x: number, y: number): string | null {
    return hitTest([this.geo.regions.values(), this.geo.seas.values()], this.insets, x, y);
  }

  /** Where a power's lines start, in world coordinates (its capital, else its largest region). */
  private anchor(view: GameView, p: string): [number, number] | undefined {
    const r = anchorRegion(view, p, REGIONS);
    if (!r) return undefined;
    const box = this.insets.find((b) => b.id === r.id);
    return box ? [box.x + box.w / 2, box.y + box.h / 2] : this.geo.project(r.label);
  }

  /**
   * Wars, fronts and the seat's orders, in world coordinates, for every mode: a war from its
   * aggressor to its victim, the front's regions, an arrow from the seat to each order's aim.
   */
  marks(): {
    wars: Array<{ from: [number, number]; to: [number, number] }>;
    fronts: string[];
    orders: Array<{ from: [number, number]; to: [number, number]; hostile: boolean }>;
  } {
    const view = this.view;
    if (!view) return { wars: [], fronts: [], orders: [] };
    const wars = [];
    for (const w of warMarks(view)) {
      const from = this.anchor(view, w.aggressor);
      const to = this.anchor(view, w.victim);
      if (from && to) wars.push({ from, to });
    }
    const orders = [];
    const from = this.seat ? this.anchor(view, this.seat) : undefined;
    for (const o of from ? orderMarks(view, this.seat) : []) {
      const to = o.region ? this.centreOf(o.region) : o.target && this.anchor(view, o.target);
      if (from && to) orders.push({ from, to, hostile: o.hostile });
    }
    return { wars, fronts: frontRegions(view), orders };
  }

  /** Treaty lines in world coordinates, for the alliances mode. */
  links(): Array<TreatyLink & { from: [number, number]; to: [number, number] }> {
    const view = this.view;
    if (!view || this.mode !== "alliances") return [];
    const at = (p: string) => this.anchor(view, p);
    const out = [];
    for (const l of treatyLinks(view)) {
      const from = at(l.a);
      const to = at(l.b);
      if (from && to) out.push({ ...l, from, to });
    }
    return out;
  }

  /** Centre of a region in world coordinates. */
  centreOf(region: string): [number, number] | undefined {
    const box = this.insets.find((b) => b.id === region);
    if (box) return [box.x + box.w / 2, box.y + box.h / 2];
    const meta = REGIONS.find((r) => r.id === region);
    return meta ? this.geo.project(meta.label) : undefined;
  }

  on(event: MapEvent, cb: (region: string | null) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(cb);
    this.listeners.set(event, set);
    return () => set.delete(cb);
  }

  emit(event: MapEvent, region: string | null): void {
    for (const cb of this.listeners.get(event) ?? []) cb(region);
  }

  clearListeners(): void {
    this.listeners.clear();
  }
}
