import { describe, expect, test } from "vitest";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../support/chromium.ts";

/**
 * The packaged Chromium (@sparticuz/chromium) that fresh machines without Debian's fall back
 * on: it unpacks from the npm package and renders a page headless, two contexts side by side.
 */
describe("the packaged Chromium", () => {
  test("starts headless and renders text in two contexts", async () => {
    const packaged = (await import("@sparticuz/chromium")).default;
    const path = await packaged.executablePath();
    const browser = await chromium.launch({
      executablePath: path,
      args: [...CHROMIUM_ARGS, "--no-zygote", "--disable-setuid-sandbox"],
    });
    try {
      const pages = await Promise.all([browser.newPage(), browser.newPage()]);
      await Promise.all(pages.map((p, i) => p.setContent(`<h1>Société des Nations ${i}</h1>`)));
      expect(await pages[1].textContent("h1")).toBe("Société des Nations 1");
    } finally {
      await browser.close();
    }
  }, 120_000);
});
