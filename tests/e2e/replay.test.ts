import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  MINI,
  REPLAY_VERSION,
  branchPoint,
  parseReplay,
  replayTimeline,
  viewFor,
  type Action,
  type ReplayFile,
} from "@cs/shared";
import { Player } from "../integration/harness.ts";
import { phaseKey } from "../integration/play.ts";
import {
  buildClient,
  canRun,
  cleanup,
  launch,
  screenshot,
  startServer,
  type RunningServer,
} from "./harness.ts";
import { pageErrors } from "./play.ts";

/**
 * The replay viewer in Chromium against the real server: a short match played to the end by
 * an SDK client (bots at the other seats), then opened, scrubbed, seen through a seat,
 * downloaded, uploaded again, a file of another version refused, and branched at a turn into
 * a new online match whose state is the original's at that turn.
 */
describe.skipIf(!canRun)("the replay viewer", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let matchId = "";
  const files = mkdtempSync(join(tmpdir(), "cs-replay-"));

  beforeAll(async () => {
    server = await startServer(buildClient());
    browser = await launch();
    const host = await Player.create(
      server.url,
      { scenario: "mini", timers: null, name: "Stresa" },
      "Ada",
    );
    await host.takeSeat("FRA");
    host.room.send("lobbyReady", { ready: true });
    await host.until(() => host.info?.seats.some((s) => s.lobbyReady) === true);
    host.room.send("host", { cmd: "start" });
    await host.until(() => host.info?.status === "running");
    await playPaced(host);
    await host.until(() => host.info?.status === "finished");
    matchId = host.matchId;
    await host.leave();
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: "en-GB",
      acceptDownloads: true,
    });
    page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
  });

  afterAll(async () => {
    // What beforeAll sets is unset when it failed part-way.
    const set: { browser?: Browser; server?: RunningServer } = { browser, server };
    await set.browser?.close();
    await set.server?.stop();
    cleanup(set.server?.dataDir);
    cleanup(files);
  });

  const label = () => page.textContent("#replay-step-label");

  test("opens a finished match, scrubs, plays, and switches the seat whose view it shows", async () => {
    await page.goto(`${server.url}/replay.html?match=${matchId}`);
    await page.waitForSelector("#replay-scrubber");
    const viewers = await page
      .locator("#replay-viewer option")
      .evaluateAll((os) => os.map((o) => o.getAttribute("value") ?? ""));
    expect(viewers).toEqual(expect.arrayContaining(["teacher", "spectator", "FRA", "DEU"]));
    expect(await page.inputValue("#replay-viewer")).toBe("teacher");

    const first = await label();
    await page.locator("#replay-scrubber").fill("7");
    await expect.poll(label, { timeout: 10_000 }).not.toBe(first);
    expect(await label()).toContain("8 of");
    await page.click("#replay-next");
    expect(await label()).toContain("9 of");

    await page.click("#replay-play");
    await expect.poll(label, { timeout: 10_000 }).toContain("10 of");
    await page.click("#replay-play"); // pause
    const paused = await label();
    await page.waitForTimeout(1500);
    expect(await label()).toBe(paused);

    await page.selectOption("#replay-viewer", "FRA");
    expect(await page.textContent("#announcer")).toContain("France");
    expect(await page.textContent("#replay-news")).toBeTruthy();
    await page.waitForSelector("#replay-map[data-ready='true']", { timeout: 30_000 });
    await screenshot(page, "replay");
    expect(pageErrors(page)).toEqual([]);
  });

  test("downloads the replay file, and opens it again from the file", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#replay-download"),
    ]);
    const path = join(files, download.suggestedFilename());
    await download.saveAs(path);
    const parsed = parseReplay(readFileSync(path, "utf8"));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.meta.matchId).toBe(matchId);
    const t = replayTimeline(parsed.value, MINI);
    expect(t.ok && t.value.final.phase).toBe("ended");

    await page.goto(`${server.url}/replay.html`);
    await page.setInputFiles("#replay-upload", path);
    await page.waitForSelector("#replay-scrubber");
    expect(await page.textContent(".replay-title")).toContain("Stresa");
    expect(await page.isVisible("#replay-error")).toBe(false);
  });

  test("refuses a file of another version with a readable message", async () => {
    const res = await fetch(`${server.url}/api/matches/${matchId}/replay`);
    const file = (await res.json()) as ReplayFile;
    const path = join(files, "future.replay.json");
    const future = REPLAY_VERSION + 1;
    writeFileSync(path, JSON.stringify({ ...file, version: future, log: "something new" }));
    await page.setInputFiles("#replay-upload", path);
    await page.waitForSelector("#replay-error:not([hidden])");
    expect(await page.textContent("#replay-error")).toContain(`format version ${future}`);
    expect(pageErrors(page)).toEqual([]);
  });

  test("branch here: a new online match whose state is the original's at that turn", async () => {
    await page.goto(`${server.url}/replay.html?match=${matchId}`);
    await page.waitForSelector("#replay-scrubber");
    expect(await page.isDisabled("#replay-branch-online")).toBe(true); // the first turn
    const res = await fetch(`${server.url}/api/matches/${matchId}/replay`);
    const file = parseReplay(await res.text());
    if (!file.ok) throw new Error(file.error.message);
    const t = replayTimeline(file.value, MINI);
    if (!t.ok) throw new Error(t.error.message);
    const step = t.value.steps.find(
      (s) => s.turn === (t.value.steps[0]?.turn ?? 0) + 2 && s.phase === "orders",
    );
    if (!step) throw new Error("no such step");
    await page.locator("#replay-scrubber").fill(String(step.index));
    expect(await page.textContent("#replay-branch-command")).toContain(
      `--scenario mini --branch Stresa-${matchId}.replay.json --at ${step.label}`,
    );

    await Promise.all([
      page.waitForURL((u) => !u.pathname.endsWith("replay.html")),
      page.click("#replay-branch-online"),
    ]);
    await page.waitForSelector(".lobby");
    const session = await page.evaluate(() => localStorage.getItem("cs.session"));
    const branchId = (JSON.parse(session ?? "{}") as { matchId?: string }).matchId ?? "";
    expect(branchId).not.toBe(matchId);
    await screenshot(page, "replay-branch-lobby");

    const point = branchPoint(file.value, MINI, step.label);
    if (!point.ok) throw new Error(point.error.message);
    const watcher = await Player.join(server.url, branchId, { name: "Watcher" });
    // The match record and the first view arrive as messages just after the join resolves.
    await watcher.until(() => watcher.info !== undefined && watcher.view !== undefined);
    expect(watcher.info?.status).toBe("lobby");
    expect(watcher.view?.turn).toBe(step.turn);
    expect(watcher.view).toEqual(
      JSON.parse(JSON.stringify(viewFor(point.value.state, "spectator"))),
    );
    await watcher.leave();
    expect(pageErrors(page)).toEqual([]);
  });

  test("speaks French", async () => {
    await page.goto(`${server.url}/replay.html?match=${matchId}`);
    await page.waitForSelector("#replay-scrubber");
    await page.click('button[data-lang="fr"]');
    await expect.poll(() => page.textContent("#replay-play")).toBe("Lecture");
    expect(await page.textContent("#replay-branch-title")).toBe("Bifurquer ici");
  });
});

