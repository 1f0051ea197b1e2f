import { describe, expect, test } from "vitest";
import { clampView, fitZoom, screenToWorld, zoomAt } from "./camera.ts";

const world = { width: 2000, height: 1776 };
const screen = { width: 1366, height: 768 };

describe("camera", () => {
  test("fit zoom shows the whole world", () => {
    expect(fitZoom(world, screen)).toBeCloseTo(768 / 1776);
  });
  test("zooming at the cursor keeps the point under it", () => {
    const v = { cx: 1000, cy: 900, zoom: 1 };
    const before = screenToWorld(v, screen, 200, 100);
    const after = screenToWorld(zoomAt(v, screen, 200, 100, 2.5), screen, 200, 100);
    expect(after[0]).toBeCloseTo(before[0]);
    expect(after[1]).toBeCloseTo(before[1]);
  });
  test("the view stays on the map, and centres when smaller than the screen", () => {
    expect(clampView({ cx: -500, cy: 5000, zoom: 2 }, world, screen)).toEqual({
      cx: 1366 / 4,
      cy: 1776 - 768 / 4,
      zoom: 2,
    });
    expect(clampView({ cx: 0, cy: 0, zoom: 0.3 }, world, screen)).toEqual({
      cx: 1000,
      cy: 888,
      zoom: 0.3,
    });
  });
});
