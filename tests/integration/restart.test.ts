import type { ChildProcess } from "node:child_process";
import { bootServer, killServer } from "./child-server.ts";
import { afterAll, describe, expect, test } from "vitest";
import { Player, tempDir, UNTIMED } from "./harness.ts";
import { actFresh, phaseKey } from "./play.ts";

const PORT = 2615;
const URL = `http://localhost:${PORT}`;

describe("restart: SIGKILL mid-match, restart, nothing committed is lost", () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child) await killServer(child);
  });

  test("clients come back with their seat tokens to the same state and the match goes on", async () => {
    const dataDir = tempDir();
    child = await bootServer(PORT, dataDir);
    const fra = await Player.create(URL, UNTIMED, "France");
    await fra.takeSeat("FRA");
    const gbr = await Player.join(URL, fra.matchId, { name: "Britain" });
    await gbr.takeSeat("GBR");
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
    // News → Diplomacy → Orders, with an order and a chat message committed.
    for (let i = 0; i < 2; i++) {
      const key = phaseKey(fra);
      await actFresh(fra, { type: "ready", ready: true });
      await actFresh(gbr, { type: "ready", ready: true });
      await fra.until(() => phaseKey(fra) !== key);
      await gbr.until(() => phaseKey(gbr) === phaseKey(fra));
    }
    expect(fra.view?.phase).toBe("orders");
    expect(await actFresh(fra, { type: "order", order: { kind: "invest" } })).toMatchObject({
      ok: true,
    });
    fra.chat("FRA+GBR", "before the crash");
    await gbr.until(() => gbr.messages("chat").length > 0);
    await fra.until(() => (fra.view?.powers.FRA?.orders.length ?? 0) > 0);
    await gbr.sync();
    const before = { stateId: fra.stateId, fra: fra.view, gbr: gbr.view };
    const tokens = {
      fra: fra.token as string,
      gbr: gbr.token as string,
      host: fra.hostToken as string,
    };
    for (const p of [fra, gbr]) p.room.reconnection.enabled = false;

    await killServer(child);
    child = await bootServer(PORT, dataDir);

    const fra2 = await Player.join(URL, fra.matchId, { token: tokens.fra, hostToken: tokens.host });
    const gbr2 = await Player.join(URL, fra.matchId, { token: tokens.gbr });
    expect(fra2.seat).toBe("FRA");
    expect(gbr2.seat).toBe("GBR");
    // A view's version is of the view alone: the same after the restart.
    expect(fra2.stateId).toBe(before.stateId);
    expect(fra2.view).toEqual(before.fra);
    expect(gbr2.view).toEqual(before.gbr);
    await gbr2.until(() => gbr2.messages("chatLog").length > 0);
    expect(gbr2.messages("chatLog")[0]?.messages.map((m) => m.text)).toContain("before the crash");
    const record = (await (await fetch(`${URL}/api/matches/${fra.matchId}`)).json()) as {
      match: { status: string };
    };
    expect(record.match.status).toBe("running");

    // The match goes on.
    const key = phaseKey(fra2);
    await actFresh(fra2, { type: "ready", ready: true });
    await actFresh(gbr2, { type: "ready", ready: true });
    await fra2.until(() => phaseKey(fra2) !== key);
    expect(fra2.view?.phase).toBe("resolution");
    expect(fra2.stateId).not.toBe(before.stateId);
    for (const p of [fra2, gbr2]) p.room.reconnection.enabled = false;
  });

  test("phase timers resume the time that was left; a deadline passed while down ends the phase", async () => {
    const dataDir = tempDir();
    if (child) await killServer(child);
    child = await bootServer(PORT, dataDir);
    const timers = { news: 2, diplomacy: 3600, orders: 3600, resolution: null, report: null };
    const fra = await Player.create(URL, { scenario: "mini", timers }, "France");
    await fra.takeSeat("FRA");
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running" && fra.info.deadline !== null);
    const news = fra.info?.deadline as number;
    const tokens = { token: fra.token as string, hostToken: fra.hostToken as string };
    fra.room.reconnection.enabled = false;
    await killServer(child);
    // The News deadline passes while the server is down.
    await new Promise((r) => setTimeout(r, Math.max(0, news - Date.now()) + 300));
    child = await bootServer(PORT, dataDir);
    const back = await Player.join(URL, fra.matchId, tokens);
    await back.until(() => back.view?.phase === "diplomacy" && back.info?.deadline !== null);
    const log = await (await fetch(`${URL}/api/matches/${fra.matchId}`)).json();
    expect(log).toMatchObject({ match: { status: "running" } });
    const diplomacy = back.info?.deadline as number;
    expect(diplomacy).toBeGreaterThan(Date.now() + 3500_000);
    back.room.reconnection.enabled = false;

    // Killed again in Diplomacy: the same deadline, not a fresh hour.
    await killServer(child);
    child = await bootServer(PORT, dataDir);
    const again = await Player.join(URL, fra.matchId, tokens);
    await again.until(() => again.info !== undefined);
    expect(again.view?.phase).toBe("diplomacy");
    expect(again.info?.deadline).toBe(diplomacy);

    // Paused, killed, restarted: still paused with the same time left; resuming gives it back.
    again.room.send("host", { cmd: "pause" });
    await again.until(() => again.info?.status === "paused");
    const left = again.info?.remaining as number;
    expect(left).toBeGreaterThan(3500_000);
    again.room.reconnection.enabled = false;
    await killServer(child);
    child = await bootServer(PORT, dataDir);
    const paused = await Player.join(URL, fra.matchId, tokens);
    await paused.until(() => paused.info !== undefined);
    expect(paused.info).toMatchObject({ status: "paused", remaining: left, deadline: null });
    const before = Date.now();
    paused.room.send("host", { cmd: "resume" });
    await paused.until(() => paused.info?.status === "running" && paused.info.deadline !== null);
    const resumed = paused.info?.deadline as number;
    expect(resumed).toBeGreaterThanOrEqual(before + left);
    expect(resumed).toBeLessThanOrEqual(Date.now() + left);
    paused.room.reconnection.enabled = false;
  });
});
