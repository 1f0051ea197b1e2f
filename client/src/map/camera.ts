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

/** The wheel's notches as a zoom factor: smooth for trackpads, a fixed step per mouse notch. */
export function wheelFactor(deltaY: number): number {
  // One mouse notch (about 100) zooms by a sixth; a fast spin no faster than that per event.
  return Math.exp(-Math.max(-100, Math.min(100, deltaY)) * 0.0015);
}
