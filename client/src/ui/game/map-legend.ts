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

/** Whether the key is unfolded; kept across re-renders, folded away by its title. */
let unfolded = true;

export function mapLegend(mode: MapMode): HTMLElement {
  return h(
    "details",
    {
      class: "map-legend",
      id: "map-legend",
      "data-mode": mode,
      "aria-label": t("legend:title"),
      open: unfolded,
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
