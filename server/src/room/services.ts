import { cleanLine, type Scenario } from "@cs/shared";
import type { Limits } from "../limits/limits.ts";
import type { ScenarioRegistry } from "../scenarios.ts";
import type { ClockRow, MatchRow, Storage } from "../storage/types.ts";
import { hashToken, newJoinCode, newMatchId, newSeed } from "../tokens.ts";
import type { ExtensionKind } from "./extension.ts";

/** The name a connection shows others: cleaned like every text they read, else "Player". */
export function displayName(raw: unknown): string {
  const name = typeof raw === "string" ? cleanLine(raw).trim().slice(0, 40).trim() : "";
  return name === "" ? "Player" : name;
}

/** What rooms need from the process, given once to the room class (`matchRoom`). */
export interface RoomServices {
  storage: Storage;
  scenarios: ScenarioRegistry;
  limits: Limits;
  /** Layers a match may be created with (the classroom). */
  extensions: readonly ExtensionKind[];
}

/** A new match's stored record, in the lobby, from its checked settings. */
export function newMatchRow(s: Settings, scenario: Scenario, hostToken: string): MatchRow {
  return {
    id: newMatchId(),
    name: s.name ?? `${scenario.id} ${scenario.start}`,
    settings: s,
    scenario: scenario.id,
    start: scenario.start,
    seed: s.seed ?? newSeed(),
    status: "lobby",
    visibility: s.visibility,
    code: s.visibility === "private" ? newJoinCode() : null,
    hostHash: hashToken(hostToken),
    created: Date.now(),
    finished: null,
  };
}

type Settings = MatchRow["settings"];

/**
 * A running clock after a failover: the time between the previous owner's last sign of life
 * and this claim did not count (nobody could act), so the deadline moves on by that much.
 */
export function frozen(clock: ClockRow | undefined, gapMs: number): ClockRow | undefined {
  if (!clock || clock.deadline === null || !(gapMs > 0)) return clock;
  return { ...clock, deadline: clock.deadline + gapMs };
}
