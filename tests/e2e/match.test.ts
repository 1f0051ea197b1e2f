import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, screenshot, useStack } from "./harness.ts";
import {
  clock,
  createMatch,
  joinByCode,
  newPlayer,
  nextPhase,
  pageErrors,
  skipGuide,
  takeSeat,
  untilPhase,
} from "./play.ts";

/** Polls wait for server round trips and lazily loaded chunks (vitest's default is 1 s). */
const WAIT = { timeout: 20_000 };

/**
 * A whole match in real browsers against the real server: two people (France and the USSR)
 * and a third (Britain) in a private match, bots in every other seat. They sign a treaty
 * with a secret article that Britain's stack.browser must not show, give orders, one reloads
 * mid-match and comes back to its seat, and all play to the final report.
 */
const SECRET = "The parties will consult one another whenever their security is threatened.";
const PUBLIC = /mutual assistance|assistance/i;

describe.skipIf(!canRun)("a match in the stack.browser", () => {
  const stack = useStack();
  let fra: Page;
  let sun: Page;
  let gbr: Page;

  test("two players create and join a private match by code, bots in the other seats", async () => {
    fra = await newPlayer(stack.browser, stack.server.url, "Barthou");
    const code = await createMatch(fra, "mini", ["FRA", "SUN", "GBR"]);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    await takeSeat(fra, "FRA");
    sun = await newPlayer(stack.browser, stack.server.url, "Litvinov");
    await joinByCode(sun, code);
    await takeSeat(sun, "SUN");
    gbr = await newPlayer(stack.browser, stack.server.url, "Simon");
    await joinByCode(gbr, code);
    await takeSeat(gbr, "GBR");
    // Every seat not open to people is a bot.
    await expect
      .poll(() => fra.locator('tr[data-power="DEU"] td').first().textContent(), WAIT)
      .toBe("Bot");
    for (const p of [fra, sun, gbr]) await p.click("#lobby-ready");
    await fra.waitForSelector("#start-match:not([disabled])");
    await screenshot(fra, "lobby");
    await fra.click("#start-match");
    for (const p of [fra, sun, gbr]) await p.waitForSelector("#game-phase");
    await fra.waitForSelector("#map-area canvas", { timeout: 10_000 }).catch(() => undefined);
    await expect.poll(() => fra.textContent(".seat-name"), WAIT).toBe("France");
    await expect.poll(() => sun.textContent(".seat-name"), WAIT).toBe("USSR");
    await screenshot(fra, "map");
  });

  test("the guided first turn can be followed to its end or skipped", async () => {
    await fra.waitForSelector("#guide");
    // Each step lights up what it speaks of on the screen, and the end puts the light out.
    const lit = () => fra.evaluate<string | undefined>("document.body.dataset.guide");
    for (const spot of ["tab-news", "tab-diplomacy", "tab-orders"]) {
      expect(await lit()).toBe(spot);
      await fra.click("#guide-next");
    }
    expect(await lit()).toBe("ready");
    await screenshot(fra, "guide-ready");
    await fra.click("#guide-done");
    expect(await fra.locator("#guide").count()).toBe(0);
    expect(await lit()).toBeUndefined();
    await skipGuide(sun);
    await skipGuide(gbr);
  });

  test("they negotiate and sign a treaty with a secret article that a third seat cannot see", async () => {
    await untilPhase([fra, sun, gbr], "Diplomacy");
    await fra.click("#tab-diplomacy");
    await fra.check("#party-SUN");
    await fra.selectOption("#clause-kind", "mutualAssistance");
    await fra.click("#add-clause");
    await fra.selectOption("#clause-kind", "consultation");
    await fra.click("#add-clause");
    await fra.check("#cl-1-secret");
    await fra.fill("#treaty-name", "Franco-Soviet Pact");
    await fra.press("#treaty-name", "Tab");
    await expect
      .poll(() => fra.locator(".preview .protocol").textContent(), WAIT)
      .toContain(SECRET);
    // The editor weighs the draft as if in force: what Berlin is likely to conclude (issue 10).
    await expect
      .poll(() => fra.locator("#outlook-draft").textContent(), WAIT)
      .toContain("With this treaty in force, Berlin is likely to");
    await screenshot(fra, "treaty-editor");
    await fra.click("#propose");

    await sun.click("#tab-diplomacy");
    // Bots propose treaties of their own: find ours by its title.
    const card = sun.locator("[data-proposal]", { hasText: "Franco-Soviet Pact" });
    await card.waitFor();
    expect(await card.textContent()).toContain("Franco-Soviet Pact");
    expect(await card.locator(".protocol").textContent()).toContain(SECRET);
    await card.locator("button.sign").click();
    // The proposer signs too when the engine has not counted its proposal as a signature.
    await fra.click("#tab-diplomacy");
    const own = fra
      .locator("[data-proposal]", { hasText: "Franco-Soviet Pact" })
      .locator("button.sign");
    if (await own.isVisible().catch(() => false)) await own.click();

    const pact = (p: Page) => p.locator(".card.known", { hasText: "Franco-Soviet Pact" });
    const signed = (p: Page) => pact(p).locator(".treaty-doc .stamp").first().textContent();
    // Signed by both; in force at once when neither needs a parliament's ratification.
    await expect.poll(() => signed(sun), { timeout: 10_000 }).toMatch(/^(Signed|In force)$/);
    await expect.poll(() => signed(fra), WAIT).toMatch(/^(Signed|In force)$/);
    expect(await pact(sun).locator(".protocol").textContent()).toContain(SECRET);

    await gbr.click("#tab-diplomacy");
    await expect.poll(() => pact(gbr).count(), WAIT).toBe(1);
    expect(await pact(gbr).textContent()).toMatch(PUBLIC);
    expect(await pact(gbr).locator(".protocol").count()).toBe(0);
    expect((await gbr.textContent("body")) ?? "").not.toContain(SECRET);
  });

  test("they give orders with their action points", async () => {
    await untilPhase([fra, sun, gbr], "Orders");
    for (const p of [fra, sun]) {
      await p.click("#tab-orders");
      const give = p.locator("button.give").first();
      await give.waitFor({ timeout: 10_000 });
      const apBefore = await p.textContent("#ap-left");
      await give.click();
      await expect.poll(() => p.locator(".given li").count(), WAIT).toBeGreaterThan(0);
      await expect.poll(() => p.textContent("#ap-left"), WAIT).not.toBe(apBefore);
    }
    // The orders panel shows the aggressor's likely conclusion, from France's own view.
    expect(await fra.locator("#outlook").textContent()).toMatch(/Berlin is likely to/);
    // Orders are secret until resolution: Britain sees none of them.
    await gbr.click("#tab-orders");
    expect(await gbr.locator(".given li").count()).toBe(0);
  });

  test("a player who reloads mid-match comes back to the same seat", async () => {
    const before = await clock(sun);
    await sun.reload();
    await sun.waitForSelector("#game-phase");
    await expect.poll(() => sun.textContent(".seat-name"), WAIT).toBe("USSR");
    expect(await clock(sun)).toBe(before);
    await expect.poll(() => sun.locator(".given li").count(), WAIT).toBeGreaterThan(0);
  });

  test("they play to the end and reach the final report", async () => {
    const pages = [fra, sun, gbr];
    for (let i = 0; i < 80; i++) {
      if (
        await fra
          .locator(".final")
          .isVisible()
          .catch(() => false)
      )
        break;
      await nextPhase(pages);
    }
    for (const p of pages) await p.waitForSelector(".final #final-title", { timeout: 20_000 });
    expect(await fra.textContent("#final-title")).toBe("The final report");
    expect(await fra.locator(".final .treaty-doc").count()).toBeGreaterThan(0);
    await screenshot(fra, "final-report");
  }, 300_000);

  test("the language switch turns the visible texts into French", async () => {
    await fra.click('button[data-lang="fr"]');
    await expect.poll(() => fra.textContent("#final-title"), WAIT).toBe("Le rapport final");
    expect(await fra.getAttribute("html", "lang")).toBe("fr");
    expect(await fra.textContent("#rules-open")).toBe("Règles");
    expect(await fra.textContent("#game-date")).toMatch(/semestre 19\d\d/);
    await screenshot(fra, "final-report-fr");
    // The choice sticks across a reload.
    await fra.reload();
    await expect.poll(() => fra.textContent("#rules-open"), WAIT).toBe("Règles");
  });

  test("no page threw", () => {
    for (const p of [fra, sun, gbr]) expect(pageErrors(p)).toEqual([]);
  });
});
