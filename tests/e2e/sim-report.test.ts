import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";
import { launchContext } from "../support/chromium.ts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

/**
 * The simulator's HTML report in a real Chromium: two small runs on MINI (history and
 * passage=granted), compared side by side; every chart draws, offline, and a screenshot goes
 * to test-output/.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const work = mkdtempSync(path.join(os.tmpdir(), "sim-report-"));
let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;

function sim(args: string[]): void {
  execFileSync(
    process.execPath,
    ["server/src/sim/cli.ts", "--quiet", "--scenario", "mini", ...args],
    {
      cwd: root,
      stdio: "pipe",
    },
  );
}

beforeAll(async () => {
  sim(["--games", "40", "--seed", "1", "--workers", "1", "--out", path.join(work, "history")]);
  sim([
    "--games",
    "40",
    "--seed",
    "1",
    "--workers",
    "2",
    "--set",
    "passage=granted",
    "--out",
    path.join(work, "passage"),
    "--compare",
    path.join(work, "history"),
  ]);
  const launched = await launchContext({ viewport: { width: 1400, height: 1500 } });
  browser = launched.browser;
  closeBrowser = launched.close;
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
});

describe("the simulator's report", () => {
  test("renders its five charts comparing two runs, with no network", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${path.join(work, "passage", "report.html")}`);
    await page.waitForFunction('document.body.dataset.charts === "5"');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator("canvas").count()).toBe(5);
    // Each canvas has pixels drawn on it.
    // Each canvas has pixels drawn on it (a string: tests/ is compiled without the DOM lib).
    const drawn = await page.evaluate<
      number[]
    >(`[...document.querySelectorAll("canvas")].map((c) => {
      const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    })`);
    expect(drawn.every((n) => n > 500)).toBe(true);
    const text = await page.locator("body").innerText();
    expect(text).toContain("passage=granted");
    expect(text).toContain("history");
    mkdirSync(path.join(root, "test-output"), { recursive: true });
    await page.screenshot({
      path: path.join(root, "test-output", "sim-report.png"),
      fullPage: true,
    });
    await page.close();
  }, 60_000);
});
