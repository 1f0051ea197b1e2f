import type { Ctx, GameView } from "@cs/shared";
import type { MapHandle, MapMode } from "../../map/index.ts";
import { powerName, t } from "../../i18n/index.ts";
import { regionName } from "./names.ts";

export type { MapHandle, MapMode };

/**
 * Mounts the map. The map module itself is light (Phaser, d3-geo and the geometry load on the
 * first createMap), but importing it lazily keeps even that out of the lobby's first screen.
 */
export async function mountMap(
  parent: HTMLElement,
  opts: {
    locale: string;
    reducedMotion: boolean;
    view?: GameView;
    seat?: string | null;
    ctx?: Ctx;
  },
): Promise<MapHandle> {
  const { createMap } = await import("../../map/index.ts");
  const place = (id: string) => t(`map.place.${id}`);
  return createMap(parent, { ...opts, names: { power: powerName, region: regionName, place } });
}