/** Act, waiting out the production rate limit (this server is `npm start`'s, not a test one). */
async function actPaced(p: Player, action: Action): Promise<void> {
  for (;;) {
    const sent = p.stateId;
    const r = await p.act(action, sent);
    if (r.ok) return;
    if (r.code === "ERR_STALE_STATE") await p.until(() => p.stateId !== sent);
    else if (r.code === "ERR_RATE_LIMIT") await new Promise((ok) => setTimeout(ok, 400));
    else return;
  }
}

/** One seat played simply to the end: decisions, one order, ready; bots hold the rest. */
async function playPaced(p: Player): Promise<void> {
  const seat = p.seat as string;
  while (p.view && p.view.phase !== "ended") {
    const v = p.view;
    const key = phaseKey(p);
    for (const d of Object.values(v.decisions)) {
      if (d.power === seat && d.choice === undefined && d.options[0]) {
        await actPaced(p, { type: "decide", decision: d.id, choice: d.options[0] });
      }
    }
    if (v.phase === "orders" && (v.powers[seat]?.orders.length ?? 0) === 0) {
      await actPaced(p, { type: "order", order: { kind: "invest" } });
    }
    const now = p.view;
    if (phaseKey(p) === key && now.phase !== "ended" && !now.powers[seat]?.ready) {
      await actPaced(p, { type: "ready", ready: true });
    }
    await p.until(() => p.view?.phase === "ended" || phaseKey(p) !== key);
  }
}
