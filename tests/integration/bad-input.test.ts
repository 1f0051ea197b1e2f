import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Client } from "@colyseus/sdk";
import { LIMITS } from "@cs/server";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";

const PORT = 2612;

/**
 * Every kind of bad input the issue lists: each is refused to its sender with a clear code,
 * the room lives on (a valid action still goes through) and the log does not change.
 */
describe("bad input is refused, the room lives on, the log is unchanged", () => {
  let srv: Running;
  let fra: Player;
  let gbr: Player;
  let logLength = 0;

  beforeAll(async () => {
    // Production limits: the flood test needs them; the other cases stay under them.
    srv = await startServer(PORT, undefined, LIMITS);
    fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    gbr = await Player.join(srv.url, fra.matchId, { name: "Britain" });
    await gbr.takeSeat("GBR");
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
    logLength = (await srv.storage.readLog(fra.matchId)).length;
  });
  afterAll(async () => {
    await srv.stop();
  });

  const logUnchanged = async () =>
    expect((await srv.storage.readLog(fra.matchId)).length).toBe(logLength);

  test.each([
    ["an action without a state id", "action", { action: { type: "ready", ready: true } }],
    ["an action of an unknown type", "action", { stateId: 0, action: { type: "nuke" } }],
    [
      "an order of an unknown kind",
      "action",
      { stateId: 0, action: { type: "order", order: { kind: "x" } } },
    ],
    [
      "an action with extra fields",
      "action",
      { stateId: 0, action: { type: "ready", ready: true, by: "DEU" } },
    ],
    [
      "an envelope naming another seat",
      "action",
      { stateId: 0, seat: "DEU", action: { type: "ready", ready: true } },
    ],
    ["a string instead of an object", "action", "ready"],
    ["a seat that is not a power id", "takeSeat", { power: 42 }],
    ["chat without text", "chat", { channel: "public" }],
    ["an unknown host command", "host", { cmd: "explode" }],
  ])("malformed: %s → ERR_BAD_MESSAGE", async (_name, type, payload) => {
    const r = await gbr.expectRefusal(type, payload);
    expect(r.code).toBe("ERR_BAD_MESSAGE");
    expect(r.message.length).toBeGreaterThan(5);
    await logUnchanged();
  });

  test("an unknown message type → ERR_UNKNOWN_MESSAGE", async () => {
    expect((await gbr.expectRefusal("becomeHost", {})).code).toBe("ERR_UNKNOWN_MESSAGE");
    await logUnchanged();
  });

  test("actions for another seat are refused by the engine or the protocol", async () => {
    // GBR is no party to the Franco-Czechoslovak treaty; the host holds no power of its own.
    const notParty = await gbr.act({ type: "sign", treaty: "fra-csk" });
    expect(notParty).toMatchObject({ ok: false });
    expect(["ERR_NOT_A_PARTY", "ERR_ALREADY_DONE", "ERR_WRONG_PHASE"]).toContain(
      (notParty as { code: string }).code,
    );
    const spectator = await Player.join(srv.url, fra.matchId, { name: "Watcher" });
    const r = await spectator.act({ type: "ready", ready: true });
    expect(r).toMatchObject({ ok: false, code: "ERR_NO_SEAT" });
    await spectator.leave();
    await logUnchanged();
  });

  test("an action out of phase → the engine's ERR_WRONG_PHASE", async () => {
    expect(fra.view?.phase).toBe("news");
    const r = await gbr.act({ type: "order", order: { kind: "invest" } });
    expect(r).toMatchObject({ ok: false, code: "ERR_WRONG_PHASE" });
    await logUnchanged();
  });

  test("a stale state id → ERR_STALE_STATE", async () => {
    const r = await gbr.act({ type: "ready", ready: true }, gbr.stateId + 5);
    expect(r).toMatchObject({ ok: false, code: "ERR_STALE_STATE" });
    await logUnchanged();
  });

  test("oversized chat → ERR_TOO_LONG; a channel one is not in → ERR_NOT_MEMBER", async () => {
    expect(
      (await gbr.expectRefusal("chat", { channel: "public", text: "x".repeat(1001) })).code,
    ).toBe("ERR_TOO_LONG");
    expect((await gbr.expectRefusal("chat", { channel: "DEU+FRA", text: "hello" })).code).toBe(
      "ERR_NOT_MEMBER",
    );
    expect((await gbr.expectRefusal("chat", { channel: "GBR+FRA", text: "hello" })).code).toBe(
      "ERR_BAD_MESSAGE",
    );
  });

  test("forged and expired seat tokens → ERR_BAD_TOKEN", async () => {
    await expect(
      new Client(srv.url).joinById(fra.matchId, { token: "forged-token" }),
    ).rejects.toThrow(/ERR_BAD_TOKEN/);
    // A seat given up revokes its token.
    const ita = await Player.join(srv.url, fra.matchId, { name: "Italy" });
    await ita.takeSeat("ITA");
    const token = ita.token as string;
    ita.room.send("leaveSeat", {});
    await ita.until(() => ita.view?.viewer === "spectator");
    await expect(new Client(srv.url).joinById(fra.matchId, { token })).rejects.toThrow(
      /ERR_BAD_TOKEN/,
    );
    await ita.leave();
  });

  test("a wrong join code → ERR_BAD_CODE, and guessing is rate-limited", async () => {
    const host = await Player.create(srv.url, { ...UNTIMED, visibility: "private" }, "Secretive");
    expect(host.code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    await expect(
      new Client(srv.url).joinById(host.matchId, { code: "WRONGCODE2" }),
    ).rejects.toThrow(/ERR_BAD_CODE/);
    await expect(new Client(srv.url).joinById(host.matchId, {})).rejects.toThrow(/ERR_BAD_CODE/);
    const ok = await Player.join(srv.url, host.matchId, {
      code: (host.code as string).toLowerCase(),
    });
    expect(ok.matchId).toBe(host.matchId);
    const byHttp = await fetch(`${srv.url}/api/join/${host.code as string}`);
    expect(await byHttp.json()).toEqual({ matchId: host.matchId });
    const codes: string[] = [];
    for (let i = 0; i < LIMITS.badCodesPerMinute + 2; i++) {
      const res = await fetch(`${srv.url}/api/join/BADCODE${i}`);
      codes.push(((await res.json()) as { code: string }).code);
    }
    expect(codes[0]).toBe("ERR_BAD_CODE");
    expect(codes.at(-1)).toBe("ERR_RATE_LIMIT");
    await ok.leave();
    await host.leave();
  });

  test("a flood past the rate limit → ERR_RATE_LIMIT; the room and the log are intact", async () => {
    const flood = 60;
    const before = gbr.messages("refused").length;
    for (let i = 0; i < flood; i++) gbr.chat("public", `spam ${i}`);
    await gbr.until(
      () =>
        gbr.messages("refused").length -
          before +
          gbr.messages("chat").filter((c) => c.text.startsWith("spam")).length >=
        flood,
    );
    const limited = gbr
      .messages("refused")
      .slice(before)
      .filter((r) => r.code === "ERR_RATE_LIMIT");
    expect(limited.length).toBeGreaterThan(0);
    await logUnchanged();
    // The room lives on: a valid action from another seat is accepted and committed.
    const r = await fra.act({ type: "ready", ready: true });
    expect(r).toMatchObject({ ok: true });
    expect((await srv.storage.readLog(fra.matchId)).length).toBe(logLength + 1);
  });
});
