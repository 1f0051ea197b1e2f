import {
  ClassJoinOptionsSchema,
  CreateMatchSchema,
  type ClassSettings,
  type CreateMatch,
  type Result,
  type Scenario,
} from "@cs/shared";
import type { ScenarioRegistry } from "./scenarios.ts";

/** A refused match creation: a documented code, its HTTP status, a sentence (no code). */
export interface CreateRefusal {
  code: "ERR_BAD_SETTINGS" | "ERR_UNKNOWN_SCENARIO";
  status: 400 | 404;
  message: string;
}

export interface CreateRequest {
  settings: CreateMatch;
  scenario: Scenario;
  /** Set when the match is a class (its creator is the teacher). */
  klass: ClassSettings | undefined;
}

/** Keys the server adds to options itself; a client's are overwritten, never read. */
const SERVER_KEYS = ["creatorProof"] as const;

/**
 * The one check of `client.create`'s options, made twice: by the HTTP guard before any room
 * exists (so a refusal is a 4xx with its code, not a half-made room), and by the room itself.
 */
export function checkCreate(
  options: unknown,
  scenarios: ScenarioRegistry,
): Result<CreateRequest, CreateRefusal> {
  const raw = { ...(typeof options === "object" && options !== null ? options : {}) };
  for (const k of SERVER_KEYS) delete (raw as Record<string, unknown>)[k];
  const parsed = ClassJoinOptionsSchema.safeParse(raw);
  if (!parsed.success) return bad(parsed.error.issues[0]);
  const klass = parsed.data.class;
  const asked = { ...parsed.data.create };
  // A class is a private match created with `class` settings.
  if (klass) Object.assign(asked, { visibility: "private" });
  const settings = CreateMatchSchema.safeParse(asked);
  if (!settings.success) return bad(settings.error.issues[0]);
  const s = settings.data;
  const id = s.scenario ?? scenarios.defaultId();
  const scenario = scenarios.resolve(id, s.start);
  if (!scenario) {
    const at = s.start === undefined ? "" : ` starting ${s.start}`;
    return {
      ok: false,
      error: {
        code: "ERR_UNKNOWN_SCENARIO",
        status: 404,
        message: `This server has no scenario ${id}${at}.`,
      },
    };
  }
  return { ok: true, value: { settings: s, scenario, klass } };
}

function bad(issue: { path: PropertyKey[]; message: string } | undefined) {
  const where = issue?.path.map(String).join(".") ?? "";
  return {
    ok: false as const,
    error: {
      code: "ERR_BAD_SETTINGS" as const,
      status: 400 as const,
      message: `${where ? `${where}: ` : ""}${issue?.message ?? "bad settings"}`,
    },
  };
}
