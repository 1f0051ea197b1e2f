import type { GameState } from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { Viewer } from "./viewFor.ts";

export type Objective = Scenario["objectives"][number];

/**
 * Whose objectives a viewer may know: everyone's unless the match hides them; when it does,
 * a seat its own, a spectator none — until the match is over, when they are history like the
 * rest (`viewFor`), and always for a class's teacher. `"all"`, `"none"` or the seat.
 */
export function objectivesScope(
  state: Pick<GameState, "settings" | "phase">,
  viewer: Viewer,
): string {
  if (!state.settings.hiddenObjectives || viewer === "teacher" || state.phase === "ended")
    return "all";
  return viewer === "spectator" ? "none" : viewer;
}

/** The objectives (conditions, points, whose) a viewer may know, in the scenario's order. */
export function knownObjectives(
  objectives: readonly Objective[],
  state: Pick<GameState, "settings" | "phase">,
  viewer: Viewer,
): Objective[] {
  const scope = objectivesScope(state, viewer);
  if (scope === "all") return [...objectives];
  return objectives.filter((o) => o.power === scope);
}
