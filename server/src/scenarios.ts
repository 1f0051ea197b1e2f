import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MINI, ScenarioSchema, type Scenario } from "@cs/shared";

export interface ScenarioInfo {
  id: string;
  starts: string[];
  powers: { id: string; seat: Scenario["powers"][number]["seat"] }[];
}

/**
 * The scenarios a match can be created with, by id and start point. MINI is always there
 * (tests, quick games); every `*.json` scenario under `assets/scenarios/` (the 1933 one and
 * its later start points, one file each) is validated and picked up at boot. Several files
 * may share an id with different `start`s: that is how start points are offered.
 */
export class ScenarioRegistry {
  private readonly byId = new Map<string, Scenario[]>();

  add(scenario: Scenario): void {
    const list = this.byId.get(scenario.id) ?? [];
    this.byId.set(
      scenario.id,
      [...list.filter((s) => s.start !== scenario.start), scenario].sort((a, b) =>
        a.start.localeCompare(b.start),
      ),
    );
  }

  /** The scenario for an id and start point; the earliest start when none is asked. */
  resolve(id: string, start?: string): Scenario | undefined {
    const list = this.byId.get(id);
    return start === undefined ? list?.[0] : list?.find((s) => s.start === start);
  }

  /** The 1933 scenario once it lands, MINI until then. */
  defaultId(): string {
    const ids = [...this.byId.keys()];
    return ids.find((id) => id !== MINI.id) ?? MINI.id;
  }

  list(): ScenarioInfo[] {
    return [...this.byId.entries()].map(([id, list]) => ({
      id,
      starts: list.map((s) => s.start),
      powers: (list[0]?.powers ?? []).map((p) => ({ id: p.id, seat: p.seat })),
    }));
  }

  /** MINI plus whatever valid scenario files `dir` holds; invalid files are reported, skipped. */
  static load(dir?: string, warn: (m: string) => void = console.warn): ScenarioRegistry {
    const registry = new ScenarioRegistry();
    registry.add(MINI);
    if (!dir || !existsSync(dir)) return registry;
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".json") || file.includes("fixtures")) continue;
      try {
        const data: unknown = JSON.parse(readFileSync(join(dir, file), "utf8"));
        // Parts of a scenario (powers.json, regions.json, …) are not scenarios themselves.
        if (!isScenarioLike(data)) continue;
        const parsed = ScenarioSchema.safeParse(data);
        if (parsed.success) registry.add(parsed.data);
        else warn(`scenario ${file} skipped: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      } catch (e) {
        warn(`scenario ${file} skipped: ${String(e)}`);
      }
    }
    return registry;
  }

  /**
   * Scenarios a module exports (`@cs/assets/scenarios`, once the assets package offers one):
   * an array `SCENARIOS`, or a `loadScenarios()` function returning one.
   */
  async addModule(specifier: string, warn: (m: string) => void = console.warn): Promise<void> {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(specifier)) as Record<string, unknown>;
    } catch {
      return; // not offered (yet)
    }
    const load = mod.loadScenarios;
    const list = typeof load === "function" ? await (load as () => unknown)() : mod.SCENARIOS;
    for (const s of Array.isArray(list) ? list : []) {
      const parsed = ScenarioSchema.safeParse(s);
      if (parsed.success) this.add(parsed.data);
      else warn(`scenario from ${specifier} skipped: ${parsed.error.issues[0]?.message ?? ""}`);
    }
  }
}

function isScenarioLike(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    "id" in data &&
    "powers" in data &&
    "regions" in data
  );
}
