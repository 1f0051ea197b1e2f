import type { EventDef } from "../scenario/events.ts";
import type { PowerDef, RegionDef, Scenario } from "../scenario/schema.ts";
import type { PowerId, RegionId } from "../model/state.ts";
import { objectivesInPlay } from "../scenario/starts.ts";

/**
 * The scenario compiled once into lookups the rules use on every action: it is read-only
 * and shared by every state of a match, so it stays out of the (copied, logged) state.
 */
export interface Ctx {
  readonly scenario: Scenario;
  readonly powerIds: readonly PowerId[];
  readonly regionIds: readonly RegionId[];
  readonly landRegionIds: readonly RegionId[];
  readonly powers: ReadonlyMap<PowerId, PowerDef>;
  readonly regions: ReadonlyMap<RegionId, RegionDef>;
  /** Symmetric adjacency, land and declared sea links alike. */
  readonly adjacency: ReadonlyMap<RegionId, readonly RegionId[]>;
  readonly events: ReadonlyMap<string, EventDef>;
  /** The objectives in play at the scenario's start (their start window holds it). */
  readonly objectives: Scenario["objectives"];
}

const cache = new WeakMap<Scenario, Ctx>();

export function compile(scenario: Scenario): Ctx {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const adjacency = new Map<RegionId, Set<RegionId>>();
  for (const r of scenario.regions) adjacency.set(r.id, new Set());
  for (const r of scenario.regions) {
    for (const other of r.adjacent) {
      adjacency.get(r.id)?.add(other);
      adjacency.get(other)?.add(r.id);
    }
  }
  const ctx: Ctx = {
    scenario,
    powerIds: scenario.powers.map((p) => p.id),
    regionIds: scenario.regions.map((r) => r.id),
    landRegionIds: scenario.regions.filter((r) => r.kind === "land").map((r) => r.id),
    powers: new Map(scenario.powers.map((p) => [p.id, p])),
    regions: new Map(scenario.regions.map((r) => [r.id, r])),
    adjacency: new Map([...adjacency].map(([id, set]) => [id, [...set].sort()])),
    events: new Map(scenario.events.map((e) => [e.id, e])),
    objectives: objectivesInPlay(scenario),
  };
  cache.set(scenario, ctx);
  return ctx;
}
