import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { Client } from "@colyseus/sdk";
import { ROOM_NAME } from "@cs/shared";
import { freePort, Player, startServer, tempDir, UNTIMED, type Running } from "./harness.ts";
import { raw } from "./raw-http.ts";

const ALLOWED = "https://classroom.example";
const EVIL = "https://evil.example";

/**
 * The HTTP surface as a probe meets it (issue 15, items 6, 9, 10, 11, 12): every body
 * bounded, refused creations answered with their codes, no development error page, the
 * security headers, the static folder closed to its siblings, CORS for listed origins only.
 */
describe("the HTTP surface", () => {
  let srv: Running;
  let root: string;
  beforeAll(async () => {
    root = tempDir();
    const client = join(root, "client");
    mkdirSync(client);
    writeFileSync(join(client, "index.html"), "<!doctype html><title>the game</title>");
    // A sibling whose name starts with the client folder's.
    mkdirSync(join(root, "client-secret"));
    writeFileSync(join(root, "client-secret", "secret.txt"), "TOP SECRET");
    srv = await startServer(await freePort(), undefined, undefined, {
      clientDir: client,
      http: { origins: [ALLOWED] },
    });
  });
  afterAll(async () => {
    await srv.stop();
  });

  const create = (options: unknown) =>
    raw(srv.url, {
      method: "POST",
      path: `/matchmake/create/${ROOM_NAME}`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(options),
    });

  describe("item 6: every body is bounded", () => {
    test.each([
      ["matchmaking, declared length", `/matchmake/create/${ROOM_NAME}`, 0],
      ["matchmaking, chunked without a length", `/matchmake/joinById/x`, 64],
      ["an API route", "/api/replays/branch", 0],
      ["the static client", "/index.html", 32],
    ])("%s → 413 ERR_TOO_LARGE, the server lives on", async (_what, path, chunks) => {
      const big = chunks ? "x".repeat((8 * 1024 * 1024) / chunks + 1) : "x".repeat(9 * 1024 * 1024);
      const res = await raw(srv.url, {
        method: "POST",
        path,
        headers: { "content-type": "application/json" },
        body: big,
        chunks,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: "ERR_TOO_LARGE" });
      expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    });

    test("matchmaking bodies are small: 17 KiB is refused, a real creation passes", async () => {
      const padded = await create({ create: UNTIMED, name: "x".repeat(17 * 1024) });
      expect(padded.status).toBe(413);
      const host = await Player.create(srv.url, UNTIMED);
      expect(host.matchId).not.toBe("");
      await host.leave();
    });
  });

  describe("item 9: a refused creation is a 4xx with its code, shown in words", () => {
    test.each([
      ["an unknown scenario", { create: { scenario: "atlantis" } }, 404, "ERR_UNKNOWN_SCENARIO"],
      ["bad timers", { create: { timers: { news: -5 } } }, 400, "ERR_BAD_SETTINGS"],
      ["a too-long name", { create: { name: "n".repeat(61) } }, 400, "ERR_BAD_SETTINGS"],
      [
        "a forged restore option",
        { create: UNTIMED, restore: "m1", key: "k" },
        400,
        "ERR_BAD_SETTINGS",
      ],
      [
        "an unknown start",
        { create: { scenario: "mini", start: "1901-I" } },
        404,
        "ERR_UNKNOWN_SCENARIO",
      ],
    ])("%s", async (_what, options, status, code) => {
      const before = (await srv.storage.listMatches(["lobby"])).length;
      const res = await create(options);
      expect(res.status).toBe(status);
      const body = JSON.parse(res.body) as { code: string; message: string };
      expect(body.code).toBe(code);
      expect(body.message).toMatch(new RegExp(`^${code}: \\w+`));
      // The SDK's error reads the same sentence.
      await expect(new Client(srv.url).create(ROOM_NAME, options as never)).rejects.toThrow(
        new RegExp(`^${code}: \\w+`),
      );
      expect((await srv.storage.listMatches(["lobby"])).length).toBe(before);
    });

    test("a room asked for by another path refuses too, with no TypeError at dispose", async () => {
      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        await expect(
          srv.colyseus.createRoom(ROOM_NAME, { create: { timers: { news: -1 } } }),
        ).rejects.toThrow(/^ERR_BAD_SETTINGS: /);
        // Give the discarded room's dispose its turn on the event loop.
        await new Promise((r) => setImmediate(r));
        const printed = errors.mock.calls.map((c) => c.map(String).join(" ")).join("\n");
        expect(printed).not.toMatch(/TypeError/);
      } finally {
        errors.mockRestore();
      }
    });
  });

  describe("item 10: production errors and security headers", () => {
    test.each([
      ["a malformed escape", "/%E0%A4%A"],
      ["a bad escape in an API path", "/api/matches/%ZZ"],
      ["a bad escape in a replay path", "/api/matches/%C0/replay"],
    ])("%s → 400 without trace, path or framework", async (_what, path) => {
      const res = await raw(srv.url, { path });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).not.toMatch(/ at |node_modules|\/work\/|\.ts|Error:|<pre>/);
      expect(res.headers["x-powered-by"]).toBeUndefined();
    });

    test.each([
      ["the client", "GET", "/"],
      ["an API route", "GET", "/api/scenarios"],
      ["health", "GET", "/healthz"],
      ["a matchmaking refusal", "POST", `/matchmake/create/${ROOM_NAME}`],
    ])("%s carries the security headers and no X-Powered-By", async (_what, method, path) => {
      const res = await raw(srv.url, {
        method,
        path,
        headers: { "content-type": "application/json" },
        body: method === "POST" ? JSON.stringify({ create: { scenario: "atlantis" } }) : undefined,
      });
      expect(res.headers["x-powered-by"]).toBeUndefined();
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["x-frame-options"]).toBe("DENY");
      expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
      expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(res.headers["content-security-policy"]).not.toMatch(/unsafe-eval/);
    });
  });

  describe("item 11: the static folder is compared by whole path segments", () => {
    test.each([
      "/../client-secret/secret.txt",
      "/..%2fclient-secret%2fsecret.txt",
      "/%2e%2e/client-secret/secret.txt",
      "/..%5cclient-secret%5csecret.txt",
      "/./../client-secret/secret.txt",
    ])("%s does not reach the sibling folder", async (path) => {
      const res = await raw(srv.url, { path });
      expect(res.body).not.toContain("TOP SECRET");
    });

    test("files inside the folder are served", async () => {
      const res = await raw(srv.url, { path: "/index.html" });
      expect(res.status).toBe(200);
      expect(res.body).toContain("the game");
    });
  });

  describe("item 12: CORS only for the game's own origin and the listed ones", () => {
    const preflight = (origin: string) =>
      raw(srv.url, {
        method: "OPTIONS",
        path: `/matchmake/create/${ROOM_NAME}`,
        headers: { origin, "access-control-request-method": "POST" },
      });

    test("another origin gets no Access-Control-Allow-Origin, nor credentials", async () => {
      for (const res of [
        await preflight(EVIL),
        await create({ create: { scenario: "atlantis" } }).then(() =>
          raw(srv.url, {
            method: "POST",
            path: `/matchmake/create/${ROOM_NAME}`,
            headers: { origin: EVIL, "content-type": "application/json" },
            body: JSON.stringify({ create: { scenario: "atlantis" } }),
          }),
        ),
        await raw(srv.url, { path: "/api/matches", headers: { origin: EVIL } }),
      ]) {
        expect(res.headers["access-control-allow-origin"]).toBeUndefined();
        expect(res.headers["access-control-allow-credentials"]).toBeUndefined();
      }
    });

    test("a listed origin is answered with its own name", async () => {
      const res = await preflight(ALLOWED);
      expect(res.headers["access-control-allow-origin"]).toBe(ALLOWED);
      const api = await raw(srv.url, { path: "/api/matches", headers: { origin: ALLOWED } });
      expect(api.headers["access-control-allow-origin"]).toBe(ALLOWED);
    });
  });
});
