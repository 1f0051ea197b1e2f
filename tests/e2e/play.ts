import type { Browser, Page } from "playwright-core";

/** Steps a person takes in the browser, shared by the end-to-end tests. */
export async function newPlayer(
  browser: Browser,
  url: string,
  name: string,
  size = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: "en-GB" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  await page.fill("#player-name", name);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** The host creates a private match with these seats open to people and no deadlines. */
export async function createMatch(
  page: Page,
  scenario: string,
  humans: readonly string[],
): Promise<string> {
  await page.waitForSelector(`#scenario option[value="${scenario}"]`, { state: "attached" });
  await page.selectOption("#scenario", scenario);
  await page.selectOption("#timers", "none");
  for (const box of await page.locator('input[name="human-seat"]').all()) {
    const power = await box.getAttribute("value");
    if (humans.includes(power ?? "") !== (await box.isChecked())) await box.click();
  }
  await page.check('input[name="visibility"][value="private"]');
  await page.click("#create-match");
  await page.waitForSelector("#match-code");
  return ((await page.textContent("#match-code")) ?? "").trim();
}

export async function joinByCode(page: Page, code: string): Promise<void> {
  await page.fill("#join-code", code.toLowerCase());
  await page.click("#join-by-code");
  await page.waitForSelector(".lobby");
}

export async function takeSeat(page: Page, power: string): Promise<void> {
  await page.click(`button.take-seat[data-power="${power}"]`);
  await page.waitForSelector("#lobby-ready");
}

/** Phase and turn as shown in the top bar. */
export async function clock(page: Page): Promise<string> {
  const date = await page.textContent("#game-date").catch(() => null);
  const phase = await page.textContent("#game-phase").catch(() => null);
  return `${date ?? ""}|${phase ?? ""}`;
}

export async function skipGuide(page: Page): Promise<void> {
  const skip = page.locator("#guide-skip");
  if (await skip.isVisible().catch(() => false)) await skip.click();
}

/** Everyone presses Ready until the top bar shows a new phase (or the final report). */
export async function nextPhase(pages: readonly Page[]): Promise<void> {
  const first = pages[0];
  if (!first) return;
  const before = await clock(first);
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (
      await first
        .locator(".final")
        .isVisible()
        .catch(() => false)
    )
      return;
    if ((await clock(first)) !== before) return;
    for (const p of pages) {
      const ready = p.locator('#ready[aria-pressed="false"]');
      if (await ready.isVisible().catch(() => false)) await ready.click().catch(() => undefined);
    }
    await first.waitForTimeout(150);
  }
  throw new Error(`the phase did not end (${before})`);
}

export async function untilPhase(pages: readonly Page[], phase: string): Promise<void> {
  const first = pages[0];
  if (!first) return;
  for (let i = 0; i < 12; i++) {
    if (((await first.textContent("#game-phase")) ?? "").trim() === phase) return;
    await nextPhase(pages);
  }
  throw new Error(`never reached phase ${phase}`);
}
