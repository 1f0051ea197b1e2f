import type { IncomingMessage, ServerResponse } from "node:http";
import { parseReplay, replayTimeline, type ReplayError, type ReplayFile } from "@cs/shared";
import type { ScenarioRegistry } from "../scenarios.ts";
import type { Storage } from "../storage/types.ts";
import {
  classLookup,
  logAccess,
  matchReplay,
  replayFileName,
  scenarioOf,
  teacherByHostToken,
  type TeacherCheck,
} from "./replay-access.ts";
import { BranchRequestSchema, createBranch } from "./replay-branch.ts";
import { refuseCreate } from "./create-limit.ts";

/**
 * Replays and branches over HTTP:
 *   GET  /api/matches/:id/replay   the match's replay file (finished, or its teacher)
 *   POST /api/replays              validate an uploaded replay file → { replay, summary }
 *   POST /api/replays/branch       a new online match sharing a replay's history up to a turn
 * Errors are `{ code, message }` like the rest of the API; a file the server cannot read is a
 * 4xx with a sentence, never a 500.
 */
type Req = IncomingMessage & { params: Record<string, string> };
type Handler = (req: Req, res: ServerResponse) => void | Promise<void>;
export interface ReplayApp {
  get(path: string, handler: Handler): void;
  post(path: string, handler: Handler): void;
}

export interface ReplayRouteOptions {
  /** Who is a match's teacher (default: the class match's host token in `x-host-token`). */
  isTeacher?: TeacherCheck;
  now?: () => number;
  /** Counts a new match against the creation limit; false when past it. */
  mayCreate?: (req: IncomingMessage) => Promise<boolean>;
}

function json(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res
    .writeHead(status, { "content-type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

const refused = (
  res: ServerResponse,
  status: number,
  e: ReplayError | { code: string; message: string },
) => json(res, status, e);

/**
 * The request body as JSON; undefined (and the reply sent) when it is not. The HTTP guard has
 * read it already, bounded (`http/settings.ts`: a replay upload may have 8 MiB).
 */
function readJson(req: IncomingMessage & { body?: string }, res: ServerResponse): unknown {
  try {
    return JSON.parse(req.body ?? "");
  } catch {
    refused(res, 400, {
      code: "ERR_REPLAY_JSON",
      message: "This file is not JSON, so it cannot be a replay file.",
    });
    return undefined;
  }
}

export function replayRoutes(
  app: ReplayApp,
  storage: Storage,
  scenarios: ScenarioRegistry,
  options: ReplayRouteOptions = {},
): void {
  const isTeacher = options.isTeacher ?? teacherByHostToken(classLookup(storage));
  const now = options.now ?? Date.now;
  const mayCreate = options.mayCreate ?? (() => Promise.resolve(true));
  const versionOf = (id: string, start: string) => scenarios.resolve(id, start)?.version;

  /** Parse, check versions, and let the engine replay it: only a file that replays is accepted. */
  const validate = (raw: unknown) => {
    const parsed = parseReplay(raw, versionOf);
    if (!parsed.ok) return parsed;
    const scenario = scenarios.resolve(parsed.value.scenario.id, parsed.value.scenario.start);
    if (!scenario) throw new Error("resolved a moment ago");
    const timeline = replayTimeline(parsed.value, scenario);
    if (!timeline.ok) return timeline;
    return { ok: true as const, file: parsed.value, scenario, timeline: timeline.value };
  };

  /** A stored match's replay, if this request may have it. */
  const stored = async (
    id: string,
    req: Req,
    res: ServerResponse,
  ): Promise<ReplayFile | undefined> => {
    const row = await storage.getMatch(id);
    if (!row) return void refused(res, 404, { code: "ERR_NOT_FOUND", message: "No such match." });
    if ((await logAccess(row, req, isTeacher)) === "none") {
      return void refused(res, 403, {
        code: "ERR_MATCH_RUNNING",
        message: "This match is still being played: its replay opens when it ends.",
      });
    }
    const scenario = scenarioOf(scenarios, row);
    if (!scenario) {
      return void refused(res, 410, {
        code: "ERR_REPLAY_SCENARIO",
        message: `This server no longer has scenario ${row.scenario} (${row.start}).`,
      });
    }
    return matchReplay(storage, scenario, row, now());
  };

  app.get("/api/matches/:id/replay", async (req, res) => {
    const file = await stored(req.params.id ?? "", req, res);
    if (!file) return;
    const name = replayFileName(file);
    const ascii = name.replace(/[^\x20-\x7e]/g, "_");
    json(res, 200, file, {
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    });
  });

  app.post("/api/replays", async (req, res) => {
    const raw = readJson(req, res);
    if (raw === undefined) return;
    const v = validate(raw);
    if (!v.ok) return refused(res, 422, v.error);
    const { steps, final } = v.timeline;
    json(res, 200, {
      replay: v.file,
      summary: {
        scenario: v.file.scenario,
        entries: v.file.log.length,
        steps: steps.length,
        from: steps[0]?.label,
        to: steps.at(-1)?.label,
        ended: final.phase === "ended",
      },
    });
  });

  app.post("/api/replays/branch", async (req, res) => {
    const raw = readJson(req, res);
    if (raw === undefined) return;
    const parsed = BranchRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refused(res, 400, {
        code: "ERR_BAD_MESSAGE",
        message:
          `Bad branch request: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(),
      });
    }
    const r = parsed.data;
    let file: ReplayFile;
    if (r.matchId !== undefined) {
      const got = await stored(r.matchId, req, res);
      if (!got) return;
      file = got;
    } else {
      const v = validate(r.replay);
      if (!v.ok) return refused(res, 422, v.error);
      file = v.file;
    }
    const scenario = scenarios.resolve(file.scenario.id, file.scenario.start);
    if (!scenario) {
      return refused(res, 410, { code: "ERR_REPLAY_SCENARIO", message: "Unknown scenario." });
    }
    // A branch is a new match: it counts against the same limit as `client.create`.
    if (!(await mayCreate(req))) return refuseCreate(res);
    const branched = await createBranch(storage, scenario, file, r, now());
    if (!branched.ok) return refused(res, 422, branched.error);
    json(res, 201, branched.value);
  });
}
