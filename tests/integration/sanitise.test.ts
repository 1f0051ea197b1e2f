import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freePort, Player, startServer, UNTIMED, type Running } from "./harness.ts";

const ESC = "\u001b";
/** What a probe types: colours and a screen clear, a bell, a right-to-left override, NUL. */
const HOSTILE = `${ESC}[31m${ESC}[2JAda\u202Efdp.exe\u0007\u0000`;
const CLEAN = "Adafdp.exe";
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Issue 15, item 13: control, bidi-override and ANSI characters never reach other players'
 * screens (nor the logs) — in a player's name, a match's name, a chat line.
 */
describe("names and chat are cleaned of control, bidi and ANSI characters", () => {
  let srv: Running;
  let host: Player;
  let guest: Player;
  beforeAll(async () => {
    srv = await startServer(await freePort());
    host = await Player.create(srv.url, { ...UNTIMED, name: `Match ${HOSTILE}` }, "Host");
    await host.takeSeat("FRA");
    guest = await Player.join(srv.url, host.matchId, { name: HOSTILE });
    await guest.takeSeat("GBR");
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("a player's name, as others see it and as stored", async () => {
    await host.until(() => host.info?.seats.some((s) => s.power === "GBR" && s.name) === true);
    const seat = host.info?.seats.find((s) => s.power === "GBR");
    expect(seat?.name).toBe(CLEAN);
    const stored = (await srv.storage.seats(host.matchId)).find((s) => s.power === "GBR");
    expect(stored?.name).toBe(CLEAN);
  });

  test("a match's name", async () => {
    expect(host.info?.name).toBe(`Match ${CLEAN}`);
    expect((await srv.storage.getMatch(host.matchId))?.name).toBe(`Match ${CLEAN}`);
  });

  test("a chat line keeps its words and line breaks, loses the rest", async () => {
    guest.chat("public", `hello ${ESC}[1mall${ESC}[0m\r\nsecond \u202Eline\u0008`);
    await host.until(() => host.messages("chat").length > 0);
    const line = host.messages("chat")[0];
    expect(line?.text).toBe("hello all\nsecond line");
    expect(line?.name).toBe(CLEAN);
    expect(JSON.stringify(host.received)).not.toMatch(UNSAFE);
    const archived = await srv.storage.readChat(host.matchId);
    expect(archived.map((m) => m.text)).toEqual(["hello all\nsecond line"]);
  });

  test("a name of nothing but controls is no name: refused as an empty one is", async () => {
    await expect(Player.join(srv.url, host.matchId, { name: `${ESC}[0m\u202E ` })).rejects.toThrow(
      /^ERR_BAD_MESSAGE: /,
    );
  });
});
