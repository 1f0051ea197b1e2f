import { readFileSync } from "node:fs";
import path from "node:path";
import {
  REPLAY_FORMAT,
  branchLog,
  branchPoint,
  parseReplay,
  replay,
  replayMatch,
  turnIndex,
  turnLabel,
  type LogEntry,
  type NewMatch,
  type Scenario,
} from "@cs/shared";
import { availableScenarios, serverScenarios } from "./scenarios.ts";

/**
 * The headless side of "branch here": a stored match (a replay file as the server exports
 * it, or a bare record `{ match, log }`) cut at a turn with the engine's branchLog. The
 * simulator then plays every game on from that point, each with its own seed.
 *
 * The scenario is the one the file names — its id and start point, resolved the way the
 * server resolves them — so a match begun at 1936-I branches on the 1936-I scenario it was
 * played on. A bare record that names none is read on `fallback` (--scenario, or the default).
 */
interface BranchFile {
  readonly match: NewMatch;
  readonly log: readonly LogEntry[];
  /** Optional in a bare record: an id, or `{ id, start, version? }` as in a replay file. */
  readonly scenario?: string | { id: string; start?: string; version?: number };
}

export interface Branch {
  readonly scenario: Scenario;
  readonly match: NewMatch;
  readonly log: LogEntry[];
}

/** Read and cut a match record; every refusal is an Error whose message is a sentence. */
export async function readBranch(file: string, at: string, fallback: Scenario): Promise<Branch> {
  const name = path.basename(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`cannot read the match record ${file}: ${(e as Error).message}`);
  }
  const turn = turnIndex(at);
  if (turn === undefined) throw new Error(`${at} is not a turn`);
  const head = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  if ("format" in head) return fromReplayFile(raw, name, at);
  // JSON: any field may be missing or null.
  const record = head as { [K in keyof BranchFile]?: BranchFile[K] | null };
  if (!Array.isArray(record.log) || typeof record.match !== "object" || !record.match) {
    throw new Error(`${name} is not a match record: it needs "match" (seed, settings) and "log"`);
  }
  const scenario = record.scenario ? await named(record.scenario, name) : fallback;
  const log = branchLog({ scenario, match: record.match, log: record.log }, turn);
  // branchLog stops quietly at an entry the engine refuses: say so rather than play a stub.
  const check = replay({ scenario, match: record.match, log });
  const reached = check.ok && check.state.turn === turn && check.state.phase !== "ended";
  if (!reached) {
    throw new Error(
      `${name} does not reach ${turnLabel(turn)} with a turn still to play on scenario ${scenario.id} (start ${scenario.start}): is it a record of another scenario or start point? Name it with "scenario": { "id", "start" } or use the server's replay file.`,
    );
  }
  return { scenario, match: record.match, log };
}

/** A replay file: format, version and scenario version checked as the server checks them. */
async function fromReplayFile(raw: unknown, name: string, at: string): Promise<Branch> {
  if ((raw as Record<string, unknown>)["format"] !== REPLAY_FORMAT) {
    throw new Error(`${name} is not a Collective Security replay file nor a match record.`);
  }
  const registry = await serverScenarios();
  const parsed = parseReplay(raw, (id, start) => registry.resolve(id, start)?.version);
  if (!parsed.ok) {
    if (parsed.error.code === "ERR_REPLAY_SCENARIO") {
      const { scenario, start } = parsed.error.params ?? {};
      throw new Error(
        `${name} was played on scenario ${String(scenario)} (start ${String(start)}), which the simulator cannot load; it has ${await availableScenarios()}.`,
      );
    }
    throw new Error(`${name}: ${parsed.error.message}`);
  }
  const file = parsed.value;
  const scenario = registry.resolve(file.scenario.id, file.scenario.start);
  if (!scenario) throw new Error(`${name}: scenario ${file.scenario.id} vanished`); // checked above
  const point = branchPoint(file, scenario, at);
  if (!point.ok) throw new Error(`${name}: ${point.error.message}`);
  return { scenario, match: replayMatch(file), log: point.value.log };
}

/** The scenario a bare record names (the server's earliest start when it gives none). */
async function named(ref: NonNullable<BranchFile["scenario"]>, name: string): Promise<Scenario> {
  const { id, start, version } =
    typeof ref === "string" ? { id: ref, start: undefined, version: undefined } : ref;
  const scenario = (await serverScenarios()).resolve(id, start);
  if (!scenario) {
    throw new Error(
      `${name} names scenario ${id}${start ? ` (start ${start})` : ""}, which the simulator cannot load; it has ${await availableScenarios()}.`,
    );
  }
  if (version !== undefined && version !== scenario.version) {
    throw new Error(
      `${name} was played on version ${version} of scenario ${id}; the simulator has version ${scenario.version}, whose rules would not replay it.`,
    );
  }
  return scenario;
}
