import { readFileSync } from "node:fs";
import { branchLog, turnIndex, type LogEntry, type NewMatch, type Scenario } from "@cs/shared";

/**
 * The headless side of "branch here": a stored match record (its match settings and log,
 * JSON) cut at a turn with the engine's branchLog. The simulator then plays every game on
 * from that point, each with its own seed.
 */
export interface BranchFile {
  readonly match: NewMatch;
  readonly log: readonly LogEntry[];
}

export function readBranch(
  file: string,
  scenario: Scenario,
  at: string,
): { match: NewMatch; log: LogEntry[] } {
  let record: BranchFile;
  try {
    record = JSON.parse(readFileSync(file, "utf8")) as BranchFile;
  } catch (e) {
    throw new Error(`cannot read the match record ${file}: ${(e as Error).message}`);
  }
  if (!record || typeof record !== "object" || !Array.isArray(record.log) || !record.match) {
    throw new Error(`${file} is not a match record: it needs "match" (seed, settings) and "log"`);
  }
  const turn = turnIndex(at);
  if (turn === undefined) throw new Error(`${at} is not a turn`);
  return {
    match: record.match,
    log: branchLog({ scenario, match: record.match, log: record.log }, turn),
  };
}
