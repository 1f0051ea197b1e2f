import { MINI_INPUT } from "@cs/shared/testing";
import { ScenarioSchema, type LogEntry, type NewMatch, type Scenario } from "@cs/shared";
import { config } from "../config.ts";
import { ScenarioRegistry } from "../scenarios.ts";

/**
 * Where a simulated game starts: a scenario, the settings every game shares (the seed is
 * per game) and a log that brings it to the start point (empty for the scenario's start).
 */
export interface StartSpec {
  readonly scenario: Scenario;
  readonly log: readonly LogEntry[];
  /** Settings of the start point's own match (its seed replays the log). */
  readonly match?: NewMatch;
}

/**
 * MINI with two counterfactual switches, for tests and for a simulator that runs before the
 * 1933 scenario is there: `passage=granted` puts a Polish and a Romanian grant of passage to
 * the USSR in force; `rhinelandMobilise=yes` fortifies France's eastern frontier.
 */
export const MINI_SIM: Scenario = ScenarioSchema.parse({
  ...MINI_INPUT,
  id: "mini-sim",
  options: [
    {
      key: "passage",
      default: "refused",
      values: [
        { value: "refused" },
        {
          value: "granted",
          flags: ["passage"],
          effects: [
            {
              treaty: {
                name: "Passage for the Red Army",
                parties: ["POL", "ROU", "SUN"],
                clauses: [
                  { kind: "militaryAccess", grantor: "POL", grantee: "SUN" },
                  { kind: "militaryAccess", grantor: "ROU", grantee: "SUN" },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      key: "rhinelandMobilise",
      default: "no",
      values: [
        { value: "no" },
        { value: "yes", effects: [{ fortify: { region: "fr-east", delta: 1 } }] },
      ],
    },
  ],
});

interface AssetsScenarios {
  loadScenario(id: string): Scenario;
  startPoint?: (label: string) => { scenario: Scenario; match: NewMatch; log: LogEntry[] };
}

let assets: AssetsScenarios | null | undefined;

/** The shipped scenarios module, when the assets package has it (null when it does not). */
export async function shippedScenarios(): Promise<AssetsScenarios | null> {
  if (assets !== undefined) return assets;
  try {
    const spec = "@cs/assets/scenarios";
    assets = (await import(spec)) as AssetsScenarios;
  } catch {
    assets = null;
  }
  return assets;
}

const DEFAULT_SCENARIO = "europe-1933";

let registry: Promise<ScenarioRegistry> | undefined;

/**
 * The scenarios the server can host, built as the server builds them at boot (main.ts: the
 * scenario files, then the assets' module with its later start points), plus MINI_SIM. A
 * recorded match names one of these by id and start, so a record of any match the server
 * can play resolves here — a 1936-I start is its own scenario, not 1933 plus a log.
 */
export function serverScenarios(): Promise<ScenarioRegistry> {
  registry ??= (async () => {
    const quiet = () => {}; // the server reports skipped files at boot; a run need not
    const r = ScenarioRegistry.load(config().scenarioDir, quiet);
    r.add(MINI_SIM);
    await r.addModule("@cs/assets/scenarios", quiet);
    return r;
  })();
  return registry;
}

/** "europe-1933 (1933-I, 1935-I, …), mini (1933-I)": what a refusal lists as available. */
export async function availableScenarios(): Promise<string> {
  const list = (await serverScenarios()).list();
  return list.map((s) => `${s.id} (${s.starts.join(", ")})`).join(", ");
}

/**
 * The scenario and start log for a run: `mini` (MINI_SIM) or a shipped scenario id; with
 * `at`, that scenario's start point as the server serves it (a branch of a recorded match).
 */
export async function loadStart(id: string, from?: string, at?: string): Promise<StartSpec> {
  if (at !== undefined) {
    const scenario = (await serverScenarios()).resolve(id, at);
    if (!scenario)
      throw new Error(
        `the simulator cannot load scenario ${id} starting ${at}; it has ${await availableScenarios()}`,
      );
    return { scenario, log: [] };
  }
  if (id === "mini" || id === "mini-sim") {
    if (from)
      throw new Error(
        `--from needs the 1933 scenario; the mini scenario starts in ${MINI_SIM.start}`,
      );
    return { scenario: MINI_SIM, log: [] };
  }
  const mod = await shippedScenarios();
  if (!mod)
    throw new Error(
      `scenario ${id} is not available (the assets have no scenarios yet): use --scenario mini`,
    );
  if (!from) return { scenario: mod.loadScenario(id), log: [] };
  if (!mod.startPoint)
    throw new Error("this build of the assets has no start points: --from is unavailable");
  const start = mod.startPoint(from);
  return { scenario: start.scenario, log: start.log, match: start.match };
}

/** The scenario to use when none is named: the 1933 scenario if it loads, else MINI. */
export async function defaultScenarioId(): Promise<string> {
  const mod = await shippedScenarios();
  if (!mod) return "mini";
  try {
    mod.loadScenario(DEFAULT_SCENARIO);
    return DEFAULT_SCENARIO;
  } catch {
    return "mini";
  }
}
