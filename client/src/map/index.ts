/**
 * The map's public face. Phaser, d3-geo and the geometry load lazily on the first createMap,
 * so a page that imports this module pays for none of them until it shows the map.
 */
import topologyUrl from "@cs/assets/map/europe-1933.topojson?url";
import insetsUrl from "./inset-outlines.json?url";
import type { MapHandle, MapOptions } from "./handle.ts";

export type { MapHandle, MapMode, MapOptions } from "./handle.ts";

export async function createMap(parent: HTMLElement, options: MapOptions): Promise<MapHandle> {
  // The geometry downloads while Phaser's chunk loads and compiles, not after it.
  const json = (url: string) => fetch(url).then((r) => r.json() as Promise<unknown>);
  const data = Promise.all([json(topologyUrl), json(insetsUrl)]);
  data.catch(() => {}); // awaited (and reported) by startMap
  const { startMap } = await import("./start.ts");
  return startMap(parent, options, data);
}
