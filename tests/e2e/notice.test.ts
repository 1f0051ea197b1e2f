import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, screenshot, useStack } from "./harness.ts";
import {
  clock,
  createMatch,
  newPlayer,
  nextPhase,
  pageErrors,
  skipGuide,
  takeSeat,
} from "./play.ts";

/**
 * What a player must see, in a real browser against the real server (issue 11): the map's
 * insets name their countries by the main map's rules (the states zoomed right out, the
 * places of the crises closer in, in the reader's language), and a decision that waits on the
 * player is shown whatever tab is open — a badge on the Orders tab and a notice on the others
 * whose button opens the card. France is played by a person in the 1933 scenario, the other
 * seats by bots. Screenshots go to test-output/.
 */
const WAIT = { timeout: 20_000 };

async function setLang(page: Page, lang: "en" | "fr"): Promise<void> {
  await page.click(`button[data-lang="${lang}"]`);
  await expect.poll(() => page.getAttribute("html", "lang"), WAIT).toBe(lang);
}

/** How many names reading exactly `text` are on screen. */
const shown = (page: Page, text: string) =>
  page
    .locator(".map-label:not([hidden])", {
      hasText: new RegExp(`^${text.replace(/[()]/g, "\\$&")}$`),
    })
    .count();

describe.skipIf(!canRun)("what the player must see: the insets' names, a waiting decision", () => {
  const stack = useStack();
  let fra: Page;

  test("the insets name their countries, more of them as one zooms in, in both languages", async () => {
    fra = await newPlayer(stack.browser, stack.server.url, "Paul-Boncour");
    await createMatch(fra, "europe-1933", ["FRA"]);
    await takeSeat(fra, "FRA");
    // The seat's briefing lists its aims and fears one by one (they once ran together, joined
    // by bare commas: "Rhineland,Security before disarmament").
    const aims = await fra.locator("article.memo li").allTextContents();
    expect(aims.length).toBeGreaterThan(4);
    expect(aims.filter((x) => /,\S/.test(x))).toEqual([]);
    await fra.click("#lobby-ready");
    await fra.waitForSelector("#start-match:not([disabled])");
    await fra.click("#start-match");
    await fra.waitForSelector("#game-phase", WAIT);
    await skipGuide(fra);
    await fra.waitForSelector("#map-zoom-out", WAIT);
    // Zoomed right out, both insets are on screen with their titles and their states' names.
    for (let i = 0; i < 6; i++) await fra.click("#map-zoom-out");
    await expect.poll(() => shown(fra, "East Africa (Ethiopia)"), WAIT).toBe(1);
    expect(await shown(fra, "Far East")).toBe(1);
    expect(await fra.locator(".map-label.inset.great:not([hidden])").allTextContents()).toEqual(
      expect.arrayContaining(["Japan", "USSR"]),
    );
    // Eritrea, the Abyssinian crisis's base, is not yet printed: too small to read.
    expect(await shown(fra, "Eritrea")).toBe(0);
    await screenshot(fra, "notice-insets-out-en");
    // Zoomed in on the East African inset, its country and the colonies round it are named.
    const title = await fra
      .locator(".map-label.inset-title", { hasText: "East Africa" })
      .boundingBox();
    if (!title) throw new Error("no inset title");
    // Three wheel notches over the inset, then the inset dragged into view: the places of the
    // crises are named, not yet the rest.
    await fra.mouse.move(title.x + 80, title.y + 50);
    for (let i = 0; i < 3; i++) await fra.mouse.wheel(0, -100);
    await expect.poll(() => shown(fra, "Eritrea"), WAIT).toBe(1);
    const area = await fra.locator("#map-area").boundingBox();
    if (!area) throw new Error("no map");
    await fra.mouse.move(area.x + area.width * 0.7, area.y + area.height * 0.8);
    await fra.mouse.down();
    await fra.mouse.move(area.x + area.width * 0.25, area.y + area.height * 0.3, { steps: 8 });
    await fra.mouse.up();
    for (const name of ["Eritrea", "Ethiopia", "Italian Somaliland"])
      await expect.poll(() => shown(fra, name), WAIT).toBe(1);
    expect(await shown(fra, "Kenya")).toBe(0);
    await screenshot(fra, "notice-insets-key-en");
    await setLang(fra, "fr");
    for (const name of ["Érythrée", "Éthiopie", "Somalie italienne"])
      await expect.poll(() => shown(fra, name), WAIT).toBe(1);
    await screenshot(fra, "notice-insets-key-fr");
    await setLang(fra, "en");
    // One notch closer, and the colonies round them are named too.
    const ethiopia = await fra.locator(".map-label.inset", { hasText: /^Ethiopia$/ }).boundingBox();
    if (!ethiopia) throw new Error("no Ethiopia");
    await fra.mouse.move(ethiopia.x, ethiopia.y + 30);
    await fra.mouse.wheel(0, -100);
    await expect.poll(() => shown(fra, "Kenya"), WAIT).toBe(1);
    await screenshot(fra, "notice-insets-in-en");
    await setLang(fra, "en");
  });

  test("a waiting decision is shown on every tab, and its notice opens the card", async () => {
    // Through 1933-I to 1933-II, which opens with crises for France (the Four-Power Pact).
    const at = async () => (await clock(fra)).toLowerCase();
    for (let i = 0; i < 8 && (await at()) !== "second half of 1933|news"; i++)
      await nextPhase([fra]);
    expect(await at()).toBe("second half of 1933|news");
    await fra.waitForSelector("#pending-notice", WAIT);
    const waiting = Number(await fra.textContent('.badge.pending[data-badge="orders"]'));
    expect(waiting).toBeGreaterThan(0);
    expect(await fra.locator("#pending-notice li").count()).toBe(waiting);
    for (const tab of ["diplomacy", "chat", "news"]) {
      await fra.click(`#tab-${tab}`);
      expect(await fra.locator("#pending-notice").isVisible(), tab).toBe(true);
      // The badge stays while the answer waits, though the Orders tab was never opened.
      expect(await fra.locator('.badge.pending[data-badge="orders"]').textContent()).toBe(
        String(waiting),
      );
    }
    await screenshot(fra, "notice-pending-en");
    await setLang(fra, "fr");
    expect(await fra.textContent("#pending-notice h2")).toMatch(/attend|attendent/);
    await screenshot(fra, "notice-pending-fr");
    await setLang(fra, "en");
    // The button opens the Orders tab on that card, with focus on its first answer.
    const id = await fra.getAttribute("#pending-notice li", "data-pending");
    await fra.click("#pending-notice li button.pending-open");
    await expect.poll(() => fra.getAttribute("#tab-orders", "aria-selected"), WAIT).toBe("true");
    const card = fra.locator(`[data-decision="${id}"]`);
    await card.waitFor(WAIT);
    expect(
      await fra.evaluate<string | undefined>(
        "document.activeElement?.closest('[data-decision]')?.dataset.decision",
      ),
    ).toBe(id);
    expect(await fra.locator("#pending-notice").count()).toBe(0);
    await screenshot(fra, "notice-card-opened-en");
    // Answered, it no longer waits: one fewer on the badge and in the notice.
    await card.locator("button.answer:not([disabled])").first().click();
    await expect
      .poll(
        () =>
          fra
            .locator('.badge.pending[data-badge="orders"]')
            .allTextContents()
            .then((t) => t[0] ?? "0"),
        WAIT,
      )
      .toBe(waiting > 1 ? String(waiting - 1) : "0");
    await fra.click("#tab-news");
    expect(await fra.locator(`#pending-notice li[data-pending="${id}"]`).count()).toBe(0);
    expect(pageErrors(fra)).toEqual([]);
  });
});
