/** The map's handle and options, as pages see them (types only: the map loads lazily). */
import type { Ctx, GameView } from "@cs/shared";
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
  /** Zoom by `notches` wheel steps (positive: closer) about the centre, within the bounds. */
  zoomBy(notches: number): void;
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
