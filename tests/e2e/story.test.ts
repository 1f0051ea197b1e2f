import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, screenshot, useStack } from "./harness.ts";
import { createMatch, newPlayer, nextPhase, pageErrors, skipGuide, takeSeat } from "./play.ts";

/**
 * The game tells its story (issue 11), in a real browser against the real server: France is
 * played by a person in the 1933 scenario, every other seat by bots. Over several turns, in
 * English and in French, every panel is read as a player reads it and must hold no raw
 * string — no error code, no {{placeholder}}, no translation key, no country code where a name
 * belongs, no English in the French pages. Along the way: the turn's report, a decision card
 * with its context, the map's names and key, and a bot's answer in words. Screenshots go to
 * test-output/.
 */
const WAIT = { timeout: 20_000 };
const TABS = ["news", "diplomacy", "orders", "chat"] as const;

/** Ids of the 1933 scenario's states (USA is also its English name, so it is left out). */
const CODES = [
  "DEU",
  "FRA",
  "GBR",
  "SUN",
  "ITA",
  "POL",
  "CSK",
  "ROU",
  "JPN",
  "AUT",
  "BEL",
  "NLD",
  "LUX",
  "HUN",
  "YUG",
  "BGR",
  "GRC",
  "TUR",
  "ALB",
  "EST",
  "LVA",
  "LTU",
  "FIN",
  "SWE",
  "NOR",
  "DNK",
  "CHE",
  "ESP",
  "ESP_REP",
  "ESP_NAT",
  "PRT",
  "IRL",
  "ETH",
  "CHN",
  "DZG",
];
const RAW: ReadonlyArray<[string, RegExp]> = [
  ["placeholder", /\{\{|\}\}/],
  ["error or warning code", /\b(ERR|WARN)_[A-Z_]+\b/],
  [
    "translation key",
    /\b(news|story|card|bots|legend|events|powers|treaties|ord|dip|report|final|game|errors)[.:][a-z][A-Za-z]*(\.[A-Za-z]+)*\b/,
  ],
  ["country code", new RegExp(`\\b(${CODES.join("|")})\\b`)],
  ["treaty id as a name", /\bT\d+\b/],
];
/** English words that have no business on a French page (whole words, case-sensitive). */
const ENGLISH =
  /\b(the|and|of|with|Pact|Agreement|chooses|against|Treaty|signs|rejects|half-year|Germany|Britain|honours|breaks|makes its choice|takes a turn|Awaiting|World tension)\b/;

/** The visible text of the page, without what is marked as English on purpose (RULES.md). */
async function visibleText(page: Page): Promise<string> {
  // Run in the page (a string: this project's tests compile without the DOM's types).
  return page.evaluate<string>(`(() => {
    const clone = document.body.cloneNode(true);
    for (const el of clone.querySelectorAll('[lang="en"], script, style')) el.remove();
    clone.style.position = "absolute";
    document.body.append(clone);
    const text = clone.innerText;
    clone.remove();
    return text;
  })()`);
}

function rawStrings(text: string, lang: "en" | "fr"): string[] {
  const bad: string[] = [];
  for (const line of text.split("\n")) {
    for (const [what, re] of RAW) if (re.test(line)) bad.push(`${what}: ${line.trim()}`);
    if (lang === "fr" && ENGLISH.test(line)) bad.push(`English in French: ${line.trim()}`);
  }
  return bad;
}

async function setLang(page: Page, lang: "en" | "fr"): Promise<void> {
  await page.click(`button[data-lang="${lang}"]`);
  await expect.poll(() => page.getAttribute("html", "lang"), WAIT).toBe(lang);
}

