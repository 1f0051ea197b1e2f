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

/**
 * Phaser's Canvas renderer when WebGL is emulated in software (SwiftShader, llvmpipe — a VM
 * or a browser with the GPU off): drawing one big baked image is far cheaper on the CPU with
 * Canvas 2D than through an emulated GPU. WebGL otherwise.
 */
function renderer(): number {
  try {
    const gl = document.createElement("canvas").getContext("webgl");
    if (!gl) return Phaser.CANVAS;
    const ext = gl.getExtension("WEBGL_debug_renderer_info");
    const name = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return /swiftshader|llvmpipe|software/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}

export async function startMap(
  parent: HTMLElement,
  options: { locale: string; reducedMotion: boolean },
): Promise<MapHandle> {
  // Marks for the client benchmark's breakdown of the time to an interactive map.
  performance.mark("map:start");
  const res = await fetch(TOPOJSON_URL);
  const topo = (await res.json()) as Topology;
  performance.mark("map:fetched");
  const model = new MapModel(buildGeometry(topo), bakeScale());
  performance.mark("map:projected");
  model.refresh();
  performance.mark("map:baked");

  let ready!: () => void;
  const shown = new Promise<void>((r) => (ready = r));
  const mapScene = new MapScene(model, options.reducedMotion, () => ready());
  const type = renderer();
  performance.mark("map:phaser");
  const game = new Phaser.Game({
    type,
    parent,
    backgroundColor: PAPER,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
    render: { antialias: true, mipmapFilter: "LINEAR_MIPMAP_LINEAR" },
    banner: false,
    audio: { noAudio: true },
    scene: [new BootScene(model), mapScene],
  });
  await shown;
  performance.mark("map:shown");
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
