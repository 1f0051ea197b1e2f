import { turnIndex } from "../core/calendar.ts";
import type { Scenario } from "./schema.ts";

type Objective = Scenario["objectives"][number];
type Window = Objective["starts"];

/** Whether a start point (a turn label) lies inside a window; no window holds every start. */
export function inStartWindow(window: Window, start: string): boolean {
  if (!window) return true;
  const at = turnIndex(start);
  if (at === undefined) return false;
  const from = window.from === undefined ? undefined : turnIndex(window.from);
  const until = window.until === undefined ? undefined : turnIndex(window.until);
  return (from === undefined || at >= from) && (until === undefined || at <= until);
}

/**
 * The objectives in play in a match of this scenario (issue 18): those whose window holds the
 * scenario's start. One scenario file serves every start point; each reads only its own aims.
 */
export function objectivesInPlay(scenario: Scenario): Objective[] {
  return scenario.objectives.filter((o) => inStartWindow(o.starts, scenario.start));
}
