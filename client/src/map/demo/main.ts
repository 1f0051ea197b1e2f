/**
 * The map on its own page (map-demo.html), for screenshots and the benchmark: URL parameters
 * choose the seat, the mode and whether to show later years' marks. Sets `window.__mapReady`
 * when the map is interactive.
 */
import { createMap, type MapMode } from "../index.ts";
import { demoCtx, demoView } from "./scenario.ts";

declare global {
  interface Window {
    __mapReady?: number;
    __map?: unknown;
  }
}

const q = new URLSearchParams(location.search);
const parent = document.getElementById("map");
if (parent) {
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  const seat = q.get("seat") ?? "FRA";
  // As the game screen does once a match is joined: the view and scenario go with the map,
  // so the atlas is painted once, in the seat's colours.
  const map = await createMap(parent, {
    locale: q.get("lang") ?? "en",
    reducedMotion,
    view: demoView({ seat, later: q.has("later") }),
    seat,
    ctx: demoCtx(),
    mode: (q.get("mode") as MapMode | null) ?? "political",
  });
  const status = document.getElementById("status");
  map.on("hover", (r) => {
    if (status) status.textContent = r ?? "";
  });
  map.on("select", (r) => {
    if (r) map.highlight([]);
  });
  const focus = q.get("focus");
  if (focus) map.focus(focus);
  window.__map = map;
  window.__mapReady = performance.now();
}
