/**
 * Loads the geometry, bakes the atlas, starts Phaser with the Boot and Map scenes, and
 * returns the handle once the first frame is on screen.
 */
import Phaser from "phaser";
import type { Topology } from "topojson-specification";
import { TOPOJSON_URL } from "@cs/assets/map";
import { PAPER } from "../look/palette.ts";
import { buildGeometry } from "./geometry.ts";
import type { MapHandle, MapMode } from "./index.ts";
import { MapModel } from "./model.ts";
import { BootScene } from "./scenes/BootScene.ts";
import { MapScene } from "./scenes/MapScene.ts";

/**
 * Baked pixels per world unit: sharp up to about 2.5× the fitted zoom, and small enough
 * for a software-rendered WebGL (headless Chromium) to upload in a few tens of ms.
 */
function bakeScale(): number {
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  return Math.min(2, 1.4 * dpr);
}

export async function startMap(
  parent: HTMLElement,
  options: { locale: string; reducedMotion: boolean },
): Promise<MapHandle> {
  const res = await fetch(TOPOJSON_URL);
  const topo = (await res.json()) as Topology;
  const model = new MapModel(buildGeometry(topo), bakeScale());
  model.refresh();

  let ready!: () => void;
  const shown = new Promise<void>((r) => (ready = r));
  const mapScene = new MapScene(model, options.reducedMotion, () => ready());
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: PAPER,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
    render: { antialias: true, mipmapFilter: "LINEAR_MIPMAP_LINEAR" },
    banner: false,
    audio: { noAudio: true },
    scene: [new BootScene(model), mapScene],
  });
  await shown;
  parent.dataset["mapLocale"] = options.locale;

  const redraw = () => {
    if (model.refresh()) mapScene.rebaked();
  };
  // The reach mode follows the selection, so a click re-derives the looks.
  model.on("select", () => redraw());
  return {
    setView(view, seat) {
      model.view = view;
      model.seat = seat;
      redraw();
    },
    setMode(mode: MapMode) {
      model.mode = mode;
      redraw();
    },
    highlight(regions) {
      model.highlighted = [...regions];
      model.overlayVersion++;
    },
    focus(region) {
      mapScene.focus(region);
    },
    on(event, cb) {
      return model.on(event, cb);
    },
    destroy() {
      model.clearListeners();
      delete parent.dataset["mapLocale"];
      game.destroy(true);
    },
  };
}
