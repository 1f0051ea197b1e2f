import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, screenshot, useStack } from "./harness.ts";
import { createMatch, nextPhase, pageErrors, skipGuide, takeSeat } from "./play.ts";

const WAIT = { timeout: 20_000 };

/**
 * Coming back (issue 11, item 9): a closed tab reopened goes straight back to the match, the
 * home form never shown meanwhile; after a finished match, `/` is the home page (its title the
 * chosen start point's month) with a link back to that match's final report.
 */
describe.skipIf(!canRun)("coming back to the game", () => {
  const stack = useStack();
  let page: Page;

  /** A fresh tab of the same browser profile, noting whether the home form ever showed. */
  async function reopen(): Promise<Page> {
    const next = await page.context().newPage();
    // The page's own script (a string: the tests are typed without the DOM's types).
    await next.addInitScript(`
      window.sawHome = false;
      new MutationObserver(() => {
        if (document.getElementById("create-match")) window.sawHome = true;
      }).observe(document, { childList: true, subtree: true });
    `);
    await next.goto(stack.server.url);
    return next;
  }
  const sawHome = (p: Page) => p.evaluate("window.sawHome");

  test("the home title names the chosen start point's month", async () => {
    const context = await stack.browser.newContext({ locale: "en-GB" });
    page = await context.newPage();
    await page.goto(stack.server.url);
    await page.fill("#player-name", "Louis");
    await page.waitForSelector('#scenario option[value="europe-1933"]', { state: "attached" });
    await page.selectOption("#scenario", "europe-1933");
    await expect.poll(() => page.textContent("#home-title"), WAIT).toBe("Europe, January 1933");
    const starts = await page
      .locator("#start option")
      .evaluateAll((xs) => xs.map((x) => x.getAttribute("value") ?? ""));
    const later = starts.find((s) => /-II$/.test(s)) ?? starts[starts.length - 1] ?? "";
    await page.selectOption("#start", later);
    const [year, half] = later.split("-");
    await expect
      .poll(() => page.textContent("#home-title"), WAIT)
      .toBe(`Europe, ${half === "II" ? "July" : "January"} ${year}`);
    await page.click('button[data-lang="fr"]');
    await expect
      .poll(() => page.textContent("#home-title"), WAIT)
      .toBe(`L’Europe, ${half === "II" ? "juillet" : "janvier"} ${year}`);
    await page.click('button[data-lang="en"]');
  });

  test("a closed tab reopened goes straight back to the match", async () => {
    await createMatch(page, "mini", ["FRA"]);
    await takeSeat(page, "FRA");
    await page.click("#lobby-ready");
    await page.waitForSelector("#start-match:not([disabled])");
    await page.click("#start-match");
    await page.waitForSelector("#game-phase");
    await skipGuide(page);
    await page.close();
    const started = Date.now();
    page = await reopen();
    await page.waitForSelector("#game-phase", WAIT);
    // A figure to read, not a bound: the time from the new tab to its game screen.
    console.log(`reopened tab back in its match after ${Date.now() - started} ms`);
    expect(await sawHome(page)).toBe(false);
    await expect.poll(() => page.textContent(".seat-name"), WAIT).toBe("France");
  });

  test("after the final report, / is the home page with a link back to it", async () => {
    for (let i = 0; i < 80; i++) {
      if (
        await page
          .locator(".final")
          .isVisible()
          .catch(() => false)
      )
        break;
      await skipGuide(page);
      await nextPhase([page]);
    }
    await page.waitForSelector(".final #final-title", WAIT);
    await page.close();
    page = await reopen();
    await page.waitForSelector("#create-match", WAIT);
    const back = page.locator("#last-report");
    await back.waitFor(WAIT);
    await screenshot(page, "return-home-after-final");
    await back.click();
    await page.waitForSelector(".final #final-title", WAIT);
    expect(await page.textContent("#final-title")).toBe("The final report");
    // Reloading the report's page is the home page again, with the same link.
    await page.reload();
    await page.waitForSelector("#last-report", WAIT);
    expect(pageErrors(page)).toEqual([]);
  }, 300_000);
});
