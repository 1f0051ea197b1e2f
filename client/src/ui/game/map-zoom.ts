import { t } from "../../i18n/index.ts";
import { h } from "../dom.ts";
import type { MapHandle } from "./map-mount.ts";

/** The map's + and − buttons: one wheel notch each (×1.5), about the centre, within bounds. */
export function mapZoom(map: MapHandle): HTMLElement {
  const button = (id: string, notches: number, text: string, label: string) =>
    h(
      "button",
      {
        type: "button",
        id,
        "aria-label": label,
        title: label,
        onclick: () => map.zoomBy(notches),
      },
      text,
    );
  return h(
    "div",
    { class: "map-zoom", role: "group" },
    button("map-zoom-in", 1, "+", t("map.zoomIn")),
    button("map-zoom-out", -1, "−", t("map.zoomOut")),
  );
}
