import type { Milestone, NewMatch, PowerId, Strength } from "@cs/shared";
import type { GamePlan } from "./game.ts";
import { loadStart, shippedScenarios } from "./scenarios.ts";

/** Everything a worker needs to rebuild the plan: plain data, sent over postMessage. */
export interface PlanSpec {
  readonly scenario: string;
  readonly from?: string | undefined;
  /**
   * The scenario's start point, when it is one the server serves as a scenario of its own
   * (a branch of a match begun at 1936-I): resolved through the server's registry.
   */
  readonly start?: string | undefined;
  readonly settings: Readonly<Record<string, string>>;
  readonly historicalEvents: boolean;
  readonly bots: Strength;
  readonly seats?: Readonly<Record<PowerId, Strength>> | undefined;
  /** A branch: a match record's log cut at a turn (see branch.ts), replacing the start log. */
  readonly branchLog?: readonly unknown[] | undefined;
  /** The branched record's match settings (its seed replays the log). */
  readonly branchMatch?: NewMatch | undefined;
}

/** Pairs whose reach the games record (Soviet help to the states between). */
const WATCH = ["SUN>CSK", "SUN>POL"];

export async function buildPlan(spec: PlanSpec): Promise<GamePlan> {
  // A branch brings its own start log; `from` then only labels it ("branch of … at …").
  const start = await loadStart(spec.scenario, spec.branchLog ? undefined : spec.from, spec.start);
  const mod = start.scenario.id === "europe-1933" ? await shippedScenarios() : null;
  const history = (mod as { HISTORY_1933?: GamePlan["script"] } | null)?.HISTORY_1933;
  const script = start.scenario.id === "europe-1933" ? history : undefined;
  const log = spec.branchLog ? (spec.branchLog as typeof start.log) : start.log;
  const ids = new Set(start.scenario.powers.map((p) => p.id));
  return {
    start: spec.branchLog ? { ...start, log, match: spec.branchMatch ?? { seed: 1 } } : start,
    settings: spec.settings,
    historicalEvents: spec.historicalEvents,
    bots: spec.bots,
    seats: spec.seats,
    script,
    watch: WATCH.filter((w) => w.split(">").every((p) => ids.has(p))),
  };
}

/** The milestones of the scenario a plan plays (for `summarise`). */
export async function milestonesOf(spec: PlanSpec): Promise<readonly Milestone[]> {
  return (await buildPlan(spec)).start.scenario.milestones;
}
