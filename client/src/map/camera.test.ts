import { describe, expect, test } from "vitest";
import {
  clampView,
  fitZoom,
  screenToWorld,
  stepZoom,
  wheelFactor,
  zoomAt,
  zoomLimits,
  ZOOM_STEP,
} from "./camera.ts";

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
  // Wheel deltas as browsers report one notch (Chromium: 100 on Linux, 120 on Windows;
  // Firefox in pixel mode about 50) and as a trackpad reports a swipe (a few pixels).
  test.each([
    ["a Linux notch down (zoom out)", 100, 1 / 1.5],
    ["a Linux notch up (zoom in)", -100, 1.5],
    ["a Windows notch", -120, 1.5],
    ["a small mouse notch", -50, 1.5],
    ["a fast spin: still one step", -400, 1.5],
    ["a trackpad nudge", -10, 1.5 ** 0.1],
    ["no motion", 0, 1],
  ])("%s: deltaY %d zooms by %f", (_name, dy, factor) => {
    expect(wheelFactor(dy)).toBeCloseTo(factor, 6);
  });
  test("three notches take Europe to a province (about x3.4), not five", () => {
    const limits = zoomLimits(world, screen, 4);
    const europe = 0.9;
    const z3 = [1, 2, 3].reduce((z) => stepZoom(z, 1, limits), europe);
    expect(z3 / europe).toBeCloseTo(ZOOM_STEP ** 3);
    expect(z3 / europe).toBeGreaterThan(3);
  });
  test.each([
    ["in past the ceiling", 3.5, 2, 4],
    ["out past the floor", 0.8, -2, 1366 / 2000],
    ["within the bounds", 1, 1, 1.5],
  ])("zooming %s holds to the bounds", (_name, from, notches, to) => {
    const limits = zoomLimits(world, screen, 4);
    expect(stepZoom(from, notches, limits)).toBeCloseTo(to);
  });
});
