/**
 * The map's public face. Phaser, d3-geo and the geometry load lazily on the first createMap,
 * so a page that imports this module pays for none of them until it shows the map.
 */
import type { Ctx, GameView } from "@cs/shared";
import topologyUrl from "@cs/assets/map/europe-1933.topojson?url";
import insetsUrl from "./inset-outlines.json?url";
import type { LabelNames } from "./labels.ts";

export type MapMode = "political" | "alliances" | "reach" | "sanctions";
export interface MapHandle {
  /**
   * Redraw from a new view (colours by controller, marks, lines); cheap when little changed.
   * `ctx`, the match's compiled scenario, lets the reach mode ask the engine
   * (`reachableRegions`); once given it is kept, and without it reach is an adjacency preview.
   */
  setView(view: GameView, seat: string | null, ctx?: Ctx): void;
  setMode(mode: MapMode): void;
  /** Regions to highlight (e.g. the targets of a legal order the player is choosing). */
  highlight(regions: readonly string[]): void;
  focus(region: string): void; // gentle pan (none under prefers-reduced-motion)
  /** Forget the selected region (Escape). */
  deselect(): void;
  on(event: "select" | "hover", cb: (region: string | null) => void): () => void;
  destroy(): void;
}

export interface MapOptions {
  locale: string;
  reducedMotion: boolean;
  /** The first view, seat, scenario and mode, if known: the atlas is then painted once. */
  view?: GameView;
  seat?: string | null;
  ctx?: Ctx;
  mode?: MapMode;
  /** Names for the atlas's labels, in the page's language (none: no labels). */
  names?: LabelNames;
}

export async function createMap(parent: HTMLElement, options: MapOptions): Promise<MapHandle> {
  // The geometry downloads while Phaser's chunk loads and compiles, not after it.
  const json = (url: string) => fetch(url).then((r) => r.json() as Promise<unknown>);
  const data = Promise.all([json(topologyUrl), json(insetsUrl)]);
  data.catch(() => {}); // awaited (and reported) by startMap
  const { startMap } = await import("./start.ts");
  return startMap(parent, options, data);
}
