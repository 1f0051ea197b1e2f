/**
 * npm run scenario:check [file|dir]
 *
 * Validates a scenario and prints what it holds. Without an argument: the shipped scenarios
 * and their later start points. With a directory: a scenario split into files like
 * assets/scenarios/1933/. With a .json file: a whole scenario in one file (fixtures, mods).
 * Every problem is listed by path; the exit code is 1 if there is any.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkCharter,
  objectivesInPlay,
  validateScenario,
  scenarioCounts,
  type LocaleBundle,
  type ScenarioProblem,
} from "@cs/shared";
import { REGIONS } from "../map/index.ts";
import { composeScenario, type ScenarioParts } from "../scenarios/compose.ts";

const ASSETS = fileURLToPath(new URL("..", import.meta.url));

export function loadLocales(dir = join(ASSETS, "locales")): LocaleBundle {
  const bundle: Record<string, Record<string, unknown>> = {};
  for (const lang of readdirSync(dir).sort()) {
    const path = join(dir, lang);
    if (!statSync(path).isDirectory()) continue;
    bundle[lang] = {};
    for (const file of readdirSync(path).filter((f) => f.endsWith(".json"))) {
      bundle[lang][basename(file, ".json")] = readJson(join(path, file));
    }
  }
  return bundle;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

/** A split scenario directory, read the way assets/scenarios/1933/index.ts imports it. */
export function readParts(dir: string): ScenarioParts {
  const events = join(dir, "events");
  return {
    manifest: readJson(join(dir, "scenario.json")),
    powers: readJson(join(dir, "powers.json")),
    regions: readJson(join(dir, "regions.json")),
    treaties: readJson(join(dir, "treaties.json")),
    events: readdirSync(events)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => readJson(join(events, f))),
    objectives: readJson(join(dir, "objectives.json")),
    csi: readJson(join(dir, "csi.json")),
    options: readJson(join(dir, "options.json")),
  };
}

export interface CheckReport {
  readonly name: string;
  readonly problems: ScenarioProblem[];
  readonly warnings: ScenarioProblem[];
  readonly summary: string[];
}

/** Check one scenario input (already composed) against the schema, the cross-references and the locales. */
export function checkInput(name: string, input: unknown, pre: ScenarioProblem[] = []): CheckReport {
  const locales = loadLocales();
  const result = validateScenario(input, { locales, seatObjectives: true });
  const problems = [...pre, ...(result.ok ? [] : result.problems)];
  const summary: string[] = [];
  if (result.ok) {
    const s = result.scenario;
    const counts = scenarioCounts(s);
    const seats = s.powers.filter((p) => p.seat !== "minor").map((p) => p.id);
    summary.push(
      `${s.id} v${s.version}, starts ${s.start}, tension ${s.tension}`,
      `powers     ${counts.powers} (seats ${seats.join(" ")})`,
      `regions    ${counts.regions} (${s.regions.filter((r) => r.kind === "land").length} land, ${s.regions.filter((r) => r.kind === "sea").length} sea, ${s.regions.filter((r) => r.kind === "offmap").length} off-map)`,
      `treaties   ${counts.treaties} in force at the start`,
      `events     ${counts.events} (${s.events.filter((e) => e.roles.length > 0).length} crises with choices, ${s.events.filter((e) => (e.premise ?? []).length > 0).length} with written premises)`,
      `objectives ${objectivesInPlay(s).length} in play of ${counts.objectives}; index components ${counts.csi}; options ${s.options.map((o) => o.key).join(", ")}`,
      `locales    ${Object.keys(locales).join(", ")}: every key present`,
    );
  }
  return { name, problems, warnings: result.warnings, summary };
}

export function checkPath(path: string): CheckReport {
  if (!existsSync(path)) {
    return {
      name: path,
      problems: [{ path, message: "no such file or directory" }],
      warnings: [],
      summary: [],
    };
  }
  if (statSync(path).isDirectory()) {
    let parts: ScenarioParts;
    try {
      parts = readParts(path);
    } catch (e) {
      return {
        name: path,
        problems: [{ path, message: String(e instanceof Error ? e.message : e) }],
        warnings: [],
        summary: [],
      };
    }
    const { input, problems } = composeScenario(parts, REGIONS);
    return checkInput(path, input, problems);
  }
  let input: unknown;
  try {
    input = readJson(path);
  } catch (e) {
    return {
      name: path,
      problems: [{ path, message: `not JSON: ${String(e instanceof Error ? e.message : e)}` }],
      warnings: [],
      summary: [],
    };
  }
  return checkInput(path, input);
}

/** The Charter epilogue's data (assets/charter): schema, articles cited, words in each language. */
export function checkCharterData(path = join(ASSETS, "charter", "charter.json")): CheckReport {
  const locales = loadLocales();
  const words = Object.fromEntries(
    Object.entries(locales).map(([lang, ns]) => [lang, ns["epilogue"] ?? {}]),
  );
  const { charter, problems } = checkCharter(readJson(path), words);
  return {
    name: "charter epilogue (assets/charter/charter.json)",
    problems,
    warnings: [],
    summary: charter
      ? [
          `articles   ${charter.articles.length} (${charter.articles.map((a) => a.id).join(" ")})`,
          `lessons    ${charter.lessons.length}, elements ${charter.elements.length}`,
        ]
      : [],
  };
}

function print(report: CheckReport): void {
  const ok = report.problems.length === 0;
  console.log(`${ok ? "ok  " : "FAIL"} ${report.name}`);
  for (const line of report.summary) console.log(`     ${line}`);
  for (const w of report.warnings) console.log(`     warning ${w.path}: ${w.message}`);
  for (const p of report.problems) console.log(`     ${p.path}: ${p.message}`);
}

async function main(args: string[]): Promise<number> {
  const reports: CheckReport[] = [];
  if (args.length > 0) {
    for (const a of args) reports.push(checkPath(resolve(a)));
  } else {
    reports.push(checkPath(join(ASSETS, "scenarios", "1933")));
    const { startPointScenario, START_POINTS } = await import("../scenarios/start-points.ts");
    for (const label of START_POINTS) {
      try {
        const { scenario, problems } = startPointScenario(label);
        reports.push(checkInput(`start point ${label}`, scenario, problems));
      } catch (e) {
        reports.push({
          name: `start point ${label}`,
          problems: [{ path: label, message: String(e instanceof Error ? e.message : e) }],
          warnings: [],
          summary: [],
        });
      }
    }
  }
  if (args.length === 0) reports.push(checkCharterData());
  reports.forEach(print);
  return reports.every((r) => r.problems.length === 0) ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
