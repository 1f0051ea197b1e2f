import type { IncomingMessage } from "node:http";
import { exportReplay, type ReplayFile, type Scenario } from "@cs/shared";
import type { ScenarioRegistry } from "../scenarios.ts";
import type { MatchRow, Storage } from "../storage/types.ts";
import { hashToken, sameHash } from "../tokens.ts";

/**
 * Who may replay a match, and the replay file of a stored match.
 *
 * A match's log is its secrets: pending orders, secret clauses, the seed that decides every
 * future roll. So the log (and with it the omniscient view) is given only once the match is
 * over — or, while it runs, to its teacher. A class's teacher holds the class match's host
 * token (shared/src/protocol/class.ts); an ordinary match's host is a player like any other
 * and gets nothing more than the others.
 */

/** The request header that carries a teacher's host token (never a URL: URLs end up in logs). */
export const TEACHER_HEADER = "x-host-token";

export type TeacherCheck = (row: MatchRow, req: IncomingMessage) => boolean | Promise<boolean>;

/**
 * The default check: the match is a class (the classroom store has it) and the request
 * carries its host token — the teacher's — in the `x-host-token` header.
 */
export function teacherByHostToken(isClass: (matchId: string) => Promise<boolean>): TeacherCheck {
  return async (row, req) => {
    const raw = req.headers[TEACHER_HEADER];
    const token = Array.isArray(raw) ? raw[0] : raw;
    if (!token || token.length > 128 || !sameHash(row.hostHash, hashToken(token))) return false;
    return isClass(row.id);
  };
}

/** Whether a match is a class, as the classroom store knows it (none: not a class). */
export function classLookup(storage: Storage): (matchId: string) => Promise<boolean> {
  return async (matchId) => {
    return (await storage.classes.getClass(matchId)) !== undefined;
  };
}

export type Access = "everyone" | "teacher" | "none";

/** Who may read this match's log now. */
export async function logAccess(
  row: MatchRow,
  req: IncomingMessage,
  isTeacher: TeacherCheck,
): Promise<Access> {
  if (row.status === "finished") return "everyone";
  return (await isTeacher(row, req)) ? "teacher" : "none";
}

/** The scenario a row was played on, as this server has it. */
export function scenarioOf(scenarios: ScenarioRegistry, row: MatchRow): Scenario | undefined {
  return scenarios.resolve(row.scenario, row.start);
}

/** The replay file of a stored match (the caller has checked access). */
export async function matchReplay(
  storage: Storage,
  scenario: Scenario,
  row: MatchRow,
  now: number,
): Promise<ReplayFile> {
  const [log, seats] = await Promise.all([storage.readLog(row.id), storage.seats(row.id)]);
  return exportReplay({
    scenario: { id: scenario.id, start: scenario.start, version: scenario.version },
    match: {
      seed: row.seed,
      historicalEvents: row.settings.historicalEvents,
      hiddenObjectives: row.settings.hiddenObjectives,
      options: row.settings.options,
    },
    settings: row.settings,
    log,
    meta: {
      matchId: row.id,
      name: row.name.slice(0, 80),
      status: row.status,
      created: row.created,
      finished: row.finished,
      exported: now,
      players: Object.fromEntries(seats.map((s) => [s.power, s.name.slice(0, 40)])),
    },
  });
}

/** A file name for a download: the match's name, safe on every file system. */
export function replayFileName(file: ReplayFile): string {
  const base = file.meta.name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "");
  return `${base || "match"}-${file.meta.matchId ?? "replay"}.replay.json`;
}
