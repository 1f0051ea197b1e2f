import type { ServerResponse } from "node:http";
import { matchMaker } from "@colyseus/core";
import { normaliseJoinCode } from "@cs/shared";
import { tooManyBadCodes } from "../limits/badCodes.ts";
import type { ScenarioRegistry } from "../scenarios.ts";
import type { MatchRow, Storage } from "../storage/types.ts";
import { replayRoutes } from "./replay.ts";
import { classArchiveRoutes } from "./class-archive.ts";
import { serveClient } from "./static.ts";
import type { App, ErrorHandler } from "./app.ts";
import { resetStats, stats } from "../stats.ts";
import { tooManyCreates } from "./create-limit.ts";
import { clientAddress } from "./guard.ts";
import { health } from "../cluster/health.ts";

export type { App } from "./app.ts";

export interface RouteOptions {
  storage: Storage;
  scenarios: ScenarioRegistry;
  clientDir: string;
  /** The creation limit every route that makes a match counts against. */
  createsPerMinute: number;
  /** Wrong codes and tokens an address may try a minute before refusals say so. */
  badCodesPerMinute: number;
  trustProxy: boolean;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** A match as anyone may see it: no code, no host hash, no seed while it runs. */
function publicRecord(m: MatchRow) {
  const { code: _code, hostHash: _hostHash, seed, ...rest } = m;
  return m.status === "finished" ? { ...rest, seed } : rest;
}

export function routes(app: App, o: RouteOptions) {
  const { storage, scenarios, clientDir } = o;
  // Production behaviour whatever NODE_ENV says: Express's development error page prints
  // stack traces with file paths, and X-Powered-By names the framework.
  app.disable("x-powered-by");
  app.set("env", "production");
  app.get("/healthz", async (_req, res) => {
    const h = await health();
    json(res, h.ok ? 200 : 503, { ...stats(), ...h });
  });
  /** From this machine only: start the figures afresh (the load benchmark, after its setup). */
  app.post("/healthz/reset", (req, res) => {
    const from = req.socket.remoteAddress ?? "";
    if (!["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(from)) {
      return json(res, 403, { code: "ERR_NOT_ALLOWED", message: "Only from this machine." });
    }
    resetStats();
    json(res, 200, { ok: true });
  });

  app.get("/api/scenarios", (_req, res) => json(res, 200, scenarios.list()));

  /** The lobby: public matches, not finished, with seats open to people. */
  app.get("/api/matches", async (_req, res) => {
    const rows = await storage.listMatches(["lobby", "running", "paused"]);
    const out = [];
    for (const m of rows.filter((r) => r.visibility === "public")) {
      const held = new Set((await storage.seats(m.id)).map((s) => s.power));
      const scenario = scenarios.resolve(m.scenario, m.start);
      const open = (scenario?.powers ?? [])
        .filter((p) => p.seat !== "minor" && (m.settings.humanSeats?.includes(p.id) ?? true))
        .map((p) => p.id)
        .filter((p) => !held.has(p));
      if (open.length > 0) out.push({ ...publicRecord(m), freeSeats: open });
    }
    json(res, 200, out);
  });

  /** A match's record, and its log once finished (a running log would betray secret orders). */
  app.get("/api/matches/:id", async (req, res) => {
    const m = await storage.getMatch(req.params.id ?? "");
    if (!m) return json(res, 404, { code: "ERR_NOT_FOUND", message: "No such match." });
    const log = m.status === "finished" ? await storage.readLog(m.id) : undefined;
    json(res, 200, { match: publicRecord(m), log });
  });

  /** A join code → the match id, for `joinById(id, { code })`; wrong codes are rate-limited. */
  app.get("/api/join/:code", async (req, res) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const id = await storage.matchIdByCode(normaliseJoinCode(req.params.code ?? ""));
    // Only a wrong code counts, and only a wrong one is refused for the count (`wrongTry`).
    if (!id) {
      if (await tooManyBadCodes(matchMaker.presence, ip, true, o.badCodesPerMinute)) {
        return json(res, 429, {
          code: "ERR_RATE_LIMIT",
          message: "Too many wrong codes; wait a minute.",
        });
      }
      return json(res, 404, { code: "ERR_BAD_CODE", message: "No match has that code." });
    }
    json(res, 200, { matchId: id });
  });

  replayRoutes(app, storage, scenarios, {
    mayCreate: async (req) =>
      !(await tooManyCreates(clientAddress(req, o.trustProxy), o.createsPerMinute)),
  });
  classArchiveRoutes(app, storage, scenarios, o.badCodesPerMinute);

  app.use(serveClient(clientDir));
  app.use(errorPage);
}

/**
 * The last word on any error a route did not answer (a malformed URL, a thrown handler):
 * a status and a code, never a stack trace, a path or the framework's name.
 */
// Four parameters: Express tells an error handler by its arity.
const errorPage: ErrorHandler = (err, _req, res, _next) => {
  const status = (err as { status?: unknown } | null)?.status;
  const client = typeof status === "number" && status >= 400 && status < 500;
  if (!client) console.error(`http: ${err instanceof Error ? err.name : "error"} (answered 500)`);
  if (res.headersSent) return void res.end();
  json(
    res,
    client ? status : 500,
    client
      ? {
          code: "ERR_BAD_REQUEST",
          message: "ERR_BAD_REQUEST: The server cannot read that request.",
        }
      : { code: "ERR_INTERNAL", message: "ERR_INTERNAL: The server could not answer." },
  );
};
