/**
 * Projects the geometry, bakes the atlas, starts Phaser with the Map scene, and
 * returns the handle once the first frame is on screen.
 */
import Phaser from "phaser";
import type { Topology } from "topojson-specification";
import { PAPER } from "../look/palette.ts";
import { buildGeometry } from "./geometry.ts";
import { setInsetOutlines, type InsetOutlines } from "./inset-draw.ts";
import type { MapHandle, MapMode, MapOptions } from "./handle.ts";
import { MapLabels } from "./labels.ts";
/** The great powers, when the scenario is not at hand. */
const GREAT: ReadonlySet<string> = new Set(["DEU", "FRA", "GBR", "SUN", "ITA", "JPN", "USA"]);
import { MapModel } from "./model.ts";
import { MapScene } from "./scenes/MapScene.ts";
import { NO_BASE64_IMAGES, syncDefaultTextures } from "./scenes/textures.ts";

/**
 * Baked pixels per world unit: sharp up to about 2.5× the fitted zoom, and small enough
 * for a software-rendered WebGL (headless Chromium) to upload in a few tens of ms.
 */
function bakeScale(): number {
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  return Math.min(2, 1.4 * dpr);
}

const RENDERER_KEY = "cs.mapRenderer";

/**
 * Phaser's Canvas renderer when WebGL is emulated in software (SwiftShader, llvmpipe — a VM
 * or a browser with the GPU off): drawing one big baked image is far cheaper on the CPU with
 * Canvas 2D than through an emulated GPU. WebGL otherwise. The probe opens a WebGL context
 * (tens of ms, more in software), so its answer is kept for the session.
 */
function renderer(): number {
  const kept = sessionStorage.getItem(RENDERER_KEY);
  if (kept === "canvas") return Phaser.CANVAS;
  if (kept === "webgl") return Phaser.WEBGL;
  let type: number = Phaser.CANVAS;
  try {
    const gl = document.createElement("canvas").getContext("webgl");
    if (gl) {
      const ext = gl.getExtension("WEBGL_debug_renderer_info");
      const name = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gl.getExtension("WEBGL_lose_context")?.loseContext();
      type = /swiftshader|llvmpipe|software/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
    }
  } catch {
    type = Phaser.CANVAS;
  }
  try {
    sessionStorage.setItem(RENDERER_KEY, type === Phaser.WEBGL ? "webgl" : "canvas");
  } catch {
    // Storage refused (private mode): probe again next time.
  }
  return type;
}

export async function startMap(
  parent: HTMLElement,
  options: MapOptions,
  data: Promise<[topology: unknown, insets: unknown]>,
): Promise<MapHandle> {
  // Marks for the client benchmark's breakdown of the time to an interactive map.
  performance.mark("map:start");
  const [topology, insets] = await data;
  const topo = topology as Topology;
  setInsetOutlines(insets as InsetOutlines);
  performance.mark("map:fetched");
  const model = new MapModel(buildGeometry(topo), bakeScale());
  performance.mark("map:projected");
  model.view = options.view ?? null;
  model.seat = options.seat ?? null;
  model.ctx = options.ctx ?? null;
  model.mode = options.mode ?? "political";
  model.refresh();
  performance.mark("map:baked");

  let ready!: () => void;
  const shown = new Promise<void>((r) => (ready = r));
  const mapScene = new MapScene(model, options.reducedMotion, () => ready());
  const names = options.names;
  const labels = names ? new MapLabels(parent, model.geo, model.insets) : undefined;
  let camera: Parameters<MapLabels["place"]> | undefined;
  mapScene.onCamera = (...args) => {
    camera = args;
    labels?.place(...args);
  };
  const relabel = () => {
    if (!labels || !names || !model.view) return;
    labels.setView(model.view, names, (id) => model.ctx?.powers.get(id)?.great ?? GREAT.has(id));
    if (camera) labels.place(...camera);
  };
  relabel();
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
    // The map reads the mouse, the wheel and touch; panels own the keyboard.
    input: { keyboard: false, gamepad: false },
    images: NO_BASE64_IMAGES,
    callbacks: { preBoot: syncDefaultTextures },
    scene: [mapScene],
  });
  await shown;
  performance.mark("map:shown");
  parent.dataset["mapLocale"] = options.locale;

  // The reach mode follows the selection, so a click re-derives the looks.
  model.on("select", () => model.invalidate());
  return {
    setView(view, seat, ctx) {
      model.view = view;
      model.seat = seat;
      if (ctx) model.ctx = ctx;
      model.invalidate();
      relabel();
    },
    deselect() {
      mapScene.deselect();
    },
    zoomBy(notches) {
      mapScene.zoomBy(notches);
    },
    setMode(mode: MapMode) {
      model.mode = mode;
      model.invalidate();
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
      labels?.destroy();
      delete parent.dataset["mapLocale"];
      game.destroy(true);
    },
  };
}
