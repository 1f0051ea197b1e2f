import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, OUT, useStack } from "./harness.ts";
import { pageErrors } from "./play.ts";

const WAIT = { timeout: 30_000 };
const MEMO = "Nous avons choisi la fermeté à Genève.";

/**
 * The debrief as a teacher prints it (issue 12, items 1 and 7): a class on the 1933 scenario
 * from 1935, the teacher advancing through the Ethiopian crisis to 1936; the report opens on
 * a page of its own (not under the channels), key moments first, League sanctions recorded,
 * objectives by name; printed to PDF on A4 and on Letter it runs to several pages, each
 * turned into a PNG under test-output/ to be looked at; the projector version has no memo;
 * the CSV, in French, starts with a byte-order mark and splits on ";".
 */
describe.skipIf(!canRun)("the debrief, on its own page and on paper", () => {
  const stack = useStack();
  let teacher: Page;
  let report: Page;

  const phase = () => teacher.locator("#phase-line").getAttribute("data-phase");
  const line = () => teacher.locator("#phase-line").textContent();

  test("a class plays from 1935 into 1936; the debrief opens on its own page", async () => {
    const context = await stack.browser.newContext({ locale: "en-GB", acceptDownloads: true });
    teacher = await context.newPage();
    pageErrors(teacher);
    await teacher.goto(`${stack.server.url}/teacher.html`);
    await teacher.locator("#setup-scenario").selectOption("europe-1933");
    await teacher.locator("#setup-start").selectOption("1935-I");
    // The student plays Italy, and chooses the invasion of Ethiopia: the League's answer, not a
    // bot's dice, is then what the debrief must record.
    for (const seat of await teacher.locator('input[name="seat"]').all()) {
      await seat.setChecked((await seat.getAttribute("value")) === "ITA");
    }
    await teacher.locator("#setup-create").click();
    await expect.poll(() => teacher.locator("#join-code").textContent(), WAIT).toMatch(/\w/);
    const code = ((await teacher.locator("#join-code").textContent()) ?? "").replace("-", "");
    const student = await (await stack.browser.newContext({ locale: "fr-FR" })).newPage();
    await student.goto(`${stack.server.url}/class.html?code=${code}`);
    await student.locator("#join-name").fill("Zoé");
    await student.locator("#join-submit").click();
    await student.locator("#teacher-reads").waitFor(WAIT);
    await expect.poll(() => teacher.locator("tr[data-student]").count(), WAIT).toBe(1);
    await teacher.locator("#auto-prefs").click();
    await expect.poll(() => student.locator("#my-place").textContent(), WAIT).toMatch(/Vous/);
    await teacher.locator("#ctl-start").click();
    // Through the Ethiopian crisis (second half of 1935) to the first half of 1936's report.
    let memoSent = false;
    let invaded = false;
    for (let i = 0; i < 40; i++) {
      const text = (await line()) ?? "";
      if (/1936/.test(text) && (await phase()) === "report") break;
      // A general war may end the match first (the rules allow it by 1936): the debrief holds.
      if ((await teacher.locator("#phase-line").getAttribute("data-status")) === "finished") break;
      // The Ethiopian crisis opens in the second half of 1935 (turn 5): the student's page
      // may lag behind the teacher's, so it is waited for there, not merely looked at.
      const invade = student.locator('[data-decision] [data-choice="invade"]');
      const turn = await teacher.locator("#phase-line").getAttribute("data-turn");
      if (!invaded && turn === "5" && (await phase()) === "orders") {
        await invade.first().waitFor(WAIT);
        await invade.first().click();
        invaded = true;
      }
      if (!memoSent && (await student.locator("#memo-text").count()) > 0) {
        await student.locator("#memo-text").fill(MEMO);
        await student.locator("#memo-send").click();
        memoSent = true;
      }
      const before = `${text}|${await phase()}`;
      await teacher.locator("#ctl-advance").click();
      await expect.poll(async () => `${await line()}|${await phase()}`, WAIT).not.toBe(before);
    }
    expect(memoSent).toBe(true);
    expect(invaded).toBe(true);
    const popup = context.waitForEvent("page");
    await teacher.locator("#ctl-debrief").click();
    report = await popup;
    await report.locator("#debrief").waitFor(WAIT);
    // Not inline under the dashboard's channels any more.
    expect(await teacher.locator("#debrief").count()).toBe(0);
    const sections = await report
      .locator("[data-section]")
      .evaluateAll((xs) => xs.map((x) => x.getAttribute("data-section")));
    expect(sections[0]).toBe("moments");
    expect(sections).toEqual(
      expect.arrayContaining(["timeline", "treaties", "league", "scores", "memos"]),
    );
  });

  test("what it tells: sanctions, objective names, no code", async () => {
    const league = (await report.locator('[data-section="league"]').textContent()) ?? "";
    // The League's sanctions on Italy of November 1935 (the Ethiopian crisis) are recorded.
    expect(league).toMatch(/Italy/);
    expect(league).not.toBe("None.");
    const scores = (await report.locator('[data-section="scores"]').textContent()) ?? "";
    expect(scores).not.toMatch(/\b[a-z]{3}-[a-z-]+\b/);
    expect(await report.locator(".objectives li").count()).toBeGreaterThan(3);
    expect(await report.locator('[data-section="memos"]').textContent()).toContain(MEMO);
  });

  test("printed on A4 and Letter: several pages, each one a PNG", async () => {
    mkdirSync(OUT, { recursive: true });
    await report.emulateMedia({ media: "print" });
    for (const format of ["A4", "Letter"] as const) {
      const pdf = join(OUT, `debrief-${format}.pdf`);
      await report.pdf({ path: pdf, format, printBackground: true });
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
      expect(pages).toBeGreaterThanOrEqual(4);
      // A handful of pages, not twenty (issue 12): the history before the match and the
      // Council's yearly rotation one line each, objectives run on, obligations grouped. This
      // match prints on 8 (3 of them the Charter epilogue); a whole 1933–1939 one on more.
      expect(pages).toBeLessThanOrEqual(12);
      for (const old of readdirSync(OUT))
        if (old.startsWith(`debrief-${format}-`)) rmSync(join(OUT, old));
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUT, `debrief-${format}`)]);
    }
    await report.emulateMedia({ media: "screen" });
  });

  test("the projector version has no memo; the French CSV opens right in Excel", async () => {
    await report.locator("#debrief-projector").click();
    await expect.poll(() => report.locator('[data-section="memos"]').count(), WAIT).toBe(0);
    expect(await report.locator("#debrief").textContent()).not.toContain(MEMO);
    await report.locator("#debrief-projector").click();
    await report.locator('button[data-lang="fr"]').first().click();
    await expect
      .poll(() => report.locator("#debrief h2").first().textContent(), WAIT)
      .toBe("Synthèse");
    const download = report.waitForEvent("download");
    await report.locator("#debrief-csv").click();
    const file = await (await download).path();
    const csv = readFileSync(file, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFRubrique;Pays;Élément;Valeur;Détail");
    expect(csv).toContain("Note;");
    expect(csv).not.toMatch(/;(deu|fra|gbr|ita)-[a-z-]+;/);
    await report.screenshot({ path: join(OUT, "debrief-fr.png"), fullPage: false });
  });
});
