import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { canRun, OUT, screenshot, useStack } from "./harness.ts";
import { pageErrors, skipGuide } from "./play.ts";

const WAIT = { timeout: 20_000 };
const INJECT = "Extra! Geneva calls an emergency session of the Council.";
const NOTE = "Teacher here: France and Moscow, what will you offer each other?";
const TEAM_NOTE = "Teacher to France alone: keep your answer to Moscow between you.";
const MEMO = "We kept our orders: the economy first, then guns.";

/**
 * A class in real browsers: a teacher and three students. Join by code; powers and roles
 * assigned; pause and resume; a news inject; one rollback; a memo; the debrief, in French,
 * rendered for print (a screenshot and a PDF under test-output/).
 */
describe.skipIf(!canRun)("a class match in the stack.browser", () => {
  const stack = useStack();
  let teacher: Page;
  const students: Page[] = [];
  let code = "";

  const phase = (p: Page) => p.locator("#phase-line").getAttribute("data-phase");
  const status = (p: Page) => p.locator("#phase-line").getAttribute("data-status");
  async function untilAttr(read: () => Promise<string | null>, want: string) {
    await expect.poll(read, WAIT).toBe(want);
  }

  test("the teacher sets up a class; three students join by code", async () => {
    teacher = await (await stack.browser.newContext({ locale: "en-GB" })).newPage();
    pageErrors(teacher);
    await teacher.goto(`${stack.server.url}/teacher.html`);
    await teacher.locator("#setup-scenario").selectOption("mini");
    await teacher.locator("#setup-create").click();
    await expect
      .poll(() => teacher.locator("#join-code").textContent(), WAIT)
      .toMatch(/\w{5}-\w{5}/);
    code = ((await teacher.locator("#join-code").textContent()) ?? "").replace("-", "");
    await expect.poll(() => teacher.locator("#join-qr svg").count(), WAIT).toBe(1);
    await screenshot(teacher, "class-teacher-join");
    for (const name of ["Ana", "Ben", "Cleo"]) {
      const page = await (await stack.browser.newContext({ locale: "en-GB" })).newPage();
      pageErrors(page);
      await page.goto(`${stack.server.url}/class.html?code=${code}`);
      await page.locator("#join-name").fill(name);
      await page.locator("#join-submit").click();
      await page.locator("#teacher-reads").waitFor(WAIT);
      students.push(page);
    }
    await expect.poll(() => teacher.locator("tr[data-student]").count(), WAIT).toBe(3);
  });

  test("the teacher assigns powers and roles; a student reads the briefing", async () => {
    const assign = async (name: string, power: string, roles: string[]) => {
      const row = teacher.locator("tr[data-student]", { hasText: name });
      await row.locator("select").first().selectOption(power);
      for (const r of roles) await row.locator(`input[value="${r}"]`).check();
      await row.locator("button", { hasText: "Assign" }).click();
    };
    await assign("Ana", "FRA", ["head"]);
    await assign("Ben", "FRA", ["foreign"]);
    await assign("Cleo", "GBR", []);
    const [ana, ben, cleo] = students as [Page, Page, Page];
    await expect.poll(() => ana.locator("#my-place").textContent(), WAIT).toContain("France");
    await expect
      .poll(() => ben.locator("#my-place").textContent(), WAIT)
      .toContain("Foreign minister");
    await expect.poll(() => cleo.locator("#my-place").textContent(), WAIT).toMatch(/Brit/);
    // In French the country takes its article: "Vous gouvernez la France".
    await ana.locator('button[data-lang="fr"]').first().click();
    await expect
      .poll(() => ana.locator("#my-place").textContent(), WAIT)
      .toContain("Vous gouvernez la France");
    await ana.locator('button[data-lang="en"]').first().click();
    await ana.locator("#briefing-read").click();
    await expect
      .poll(
        () =>
          teacher
            .locator("tr[data-student]", { hasText: "Ana" })
            .locator(".briefing-mark")
            .textContent(),
        WAIT,
      )
      .toBe("read");
  });

  test("start, pause and resume; an inject reaches the students", async () => {
    await teacher.locator("#ctl-start").click();
    await untilAttr(() => status(teacher), "running");
    for (const s of students) {
      await s.locator(".game").waitFor(WAIT);
      await skipGuide(s);
    }
    // The teacher's replay opens while the class is running (it answered 403 before), with the
    // omniscient view; a student's browser, holding no teacher token, is refused.
    const opened = teacher.context().waitForEvent("page");
    await teacher.locator("#ctl-replay").click();
    const replayPage = await opened;
    await replayPage.waitForSelector("#replay-scrubber", WAIT);
    expect(await replayPage.inputValue("#replay-viewer")).toBe("teacher");
    await screenshot(replayPage, "class-teacher-replay");
    const href = await teacher.locator("#ctl-replay").getAttribute("href");
    const student = await (students[0] as Page).context().newPage();
    await student.goto(`${stack.server.url}/${href ?? ""}`);
    await student.waitForSelector("#replay-error:not([hidden])", WAIT);
    await student.close();
    await replayPage.close();
    await teacher.locator("#ctl-pause").click();
    await untilAttr(() => status(teacher), "paused");
    await teacher.locator("#ctl-resume").click();
    await untilAttr(() => status(teacher), "running");
    await teacher.locator("#inject-text").fill(INJECT);
    await teacher.locator("#inject-send").click();
    for (const s of students)
      await expect.poll(() => s.locator("body").textContent(), WAIT).toContain(INJECT);
    // The teacher writes into France and the USSR's private channel: Ana reads it, Cleo does not.
    await teacher.locator("#say-to-FRA").check();
    await teacher.locator("#say-to-SUN").check();
    await teacher.locator("#say-text").fill(NOTE);
    await teacher.locator("#say-send").click();
    await expect
      .poll(() => teacher.locator('[data-channel="FRA+SUN"]').textContent(), WAIT)
      .toContain(NOTE);
    const [ana, , cleo] = students as [Page, Page, Page];
    for (const s of [ana, cleo]) await s.locator("#tab-chat").click();
    await ana.locator("button.channel", { hasText: "USSR" }).click();
    await expect.poll(() => ana.locator("#panel").textContent(), WAIT).toContain(NOTE);
    expect(await cleo.locator("body").textContent()).not.toContain(NOTE);
    // One team alone: France's own channel, which Cleo (Britain) never sees.
    await teacher.locator("#say-to-SUN").uncheck();
    await teacher.locator("#say-text").fill(TEAM_NOTE);
    await teacher.locator("#say-send").click();
    await expect
      .poll(() => teacher.locator('[data-channel="FRA"]').textContent(), WAIT)
      .toContain(TEAM_NOTE);
    await ana.locator("button.channel", { hasText: "Your team" }).click();
    await expect.poll(() => ana.locator("#panel").textContent(), WAIT).toContain(TEAM_NOTE);
    expect(await cleo.locator("body").textContent()).not.toContain(TEAM_NOTE);
    await teacher.locator("#say-to-FRA").uncheck();
  });

  test("one rollback of a resolution, a memo, the big screen", async () => {
    for (const want of ["diplomacy", "orders", "resolution"]) {
      await teacher.locator("#ctl-advance").click();
      await untilAttr(() => phase(teacher), want);
      if (want !== "diplomacy") continue;
      // Only the foreign minister gets the treaty editor; the head of government is told why.
      const [ana, ben] = students as [Page, Page];
      await ana.locator("#tab-diplomacy").click();
      await ben.locator("#tab-diplomacy").click();
      await ana.locator("#editor-role").waitFor(WAIT);
      await ben.locator("#treaty-editor").waitFor(WAIT);
      expect(await ana.locator("#treaty-editor").count()).toBe(0);
      expect(await ana.locator("#editor-role").textContent()).toContain("foreign minister");
    }
    teacher.once("dialog", (d) => void d.accept());
    await teacher.locator("#ctl-rollback").click();
    await untilAttr(() => phase(teacher), "orders");
    await teacher.locator("#rollbacks").waitFor(WAIT);
    // The students are told which half-year was undone, as a date (not "1935-I").
    const first = students[0] as Page;
    await first.locator("#tab-news").click();
    await expect
      .poll(() => first.locator("#panel").textContent(), WAIT)
      .toMatch(/undone the resolution of the (first|second) half of \d{4}: orders/);
    await teacher.locator("#ctl-advance").click();
    await untilAttr(() => phase(teacher), "resolution");
    const ana = students[0] as Page;
    await ana.locator("#memo-text").fill(MEMO);
    await ana.locator("#memo-send").click();
    await expect.poll(() => teacher.locator(".memo-list").textContent(), WAIT).toContain(MEMO);
    // A reload brings the dashboard back with the memos, sent with the join.
    await teacher.reload();
    await expect.poll(() => teacher.locator(".memo-list").textContent(), WAIT).toContain(MEMO);

    const screen = await teacher.context().newPage();
    const href = await teacher.locator("#screen-link").getAttribute("href");
    await screen.goto(`${stack.server.url}/${href ?? ""}`);
    await expect.poll(() => screen.locator("#screen-news").textContent(), WAIT).toContain(INJECT);
    await screenshot(screen, "class-big-screen");
    await screen.close();
  });

  test("the debrief, in French, printed from its own page", async () => {
    const popup = teacher.context().waitForEvent("page");
    await teacher.locator("#ctl-debrief").click();
    const report = await popup;
    await report.locator("#debrief").waitFor(WAIT);
    await report.locator('button[data-lang="fr"]').first().click();
    await expect.poll(() => report.locator("#debrief h2").textContent(), WAIT).toBe("Synthèse");
    await expect.poll(() => report.locator("#debrief").textContent(), WAIT).toContain(MEMO);
    await report.emulateMedia({ media: "print" });
    await expect.poll(() => report.locator(".debrief-actions").isVisible(), WAIT).toBe(false);
    mkdirSync(OUT, { recursive: true });
    await report.screenshot({ path: join(OUT, "class-debrief-print.png"), fullPage: true });
    await report.pdf({ path: join(OUT, "class-debrief.pdf"), format: "A4" });
    await report.close();
  });
});
