/**
 * The map's public face. Phaser, d3-geo and the geometry load lazily on the first createMap,
 * so a page that imports this module pays for none of them until it shows the map.
 */
import type { GameView } from "@cs/shared";

export type MapMode = "political" | "alliances" | "reach" | "sanctions";
export interface MapHandle {
  /** Redraw from a new view (colours by controller, marks, lines); cheap when little changed. */
  setView(view: GameView, seat: string | null): void;
  setMode(mode: MapMode): void;
  /** Regions to highlight (e.g. the targets of a legal order the player is choosing). */
  highlight(regions: readonly string[]): void;
  focus(region: string): void; // gentle pan (none under prefers-reduced-motion)
  on(event: "select" | "hover", cb: (region: string | null) => void): () => void;
  destroy(): void;
}

export async function createMap(
  parent: HTMLElement,
  options: { locale: string; reducedMotion: boolean },
): Promise<MapHandle> {
  const { startMap } = await import("./start.ts");
  return startMap(parent, options);
}
