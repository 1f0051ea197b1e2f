import { matchMaker } from "@colyseus/core";
import {
  CreateMatchSchema,
  PhaseTimersSchema,
  PowerIdSchema,
  ROOM_NAME,
  TurnLabelSchema,
  branchPoint,
  turnLabel,
  type ReplayError,
  type ReplayFile,
  type Result,
  type Scenario,
} from "@cs/shared";
import { z } from "zod";
import { RESTORE_KEY } from "../room/restoreKey.ts";
import type { MatchRow, Storage } from "../storage/types.ts";
import { hashToken, newJoinCode, newMatchId, newToken } from "../tokens.ts";

/**
 * "Branch here", online: a new match that shares a replay's history up to a turn. The engine
 * cuts the log (`branchLog`); the new match is stored with that prefix as its own log and the
 * original's seed and counterfactual settings (the prefix replays only under those), then
 * opened by the same path a server restart takes — `Game.restore` replays the log — so no
 * rule and no room code is duplicated here. It waits in the lobby: people take seats, bots
 * hold the rest, the host starts it as usual.
 */
export const BranchRequestSchema = z
  .strictObject({
    /** A stored match to branch from … */
    matchId: z.string().min(1).max(64).optional(),
    /** … or an uploaded replay file (validated by the route). */
    replay: z.unknown().optional(),
    turn: TurnLabelSchema,
    name: z.string().trim().min(1).max(60).optional(),
    humanSeats: z.array(PowerIdSchema).max(32).optional(),
    timers: PhaseTimersSchema.nullable().optional(),
    visibility: z.enum(["public", "private"]).optional(),
    botOnDeadline: z.boolean().optional(),
  })
  .refine((r) => (r.matchId === undefined) !== (r.replay === undefined), {
    message: "give either matchId or replay",
  });
export type BranchRequest = z.infer<typeof BranchRequestSchema>;

export interface Branched {
  matchId: string;
  /** The new match's host token: join with `{ hostToken }` to hold the lobby. */
  hostToken: string;
  code?: string | undefined;
  turn: string;
  /** The state id the branch starts at (the last entry of the shared history). */
  stateId: number;
  shared: number;
}

export async function createBranch(
  storage: Storage,
  scenario: Scenario,
  file: ReplayFile,
  req: BranchRequest,
  now: number,
): Promise<Result<Branched, ReplayError>> {
  const point = branchPoint(file, scenario, req.turn);
  if (!point.ok) return point;
  const base = file.settings;
  const settings = CreateMatchSchema.parse({
    ...base,
    name: req.name ?? branchName(file.meta.name, req.turn),
    humanSeats: req.humanSeats ?? base.humanSeats,
    timers: req.timers === undefined ? base.timers : req.timers,
    visibility: req.visibility ?? base.visibility,
    botOnDeadline: req.botOnDeadline ?? base.botOnDeadline,
    // The shared history replays only under the original's rules switches.
    scenario: scenario.id,
    start: scenario.start,
    historicalEvents: file.match.historicalEvents,
    hiddenObjectives: file.match.hiddenObjectives,
    options: file.match.options,
  });
  const hostToken = newToken();
  const row: MatchRow = {
    id: newMatchId(),
    name: settings.name ?? branchName(file.meta.name, req.turn),
    settings,
    scenario: scenario.id,
    start: scenario.start,
    seed: file.match.seed,
    status: "lobby",
    visibility: settings.visibility,
    code: settings.visibility === "private" ? newJoinCode() : null,
    hostHash: hashToken(hostToken),
    created: now,
    finished: null,
  };
  await storage.createMatch(row);
  for (const entry of point.value.log) await storage.appendLog(row.id, entry);
  // Here, on the process that created (and so owns) the match.
  await matchMaker.handleCreateRoom(ROOM_NAME, { restore: row.id, key: RESTORE_KEY });
  return {
    ok: true,
    value: {
      matchId: row.id,
      hostToken,
      code: row.code ?? undefined,
      turn: turnLabel(point.value.state.turn),
      stateId: point.value.state.stateId,
      shared: point.value.log.length,
    },
  };
}

function branchName(name: string, turn: string): string {
  const suffix = ` — branch ${turn}`;
  return `${name.slice(0, 60 - suffix.length)}${suffix}`;
}
