import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, OUT, useStack } from "./harness.ts";
import { pageErrors, skipGuide } from "./play.ts";

const WAIT = { timeout: 30_000 };

/**
 * "What the Charter changed" (issue 17) where a class sees it: a class from 1938-I played to
 * the end of 1939 by its teacher's clock; the student's final report (in French) and the
 * teacher's printed debrief (in English, then French) carry the epilogue with lines of this
 * match and the Charter's articles; screenshots and the printed handout go to test-output/.
 */
describe.skipIf(!canRun)("the Charter epilogue in the final report and the debrief", () => {
  const stack = useStack();
  let teacher: Page;
  let student: Page;
  let report: Page;

  test("a class plays from 1938 to the end; the student's final report has the epilogue", async () => {
    mkdirSync(OUT, { recursive: true });
    const context = await stack.browser.newContext({ locale: "en-GB" });
    teacher = await context.newPage();
    pageErrors(teacher);
    await teacher.goto(`${stack.server.url}/teacher.html`);
    await teacher.locator("#setup-scenario").selectOption("europe-1933");
    await teacher.locator("#setup-start").selectOption("1938-I");
    await teacher.locator("#setup-create").click();
    await expect.poll(() => teacher.locator("#join-code").textContent(), WAIT).toMatch(/\w/);
    const code = ((await teacher.locator("#join-code").textContent()) ?? "").replace("-", "");
    student = await (await stack.browser.newContext({ locale: "fr-FR" })).newPage();
    await student.goto(`${stack.server.url}/class.html?code=${code}`);
    await student.locator("#join-name").fill("Zoé");
    await student.locator("#join-submit").click();
    await student.locator("#teacher-reads").waitFor(WAIT);
    await expect.poll(() => teacher.locator("tr[data-student]").count(), WAIT).toBe(1);
    await teacher.locator("#auto-prefs").click();
    await teacher.locator("#ctl-start").click();
    const phase = () => teacher.locator("#phase-line").getAttribute("data-phase");
    const line = () => teacher.locator("#phase-line").textContent();
    for (let i = 0; i < 60 && (await phase()) !== "ended"; i++) {
      const before = `${await line()}|${await phase()}`;
      await teacher.locator("#ctl-advance").click();
      await expect.poll(async () => `${await line()}|${await phase()}`, WAIT).not.toBe(before);
    }
    expect(await phase()).toBe("ended");
    const epilogue = student.locator("#charter-epilogue");
    await epilogue.waitFor(WAIT);
    expect(await epilogue.locator("h3").first().textContent()).toBe("Ce que la Charte a changé");
    expect(await epilogue.locator(".charter-line").count()).toBeGreaterThan(0);
    expect(await epilogue.locator("blockquote[data-article]").count()).toBeGreaterThan(0);
    expect(await epilogue.textContent()).toMatch(/dans votre partie/);
    await skipGuide(student);
    await student.setViewportSize({ width: 1100, height: 4000 });
    await epilogue.scrollIntoViewIfNeeded();
    await epilogue.screenshot({ path: join(OUT, "charter-final-fr.png") });
  });

  test("the debrief carries it as a section, in English and in French, and prints the handout", async () => {
    const popup = teacher.context().waitForEvent("page");
    await teacher.locator("#ctl-debrief").click();
    report = await popup;
    await report.locator("#debrief").waitFor(WAIT);
    const section = report.locator('[data-section="charter"]');
    await section.waitFor(WAIT);
    expect(await section.locator("h3").first().textContent()).toBe("What the Charter changed");
    const text = (await section.textContent()) ?? "";
    expect(text).toMatch(/In your 19(38|39)/);
    expect(text).toMatch(/Charter of the United Nations, San Francisco, 26 June 1945, Art\. \d/);
    expect(await section.locator("[data-element]").count()).toBe(4);
    await report.setViewportSize({ width: 1000, height: 5000 });
    await section.screenshot({ path: join(OUT, "charter-debrief-en.png") });
    await report.emulateMedia({ media: "print" });
    await report.pdf({ path: join(OUT, "charter-debrief-en.pdf"), format: "A4" });
    await report.emulateMedia({ media: "screen" });
    await report.locator('button[data-lang="fr"]').first().click();
    await expect
      .poll(() => section.locator("h3").first().textContent(), WAIT)
      .toBe("Ce que la Charte a changé");
    expect(await section.textContent()).toMatch(
      /Charte des Nations Unies, San Francisco, 26 juin 1945/,
    );
    await section.screenshot({ path: join(OUT, "charter-debrief-fr.png") });
  });
});
