import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";
import { actFresh, phaseKey } from "./play.ts";

const PORT = 2614;

describe("reconnection: a dropped player comes back to the same seat with its token", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("drop, rejoin with the seat token, same view, and play on", async () => {
    const fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    const gbr = await Player.join(srv.url, fra.matchId, { name: "Britain" });
    await gbr.takeSeat("GBR");
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
    expect(await actFresh(gbr, { type: "ready", ready: true })).toMatchObject({ ok: true });

    // The connection drops (no consented leave) and the SDK does not retry on its own.
    const token = gbr.token as string;
    gbr.room.reconnection.enabled = false;
    gbr.room.connection.close();
    await fra.until(() => fra.info?.seats.find((s) => s.power === "GBR")?.connected === false);

    // France acts meanwhile: the returning player must see it.
    expect(await actFresh(fra, { type: "ready", ready: true })).toMatchObject({ ok: true });
    await fra.until(() => fra.view?.phase === "diplomacy");

    const back = await Player.join(srv.url, fra.matchId, { token });
    expect(back.seat).toBe("GBR");
    await back.sync();
    expect(back.view?.viewer).toBe("GBR");
    expect(back.view?.phase).toBe("diplomacy");
    await fra.until(() => fra.info?.seats.find((s) => s.power === "GBR")?.connected === true);

    // The match goes on with the returned player.
    const key = phaseKey(fra);
    await actFresh(back, { type: "ready", ready: true });
    await actFresh(fra, { type: "ready", ready: true });
    await back.until(() => phaseKey(back) !== key);
    expect(back.view?.phase).toBe("orders");
  });

  test("the host hands an absent player's seat to a bot; the player takes it back", async () => {
    const host = await Player.create(srv.url, UNTIMED, "Host");
    await host.takeSeat("FRA");
    const pol = await Player.join(srv.url, host.matchId, { name: "Poland" });
    await pol.takeSeat("POL");
    host.room.send("host", { cmd: "start" });
    await host.until(() => host.info?.status === "running");
    const token = pol.token as string;
    await pol.leave();
    host.room.send("host", { cmd: "handToBot", power: "POL" });
    await host.until(() => host.info?.seats.find((s) => s.power === "POL")?.holder === "bot");
    const back = await Player.join(srv.url, host.matchId, { token });
    expect(back.seat).toBe("POL");
    await host.until(() => host.info?.seats.find((s) => s.power === "POL")?.holder === "human");
  });

  test("pause and resume by the host; others cannot", async () => {
    const host = await Player.create(srv.url, UNTIMED, "Host");
    await host.takeSeat("FRA");
    const guest = await Player.join(srv.url, host.matchId, { name: "Guest" });
    await guest.takeSeat("DEU");
    expect((await guest.expectRefusal("host", { cmd: "start" })).code).toBe("ERR_NOT_HOST");
    host.room.send("host", { cmd: "start" });
    await host.until(() => host.info?.status === "running");
    host.room.send("host", { cmd: "pause" });
    await guest.until(() => guest.info?.status === "paused");
    expect(await guest.act({ type: "ready", ready: true })).toMatchObject({ code: "ERR_PAUSED" });
    host.room.send("host", { cmd: "resume" });
    await guest.until(() => guest.info?.status === "running");
    expect(await actFresh(guest, { type: "ready", ready: true })).toMatchObject({ ok: true });
  });
});