describe.skipIf(!canRun)("the game tells its story, in English and in French", () => {
  const stack = useStack();
  let fra: Page;
  const problems: string[] = [];

  /** Read every tab of the match screen in both languages, and note every raw string. */
  async function readAll(label: string): Promise<void> {
    for (const lang of ["en", "fr"] as const) {
      await setLang(fra, lang);
      for (const tab of TABS) {
        await fra.click(`#tab-${tab}`);
        const found = rawStrings(await visibleText(fra), lang);
        problems.push(...found.map((x) => `[${label} ${lang} ${tab}] ${x}`));
      }
    }
    await setLang(fra, "en");
  }

  test("a new player's pages read cleanly from the first screen", async () => {
    fra = await newPlayer(stack.browser, stack.server.url, "Barthou");
    for (const lang of ["en", "fr"] as const) {
      await setLang(fra, lang);
      problems.push(...rawStrings(await visibleText(fra), lang).map((x) => `[home ${lang}] ${x}`));
    }
    await setLang(fra, "en");
    await createMatch(fra, "europe-1933", ["FRA"]);
    await takeSeat(fra, "FRA");
    for (const lang of ["en", "fr"] as const) {
      await setLang(fra, lang);
      problems.push(...rawStrings(await visibleText(fra), lang).map((x) => `[lobby ${lang}] ${x}`));
    }
    await setLang(fra, "en");
    await fra.click("#lobby-ready");
    await fra.waitForSelector("#start-match:not([disabled])");
    await fra.click("#start-match");
    await fra.waitForSelector("#game-phase", WAIT);
    await skipGuide(fra);
    await fra.waitForSelector("#map-legend", WAIT);
    await readAll("1933-I news");
  });

  test("the map names the states and has a key for its mode", async () => {
    await fra.waitForSelector(".map-label.state.great:not([hidden])", WAIT);
    const names = await fra.locator(".map-label.state:not([hidden])").allTextContents();
    expect(names).toEqual(expect.arrayContaining(["Germany", "France", "Italy"]));
    expect(await fra.locator("#map-legend").textContent()).toContain("demilitarised zone");
    // Wars, fronts and the player's own orders are drawn too, and keyed.
    expect(await fra.locator("#map-legend").textContent()).toMatch(/a war.*a front.*your orders/s);
    // On a laptop's map the key starts folded to its title, off the Soviet Union's name.
    const unfolded = () => fra.evaluate<boolean>(`document.querySelector("#map-legend").open`);
    expect(await unfolded()).toBe(false);
    // The main map's name (the Far East inset names the USSR too, after it).
    const ussr = await fra
      .locator(".map-label.state.great", { hasText: "USSR" })
      .first()
      .boundingBox();
    const key = await fra.locator("#map-legend").boundingBox();
    if (!ussr || !key) throw new Error("no USSR name or no key");
    expect(ussr.x + ussr.width < key.x || ussr.y > key.y + key.height).toBe(true);
    await screenshot(fra, "story-map-en");
    await fra.click("#map-legend summary");
    await expect.poll(unfolded, WAIT).toBe(true);
    await fra.selectOption("#map-mode", "alliances");
    await expect.poll(() => fra.getAttribute("#map-legend", "data-mode"), WAIT).toBe("alliances");
    expect(await unfolded()).toBe(true); // as the player left it
    expect(await fra.locator("#map-legend").textContent()).toContain("guarantee");
    // Zoomed in, the regions of the period's crises are named too.
    const box = await fra.locator("#map-area").boundingBox();
    if (!box) throw new Error("no map");
    await fra.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    for (let i = 0; i < 8; i++) await fra.mouse.wheel(0, -100);
    await expect
      .poll(() => fra.locator(".map-label.region.key:not([hidden])").count(), WAIT)
      .toBeGreaterThan(0);
    await setLang(fra, "fr");
    await expect
      .poll(() => fra.locator(".map-label.state:not([hidden])").allTextContents(), WAIT)
      .toEqual(expect.arrayContaining(["Allemagne"]));
    await screenshot(fra, "story-map-zoomed-fr");
    await setLang(fra, "en");
    await fra.selectOption("#map-mode", "political");
  });

  test("a bot answers a proposal in words, in the reader's language", async () => {
    await nextPhase([fra]); // to Diplomacy
    await fra.click("#tab-diplomacy");
    // No party that does not exist yet (the Nationalists rise only in 1936).
    expect(await fra.locator("#party-ESP_NAT").count()).toBe(0);
    // The pre-filled term lapses within the match: the editor says so before it is proposed.
    expect(await fra.textContent("#lapse-hint")).toMatch(
      /lapses after the .+ before the match ends/,
    );
    // The League's motions are found from here: where, when, and at what cost.
    await fra.click("#tab-orders");
    expect(await fra.textContent("#panel")).toMatch(
      /Tabling a motion costs 1 AP|Members of the League table motions/,
    );
    await fra.click("#tab-diplomacy");
    await fra.check("#party-ITA");
    await fra.selectOption("#clause-kind", "nonAggression");
    await fra.click("#add-clause");
    // Typed, then Propose at once: the first click counts (it was lost to the field's blur).
    await fra.fill("#treaty-name", "Pacte franco-italien");
    await fra.click("#propose");
    await expect.poll(() => fra.locator("#treaty-name").inputValue(), WAIT).toBe("");
    await fra.click("#tab-chat");
    const channel = fra.locator("button.channel", { hasText: "Italy" });
    await channel.first().waitFor(WAIT);
    await channel.first().click();
    const said = fra.locator("li.bot-says").first();
    await said.waitFor(WAIT);
    expect(await said.textContent()).toMatch(
      /^Italy We (sign|reject|answer) .*Pacte franco-italien.*: .+\.$/,
    );
    await screenshot(fra, "story-bot-answer-en");
    await setLang(fra, "fr");
    await expect
      .poll(() => fra.locator("li.bot-says").first().textContent(), WAIT)
      .toMatch(/^Italie Nous (signons|rejetons|répondons) .*Pacte franco-italien.*\s: .+\.$/);
    await screenshot(fra, "story-bot-answer-fr");
    await setLang(fra, "en");
    await readAll("1933-I diplomacy");
  });

  test("after the Resolution, the report says what happened and why tension moved", async () => {
    await nextPhase([fra]); // Orders
    await readAll("1933-I orders");
    await nextPhase([fra]); // Resolution
    await nextPhase([fra]); // Report
    await fra.click("#tab-news");
    const summary = fra.locator("#story-summary");
    await summary.waitFor(WAIT);
    expect(await summary.locator(".story-line").count()).toBeGreaterThan(0);
    const title = (await summary.locator(".tension-story h3").textContent()) ?? "";
    expect(title).toMatch(/^Why world tension moved: \d+ → \d+$/);
    // Whole numbers, as a player reads them, that add up to the move the title shows.
    const [from, to] = (/(\d+) → (\d+)/.exec(title) ?? []).slice(1).map(Number);
    const figures = await summary.locator(".tension-story .figure").allTextContents();
    for (const f of figures) expect(f).toMatch(/^[+−]?\d+$/);
    const sum = figures.reduce((s, f) => s + Number(f.replace("−", "-")), 0);
    expect(sum).toBe((to ?? 0) - (from ?? 0));
    expect(await fra.textContent("#panel")).not.toMatch(/makes its choice|takes a turn/);
    await screenshot(fra, "story-report-en");
    await setLang(fra, "fr");
    await expect
      .poll(() => fra.locator(".tension-story h3").textContent(), WAIT)
      .toMatch(/^Pourquoi la tension a varié/);
    await screenshot(fra, "story-report-fr");
    await setLang(fra, "en");
    await readAll("1933-I report");
  });

  test("a decision card carries its context and working buttons", async () => {
    // 1933-II opens with crises for France (the Four-Power Pact).
    await nextPhase([fra]);
    await fra.click("#tab-orders");
    const card = fra.locator("[data-decision]").first();
    await card.waitFor(WAIT);
    const answers = card.locator("button.answer:not([disabled])");
    expect(await answers.count()).toBeGreaterThan(1);
    // Each answer says what it does.
    expect(await card.locator(".outcome li").count()).toBeGreaterThan(0);
    await screenshot(fra, "story-decision-en");
    const last = answers.last();
    const choice = await last.textContent();
    await last.click();
    await expect.poll(() => card.locator(".option.chosen button").textContent(), WAIT).toBe(choice);
    await setLang(fra, "fr");
    await screenshot(fra, "story-decision-fr");
    await setLang(fra, "en");
    await readAll("1933-II news");
  });

  test("two more turns read cleanly in both languages", async () => {
    for (let i = 0; i < 8; i++) {
      await nextPhase([fra]);
      await skipGuide(fra);
      const phase = (await fra.textContent("#game-phase"))?.trim() ?? "";
      if (phase === "Report" || phase === "News")
        await readAll(`${await fra.textContent("#game-date")} ${phase}`);
    }
    await fra.click("#tab-news");
    // Earlier papers are folded under their dates, not piled up in one scroll.
    expect(await fra.locator("details.news-archive").count()).toBeGreaterThan(1);
    expect(await fra.locator("details.news-archive[open]").count()).toBe(0);
    // France ratified the Four-Power Pact on its decision card: the paper says what followed.
    expect(await fra.textContent("#panel")).toContain(
      "France ratifies: the Four-Power Pact comes into force.",
    );
    await screenshot(fra, "story-late-report-en");
  }, 240_000);

  test("the rules read as a document, not raw Markdown", async () => {
    await fra.click("#rules-open");
    await fra.waitForSelector(".rule-body table", WAIT);
    const text = (await fra.textContent(".rules-dialog")) ?? "";
    expect(text).not.toMatch(/\*\*|\|\s*---/);
    await screenshot(fra, "story-rules-en");
    await fra.keyboard.press("Escape");
    await setLang(fra, "fr");
    await fra.click("#rules-open");
    await fra.waitForSelector(".rule-body table", WAIT);
    problems.push(...rawStrings(await visibleText(fra), "fr").map((x) => `[rules fr] ${x}`));
    await fra.keyboard.press("Escape");
    await setLang(fra, "en");
  });

  test('a clause\'s "?" opens its note and its one section, in words', async () => {
    for (const lang of ["en", "fr"] as const) {
      await setLang(fra, lang);
      await fra.click("#tab-diplomacy");
      await fra.locator("button.rule-link").first().click();
      const note = fra.locator(".rule-note");
      await note.waitFor(WAIT);
      // A heading and a sentence, not a key or a template ("clause.x", "{{mode}}").
      expect(await note.locator("h3").textContent()).not.toMatch(/\.|\{\{/);
      expect(await note.locator("p").textContent()).not.toMatch(/\{\{/);
      await fra.waitForSelector(".rule-body table", WAIT);
      expect(await fra.locator(".rule-section").count()).toBe(1);
      problems.push(...rawStrings(await visibleText(fra), lang).map((x) => `[rule ${lang}] ${x}`));
      await screenshot(fra, `story-rule-note-${lang}`);
      await fra.keyboard.press("Escape");
    }
    await setLang(fra, "en");
  });

  test("no raw string anywhere, and no page error", () => {
    expect([...new Set(problems)]).toEqual([]);
    expect(pageErrors(fra)).toEqual([]);
  });
});
