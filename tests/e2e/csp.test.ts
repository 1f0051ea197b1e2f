import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, useStack } from "./harness.ts";
import { createMatch, newPlayer, nextPhase, pageErrors, skipGuide, takeSeat } from "./play.ts";

const WAIT = { timeout: 20_000 };

/**
 * The built client under the server's Content-Security-Policy (issue 15, item 10): every page
 * loads and a match starts with its map drawn, and Chromium reports no violation — so the
 * policy is strict and the client still works.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  // Page-side code as a string: this file is compiled without the DOM's types.
  await page.addInitScript(`
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber));
  `);
  return async () => [...seen, ...(await page.evaluate<string[]>("window.__csp"))];
}

describe.skipIf(!canRun)("the client under the Content-Security-Policy", () => {
  const stack = useStack();

  test.each(["/", "/replay.html", "/teacher.html", "/class.html", "/screen.html"])(
    "%s loads without a violation",
    async (path) => {
      const context = await stack.browser.newContext({ locale: "en-GB" });
      const page = await context.newPage();
      const violations = await watchViolations(page);
      const res = await page.goto(`${stack.server.url}${path}`);
      expect(res?.headers()["content-security-policy"]).toMatch(/script-src 'self'/);
      await page.waitForLoadState("networkidle");
      expect(await violations()).toEqual([]);
      await context.close();
    },
  );

  test("a match starts, its map drawn and its panels live, without a violation", async () => {
    const page = await newPlayer(stack.browser, stack.server.url, "Barthou");
    const violations = await watchViolations(page);
    await page.reload();
    await page.fill("#player-name", "Barthou");
    await createMatch(page, "mini", ["FRA"]);
    await takeSeat(page, "FRA");
    await page.click("#lobby-ready");
    await page.waitForSelector("#start-match:not([disabled])");
    await page.click("#start-match");
    await page.waitForSelector("#game-phase", WAIT);
    await skipGuide(page);
    await page.waitForSelector("canvas", WAIT);
    await nextPhase([page]);
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
