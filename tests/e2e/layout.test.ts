import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, screenshot, useStack } from "./harness.ts";
import { newPlayer, skipGuide, takeSeat } from "./play.ts";

/** Polls wait for server round trips and lazily loaded chunks (vitest's default is 1 s). */
const WAIT = { timeout: 20_000 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The match screen on a laptop and a desktop screen: map and panels side by side without
 * overlap or page scroll; keyboard navigation of the panels; joining from the public list;
 * the rules reference; French in the lobby.
 */
describe.skipIf(!canRun)("layout, keyboard and language", () => {
  const stack = useStack();
  let host: Page;

  test("a public match is joined from the list, and the lobby reads in French", async () => {
    host = await newPlayer(stack.browser, stack.server.url, "Host", { width: 1366, height: 768 });
    await host.waitForSelector('#scenario option[value="mini"]', { state: "attached" });
    await host.selectOption("#scenario", "mini");
    await host.selectOption("#timers", "none");
    await host.check('input[name="visibility"][value="public"]');
    await host.fill("#match-name", "Stresa front");
    await host.click("#create-match");
    await host.waitForSelector(".lobby");
    await takeSeat(host, "ITA");

    const guest = await newPlayer(stack.browser, stack.server.url, "Guest");
    await expect
      .poll(async () => {
        await guest.click("text=Refresh");
        return guest.locator(".match-list li", { hasText: "Stresa front" }).count();
      }, WAIT)
      .toBe(1);
    await guest.locator(".match-list li", { hasText: "Stresa front" }).locator("button").click();
    await guest.waitForSelector(".lobby");
    await takeSeat(guest, "GBR");

    await host.click('button[data-lang="fr"]');
    await expect.poll(() => host.textContent("#lobby-ready"), WAIT).toBe("Je suis prêt");
    expect(await host.textContent(".seats caption")).toBe("Sièges");
    expect(await host.textContent('tr[data-power="GBR"] th')).not.toBe("Britain");
    await host.click('button[data-lang="en"]');
    await expect.poll(() => host.textContent("#lobby-ready"), WAIT).toBe("I am ready");
    await guest.click("#lobby-ready");
    await host.click("#lobby-ready");
    await host.waitForSelector("#start-match:not([disabled])");
    await host.click("#start-match");
    await host.waitForSelector("#game-phase");
    await guest.waitForSelector("#game-phase");
    await skipGuide(host);
    await skipGuide(guest);
    await guest.context().close();
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`map and panels do not overlap at ${size.width}×${size.height}`, async () => {
      await host.setViewportSize(size);
      await host.waitForTimeout(300);
      const map = await host.locator(".map-wrap").boundingBox();
      const side = await host.locator(".side").boundingBox();
      const top = await host.locator(".topbar").boundingBox();
      expect(map && side && top).toBeTruthy();
      if (!map || !side || !top) return;
      expect(overlap(map, side)).toBe(false);
      expect(overlap(top, map) || overlap(top, side)).toBe(false);
      for (const b of [map, side, top]) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(size.width + 0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(size.height + 0.5);
      }
      expect(map.width).toBeGreaterThan(size.width * 0.5);
      expect(side.width).toBeGreaterThan(350);
      const scroll = await host.evaluate<[number, number]>(
        "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]",
      );
      expect(scroll[0]).toBeLessThanOrEqual(size.width);
      expect(scroll[1]).toBeLessThanOrEqual(size.height);
      await screenshot(host, `game-${size.width}x${size.height}`);
    });
  }

  test("panels are reachable by keyboard: arrow keys move between tabs", async () => {
    await host.focus("#tab-news");
    await host.keyboard.press("ArrowRight");
    await expect.poll(() => host.getAttribute("#tab-chat", "aria-selected"), WAIT).toBe("true");
    expect(await host.evaluate("document.activeElement && document.activeElement.id")).toBe(
      "tab-chat",
    );
    await host.keyboard.press("ArrowLeft");
    await host.keyboard.press("ArrowLeft");
    await expect.poll(() => host.getAttribute("#tab-orders", "aria-selected"), WAIT).toBe("true");
    // A figure's explanation shows on keyboard focus, not only on hover.
    await host.focus(".tension .tip-term");
    expect(await host.locator(".tension .tip-text").isVisible()).toBe(true);
  });

  test("the rules reference opens, searches and closes with the keyboard", async () => {
    await host.click("#rules-open");
    await host.waitForSelector("#rules-dialog[open]");
    await host.fill("#rules-search", "zzzz-nothing");
    await expect.poll(() => host.locator("#rules-dialog .hint").count(), WAIT).toBeGreaterThan(0);
    await host.keyboard.press("Escape");
    await expect.poll(() => host.locator("#rules-dialog[open]").count(), WAIT).toBe(0);
  });
});
