import { CreateMatchSchema, JoinOptionsSchema, cleanLine, type Scenario } from "@cs/shared";
import type { Limits } from "../limits/limits.ts";
import type { ScenarioRegistry } from "../scenarios.ts";
import type { ClockRow, MatchRow, Storage } from "../storage/types.ts";
import { hashToken, newJoinCode, newMatchId, newSeed } from "../tokens.ts";
import type { ExtensionKind, RoomExtension, RoomHost } from "./extension.ts";
import { refuseJoin } from "./refuse.ts";

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

/** What a create asks for: the layer that claims it (a class), its settings and scenario. */
export interface Creation {
  readonly claim: { open(host: RoomHost): Promise<RoomExtension> } | undefined;
  readonly settings: Settings;
  readonly scenario: Scenario;
}

/**
 * A create's options, checked: the HTTP guard checked them already (`checkCreate`); a room
 * asked for another way checks again. Throws a join refusal a player can read.
 */
export function creationOf(options: Record<string, unknown>, services: RoomServices): Creation {
  const { scenarios, extensions } = services;
  const claim = extensions.map((k) => k.claim(options)).find((c) => c !== undefined);
  const asked = claim ? { success: true as const, data: { create: claim.create } } : undefined;
  const join = asked ?? JoinOptionsSchema.safeParse(options);
  const settings = join.success ? CreateMatchSchema.safeParse(join.data.create ?? {}) : join;
  if (!settings.success) {
    throw refuseJoin("ERR_BAD_SETTINGS", settings.error.issues[0]?.message ?? "bad settings");
  }
  const s = settings.data;
  const scenarioId = s.scenario ?? scenarios.defaultId();
  const scenario = scenarios.resolve(scenarioId, s.start);
  if (!scenario)
    throw refuseJoin("ERR_UNKNOWN_SCENARIO", `No scenario ${scenarioId} ${s.start ?? ""}.`);
  return { claim, settings: s, scenario };
}

/**
 * A running clock after a failover: the time between the previous owner's last sign of life
 * and this claim did not count (nobody could act), so the deadline moves on by that much.
 */
export function frozen(clock: ClockRow | undefined, gapMs: number): ClockRow | undefined {
  if (!clock || clock.deadline === null || !(gapMs > 0)) return clock;
  return { ...clock, deadline: clock.deadline + gapMs };
}
