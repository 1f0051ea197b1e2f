import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { freePort, Player, startServer, UNTIMED, type Running } from "./harness.ts";

/** Colyseus frame codes (`@colyseus/shared-types`): a message, and a message asking a reply. */
const ROOM_DATA = 13;
const ROOM_REQUEST = 21;
const type = (name: string) => [0xa0 | name.length, ...Buffer.from(name)];

/** Frames Colyseus cannot decode: a payload that is not msgpack, a cut type, a cut request. */
const BAD: readonly (readonly number[])[] = [
  [ROOM_DATA, ...type("action"), 0xc1, 0xc1],
  [ROOM_DATA, 0xa6, 0x61],
  [ROOM_DATA, ...type("chat"), 0x85, 0xa1],
  [ROOM_REQUEST, 1, ...type("action"), 0xc1],
];

/**
 * Issue 15, item 14: a flood of bad frames writes one line each, with the code and the
 * client, rate-limited for the process — never a stack trace — and the client is refused,
 * not dropped.
 */
describe("bad frames are logged on one line, rate-limited", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(await freePort());
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("600 bad frames: a bounded number of one-line logs, each naming the code and client", async () => {
    const lines: string[] = [];
    const keep = (...args: unknown[]) => {
      lines.push(
        args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(" "),
      );
    };
    const spies = (["error", "warn", "log", "info"] as const).map((k) =>
      vi.spyOn(console, k).mockImplementation(keep),
    );
    try {
      const host = await Player.create(srv.url, UNTIMED);
      await host.takeSeat("FRA");
      // The room as the server holds it (Colyseus's test server): the flood must not replace it.
      const room = srv.colyseus.getRoomById(host.room.roomId);
      expect(room.clients.length).toBe(1);
      const started = Date.now();
      const before = host.messages("refused").length;
      const n = 600;
      for (let i = 0; i < n; i++) {
        host.room.connection.send(new Uint8Array(BAD[i % BAD.length] ?? []));
      }
      await host.until(() => host.messages("refused").length >= before + n);
      const elapsed = Date.now() - started;
      // Refused like any bad message (a frame whose type reads but names nothing: unknown).
      const codes = new Set(
        host
          .messages("refused")
          .slice(before)
          .map((r) => r.code),
      );
      expect([...codes].filter((c) => c !== "ERR_UNKNOWN_MESSAGE")).toEqual(["ERR_BAD_MESSAGE"]);
      // Still in the match: a valid message goes through.
      host.chat("public", "still here");
      await host.until(() => host.messages("chat").some((m) => m.text === "still here"));
      expect(srv.colyseus.getRoomById(host.room.roomId)).toBe(room);
      expect([...room.clients].map((c) => c.sessionId)).toEqual([host.room.sessionId]);

      const frameLines = lines.filter((l) => l.includes("ERR_BAD_FRAME"));
      expect(lines.filter((l) => / at |\n/.test(l))).toEqual([]);
      expect(frameLines.length).toBeGreaterThan(0);
      // 20 at once, then one a second (whatever time the flood took), and nothing else.
      expect(frameLines.length).toBeLessThanOrEqual(20 + Math.ceil(elapsed / 1000) + 1);
      expect(lines.length).toBe(frameLines.length);
      for (const l of frameLines) {
        expect(l).toContain(`client=${host.room.sessionId}`);
        expect(l).toContain(`match=${host.matchId}`);
      }
      await host.leave();
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});
