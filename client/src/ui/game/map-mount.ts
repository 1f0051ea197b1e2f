import type { GameView } from "@cs/shared";

/**
 * The map is a colleague's module (client/src/map/index.ts). It is loaded through a glob so
 * the shell builds and runs whether or not it exists yet, and is typed by this local
 * interface, the contract agreed for it.
 */
export type MapMode = "political" | "alliances" | "reach" | "sanctions";

export interface MapHandle {
  setView(view: GameView, seat: string | null): void;
  setMode(mode: MapMode): void;
  highlight(regions: readonly string[]): void;
  focus(region: string): void;
  on(event: "select" | "hover", cb: (region: string | null) => void): () => void;
  destroy(): void;
}

type CreateMap = (
  parent: HTMLElement,
  opts: { locale: string; reducedMotion: boolean },
) => Promise<MapHandle>;

const MODULES = import.meta.glob<{ createMap?: CreateMap }>("../../map/index.ts");

export async function mountMap(
  parent: HTMLElement,
  opts: { locale: string; reducedMotion: boolean },
): Promise<MapHandle | undefined> {
  const load = Object.values(MODULES)[0];
  if (!load) return undefined;
  const mod = await load();
  return mod.createMap ? mod.createMap(parent, opts) : undefined;
}
