import type { MapMode } from "./map-mount.ts";
import { t } from "../../i18n/index.ts";
import { h } from "../dom.ts";

/**
 * The map's key, per mode: what the colours, lines and patterns mean (client/src/map/style.ts
 * and scenes/overlay.ts draw them). Swatches are CSS drawings of the same patterns.
 */
const ENTRIES: Readonly<Record<MapMode, readonly string[]>> = {
  political: ["controller", "hatch", "cross", "fort", "claim", "war", "front", "order"],
  alliances: ["alliance", "guarantee", "entente", "nonAggression", "hatch"],
  reach: ["focus", "stipple", "muted"],
  sanctions: ["sanctioned", "applying", "refusing", "muted"],
};

/**
 * Whether the player unfolded the key (or folded it away) by its title; kept across
 * re-renders. Until they do, it is unfolded where the map has room for it.
 */
let unfolded: boolean | undefined;

/**
 * A map narrower than this (px) starts with its key folded to its title: unfolded in the top
 * right corner of a 1366×768 or a 1920×1080 screen's map, it covers the Soviet Union's name.
 */
const ROOM_FOR_KEY = 1600;

export function mapLegend(mode: MapMode, mapWidth: number): HTMLElement {
  return h(
    "details",
    {
      class: "map-legend",
      id: "map-legend",
      "data-mode": mode,
      "aria-label": t("legend:title"),
      open: unfolded ?? mapWidth >= ROOM_FOR_KEY,
      ontoggle: (e: Event) => (unfolded = (e.currentTarget as HTMLDetailsElement).open),
    },
    h("summary", { class: "legend-title" }, t(`legend:mode.${mode}`)),
    h(
      "ul",
      {},
      ENTRIES[mode].map((e) =>
        h(
          "li",
          { "data-entry": e },
          h("span", { class: `swatch swatch-${e}`, "aria-hidden": "true" }),
          t(`legend:entry.${e}`),
        ),
      ),
    ),
    h("p", { class: "legend-hint" }, t("legend:hint")),
  );
}
