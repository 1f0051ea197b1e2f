/**
 * Pan and zoom arithmetic, Phaser-free: the camera is a centre in world units and a zoom;
 * the view is the canvas size in pixels.
 */
export interface View {
  cx: number;
  cy: number;
  zoom: number;
}
export interface Size {
  width: number;
  height: number;
}

/** Zoom at which the whole world fits the screen: the floor of zooming out. */
export function fitZoom(world: Size, screen: Size): number {
  return Math.min(screen.width / world.width, screen.height / world.height);
}

/** Zoom at which the world covers the screen: no paper margin shows around the map. */
export function coverZoom(world: Size, screen: Size): number {
  return Math.max(screen.width / world.width, screen.height / world.height);
}

/**
 * The zoom's range: from the map covering the screen (zooming out never shows the projection's
 * tilted edge on bare paper) to `maxZoom`.
 */
export function zoomLimits(world: Size, screen: Size, maxZoom: number): [number, number] {
  const least = coverZoom(world, screen);
  return [least, Math.max(least, maxZoom)];
}

/** Keep the world on screen: centre it on an axis where it is smaller than the screen. */
export function clampView(v: View, world: Size, screen: Size): View {
  const halfW = screen.width / v.zoom / 2;
  const halfH = screen.height / v.zoom / 2;
  const clampAxis = (c: number, half: number, size: number) =>
    half * 2 >= size ? size / 2 : Math.min(Math.max(c, half), size - half);
  return {
    zoom: v.zoom,
    cx: clampAxis(v.cx, halfW, world.width),
    cy: clampAxis(v.cy, halfH, world.height),
  };
}

/** The world point under a screen point. */
export function screenToWorld(v: View, screen: Size, px: number, py: number): [number, number] {
  return [v.cx + (px - screen.width / 2) / v.zoom, v.cy + (py - screen.height / 2) / v.zoom];
}

/** Zoom to `zoom` keeping the world point under (px, py) where it is: zoom to the cursor. */
export function zoomAt(v: View, screen: Size, px: number, py: number, zoom: number): View {
  const [wx, wy] = screenToWorld(v, screen, px, py);
  return {
    zoom,
    cx: wx - (px - screen.width / 2) / zoom,
    cy: wy - (py - screen.height / 2) / zoom,
  };
}

/**
 * One zoom step: a mouse notch (or a +/- press) multiplies the zoom by 1.5, so the opening view
 * of Europe comes down to a province in three notches (1.5³ ≈ 3.4: Europe's 2,600 km across to
 * about 750, the width of Poland).
 */
export const ZOOM_STEP = 1.5;

/**
 * The wheel's delta as a zoom factor. A mouse notch (Chromium reports 100 on Linux, 120 on
 * Windows, some mice about 50) is one full step whatever its size; a trackpad's small deltas
 * zoom in proportion, so a swipe stays smooth. Never more than one step per event.
 */
export function wheelFactor(deltaY: number): number {
  const notches = Math.abs(deltaY) >= 50 ? Math.sign(deltaY) : deltaY / 100;
  return ZOOM_STEP ** -notches;
}

/** `zoom` moved by `notches` steps (positive: closer) and held within `limits`. */
export function stepZoom(zoom: number, notches: number, limits: readonly [number, number]): number {
  return Math.min(limits[1], Math.max(limits[0], zoom * ZOOM_STEP ** notches));
}
