import { z } from "zod";
import { ActionSchema, type LogEntry } from "../actions/schema.ts";
import type { Result } from "../core/result.ts";
import type { NewMatch } from "../engine/setup.ts";
import { CreateMatchSchema, type CreateMatch } from "../protocol/client.ts";
import { PowerIdSchema, TurnLabelSchema } from "../scenario/conditions.ts";

/**
 * The replay file: everything needed to re-run a match with the engine — the scenario it was
 * played on (id, start point, version), the match's settings and seed, and its log — plus a
 * little metadata for people. JSON, versioned: a reader refuses a file of another format
 * version or scenario version with a sentence, never by crashing on it.
 *
 * `match` and `log` are top-level on purpose: the simulator's `--branch FILE --at TURN` reads
 * exactly those two fields, so a downloaded replay is also a headless branch point.
 */
export const REPLAY_FORMAT = "collective-security-replay";
/**
 * 2: ids that reveal no count (`t_0k56vw5`, issue 15) and start points that inherit history
 * under their own ids (issue 18); a version-1 log names ids of the old form (`t5`).
 */
export const REPLAY_VERSION = 2;
/** Large enough for any 1933–1939 match (a few thousand entries), small enough to refuse junk. */
export const MAX_REPLAY_ENTRIES = 50_000;

const LogEntrySchema = z.strictObject({
  id: z.number().int().min(1),
  by: z.union([PowerIdSchema, z.literal("system")]),
  action: ActionSchema,
});

export const ReplayMatchSchema = z.strictObject({
  seed: z.number().int(),
  historicalEvents: z.boolean(),
  hiddenObjectives: z.boolean(),
  options: z.record(z.string().max(32), z.string().max(32)),
});

export const ReplayMetaSchema = z.strictObject({
  /** The match it was recorded from (absent for a file made elsewhere, e.g. by the simulator). */
  matchId: z.string().max(64).optional(),
  name: z.string().max(80),
  /** The match's status when exported: a replay of a running match stops where it was. */
  status: z.enum(["lobby", "running", "paused", "finished", "abandoned"]),
  /** Epoch ms, as the server's clock gave them (the engine itself never reads a clock). */
  created: z.number().int().optional(),
  finished: z.number().int().nullable().optional(),
  exported: z.number().int().optional(),
  /** Who held which seat, by the names they gave (people only; bots are absent). */
  players: z.record(PowerIdSchema, z.string().max(40)).default({}),
  /** When this match was itself a branch: the match and turn it branched from. */
  branchOf: z.strictObject({ matchId: z.string().max(64), turn: TurnLabelSchema }).optional(),
});

export const ReplayFileSchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  scenario: z.strictObject({
    id: z.string().min(1).max(64),
    start: TurnLabelSchema,
    version: z.number().int().min(1),
  }),
  match: ReplayMatchSchema,
  /** The host's settings (seats, timers, visibility…), so a branch can start like the original. */
  settings: CreateMatchSchema,
  log: z.array(LogEntrySchema).max(MAX_REPLAY_ENTRIES),
  meta: ReplayMetaSchema,
});

export type ReplayFile = z.infer<typeof ReplayFileSchema>;
export type ReplayMeta = z.input<typeof ReplayMetaSchema>;

export const REPLAY_ERRORS = [
  "ERR_REPLAY_JSON",
  "ERR_REPLAY_FORMAT",
  "ERR_REPLAY_VERSION",
  "ERR_REPLAY_INVALID",
  "ERR_REPLAY_SCENARIO",
  "ERR_REPLAY_SCENARIO_VERSION",
  "ERR_REPLAY_LOG",
] as const;
export type ReplayErrorCode = (typeof REPLAY_ERRORS)[number];
export interface ReplayError {
  readonly code: ReplayErrorCode;
  readonly message: string;
  /** Facts for a translated message (found and expected versions, entry id…). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ExportInput {
  scenario: { id: string; start: string; version: number };
  match: NewMatch;
  settings?: Partial<CreateMatch> | undefined;
  log: readonly LogEntry[];
  meta: ReplayMeta;
}

/** A replay file for a match (the caller decides whether the log may be shown at all). */
export function exportReplay(input: ExportInput): ReplayFile {
  return ReplayFileSchema.parse({
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    scenario: {
      id: input.scenario.id,
      start: input.scenario.start,
      version: input.scenario.version,
    },
    match: {
      seed: input.match.seed,
      historicalEvents: input.match.historicalEvents ?? true,
      hiddenObjectives: input.match.hiddenObjectives ?? false,
      options: { ...input.match.options },
    },
    settings: input.settings ?? {},
    log: input.log,
    meta: input.meta,
  });
}

/** What the reader knows of scenarios: the version it has of an id and start point, if any. */
export type ScenarioVersionOf = (id: string, start: string) => number | undefined;

const fail = (
  code: ReplayErrorCode,
  message: string,
  params?: Record<string, string | number>,
): Result<never, ReplayError> => ({
  ok: false,
  error: params ? { code, message, params } : { code, message },
});

/**
 * Read a replay file (its text, or already-parsed JSON). The format and version are checked
 * before the shape, so a file from a later version of the game is named as such instead of
 * failing on whichever field changed; with `versionOf`, the scenario must be one the reader
 * has, in the same version.
 */
export function parseReplay(
  input: unknown,
  versionOf?: ScenarioVersionOf,
): Result<ReplayFile, ReplayError> {
  let raw: unknown = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input);
    } catch {
      return fail("ERR_REPLAY_JSON", "This file is not JSON, so it cannot be a replay file.");
    }
  }
  const head = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  if (head["format"] !== REPLAY_FORMAT) {
    return fail("ERR_REPLAY_FORMAT", "This is not a Collective Security replay file.");
  }
  if (head["version"] !== REPLAY_VERSION) {
    const found = typeof head["version"] === "number" ? head["version"] : "?";
    return fail(
      "ERR_REPLAY_VERSION",
      `This replay file is format version ${found}; this version of the game reads version ${REPLAY_VERSION} only.`,
      { found, expected: REPLAY_VERSION },
    );
  }
  const parsed = ReplayFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "file";
    return fail(
      "ERR_REPLAY_INVALID",
      `This replay file is damaged: ${where}: ${issue?.message ?? "invalid"}.`,
      { where },
    );
  }
  const file = parsed.data;
  const { id, start, version } = file.scenario;
  if (versionOf) {
    const have = versionOf(id, start);
    if (have === undefined) {
      return fail(
        "ERR_REPLAY_SCENARIO",
        `This replay was played on scenario ${id} (start ${start}), which this server does not have.`,
        { scenario: id, start },
      );
    }
    if (have !== version) {
      return fail(
        "ERR_REPLAY_SCENARIO_VERSION",
        `This replay was played on version ${version} of scenario ${id}; this server has version ${have}, whose rules would not replay it.`,
        { scenario: id, found: version, expected: have },
      );
    }
  }
  return { ok: true, value: file };
}

/** The engine's settings for re-running a replay file. */
export function replayMatch(file: ReplayFile): NewMatch {
  return { ...file.match };
}
