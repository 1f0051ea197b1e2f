import { ScenarioSchema, type Scenario } from "@cs/shared";
import { REGIONS } from "../map/index.ts";
import { composeScenario, type CompositionProblem, type ScenarioParts } from "./compose.ts";
import { PARTS_1933 } from "./1933/index.ts";

export interface ScenarioEntry {
  readonly id: string;
  readonly parts: ScenarioParts;
}

/** The shipped scenarios, by id, as files to compose. */
export const SCENARIO_FILES: readonly ScenarioEntry[] = [{ id: "europe-1933", parts: PARTS_1933 }];

export function scenarioInput(id: string): {
  input: Record<string, unknown>;
  problems: CompositionProblem[];
} {
  const entry = SCENARIO_FILES.find((s) => s.id === id);
  if (!entry) {
    throw new Error(`no scenario ${id}; known: ${SCENARIO_FILES.map((s) => s.id).join(", ")}`);
  }
  return composeScenario(entry.parts, REGIONS);
}

const cache = new Map<string, Scenario>();

/** The scenario parsed by the schema; the same object on every call, so the engine's cache holds. */
export function loadScenario(id = "europe-1933"): Scenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const { input, problems } = scenarioInput(id);
  const parsed = ScenarioSchema.safeParse(input);
  if (problems.length > 0 || !parsed.success) {
    const list = [
      ...problems.map((p) => `${p.path}: ${p.message}`),
      ...(parsed.success
        ? []
        : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)),
    ];
    throw new Error(`scenario ${id} is invalid (run npm run scenario:check):\n${list.join("\n")}`);
  }
  cache.set(id, parsed.data);
  return parsed.data;
}
