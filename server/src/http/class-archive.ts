import type { ServerResponse } from "node:http";
import { matchMaker } from "@colyseus/core";
import { buildDebrief, compile, replay } from "@cs/shared";
import { tooManyBadCodes } from "../limits/badCodes.ts";
import { newMatch } from "../match/game.ts";
import type { ScenarioRegistry } from "../scenarios.ts";
import type { Storage } from "../storage/types.ts";
import { classLookup, scenarioOf, teacherByHostToken, TEACHER_HEADER } from "./replay-access.ts";
import type { App } from "./app.ts";

function json(res: ServerResponse, status: number, body: unknown): void {
  // The archive holds every team's memos and the undone orders: never kept by a cache.
  res
    .writeHead(status, { "content-type": "application/json", "cache-control": "no-store" })
    .end(JSON.stringify(body));
}

/**
 * `GET /api/classes/:id/archive`: a class's archive for its teacher only (the class's host
 * token in the `x-host-token` header, never in the URL): the debrief as of now, every memo,
 * and every rollback with the log entries it undid. Wrong tokens count against the caller's
 * address like wrong join codes.
 */
export function classArchiveRoutes(
  app: App,
  storage: Storage,
  scenarios: ScenarioRegistry,
  badCodesPerMinute?: number,
) {
  const isTeacher = teacherByHostToken(classLookup(storage));
  app.get("/api/classes/:id/archive", async (req, res) => {
    const ip = req.socket.remoteAddress ?? "unknown";
    const row = await storage.getMatch(req.params.id ?? "");
    const scenario = row && scenarioOf(scenarios, row);
    if (!row || !scenario)
      return json(res, 404, { code: "ERR_NOT_FOUND", message: "No such class." });
    if (!(await isTeacher(row, req))) {
      if (
        req.headers[TEACHER_HEADER] !== undefined &&
        (await tooManyBadCodes(matchMaker.presence, ip, true, badCodesPerMinute))
      ) {
        return json(res, 429, {
          code: "ERR_RATE_LIMIT",
          message: "Too many wrong tokens; wait a minute.",
        });
      }
      return json(res, 403, {
        code: "ERR_NOT_TEACHER",
        message: "Only the class's teacher may read its archive (send the teacher token).",
      });
    }
    const result = replay({ scenario, match: newMatch(row), log: await storage.readLog(row.id) });
    if (!result.ok) {
      return json(res, 500, { code: "ERR_INTERNAL", message: "The class's log does not replay." });
    }
    const store = storage.classes;
    const [memos, rollbacks] = await Promise.all([store.memos(row.id), store.rollbacks(row.id)]);
    const debrief = buildDebrief(
      result.state,
      compile(scenario),
      memos,
      rollbacks.map((r) => ({ at: r.at, turn: r.turn, undone: r.undone.length })),
    );
    const { id, name, status, scenario: sid, start, created, finished } = row;
    json(res, 200, {
      match: { id, name, status, scenario: sid, start, created, finished },
      debrief,
      memos,
      rollbacks,
    });
  });
}
