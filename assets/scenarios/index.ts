/**
 * The shipped scenarios. Import as `@cs/assets/scenarios`.
 *
 *   loadScenario("europe-1933")  → the validated scenario (throws, listing every problem)
 *   loadScenarios()              → it and its later start points, for the server's registry
 *   startPoint("1936-I")         → scenario, match settings and the log that reaches that turn
 *   startPointScenario("1936-I") → the same start point as a scenario of its own
 */
import { ScenarioSchema, type Scenario } from "@cs/shared";
import { loadScenario, SCENARIO_FILES } from "./load.ts";
import { START_POINTS, startPointScenario } from "./start-points.ts";

export { composeScenario, type ScenarioParts, type CompositionProblem } from "./compose.ts";
export { loadScenario, scenarioInput, SCENARIO_FILES, type ScenarioEntry } from "./load.ts";
export {
  startPoint,
  startPointScenario,
  START_POINTS,
  type StartPoint,
  type StartPointLabel,
} from "./start-points.ts";
export {
  playHistory,
  HISTORY_1933,
  HISTORY_MATCH,
  type HistoryScript,
  type HistoryRun,
  type HistoryError,
} from "./history.ts";

/**
 * Every shipped scenario and each later start point that the engine can reach from history
 * today (a start point whose history the engine refuses is left out, not served half-made).
 */
export function loadScenarios(): Scenario[] {
  const out: Scenario[] = SCENARIO_FILES.map((f) => loadScenario(f.id));
  for (const label of START_POINTS) {
    const { scenario, problems } = startPointScenario(label);
    const parsed = ScenarioSchema.safeParse(scenario);
    if (problems.length === 0 && parsed.success) out.push(parsed.data);
  }
  return out;
}
