import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gamesCsv } from "./csv.ts";
import type { GameRow } from "./game.ts";
import { renderReport, type NamedRun } from "./report.ts";
import type { Summary } from "./summary.ts";

/** Write summary.json, games.csv and report.html (with a second run beside it, if given). */
export function writeOutputs(
  dir: string,
  summary: Summary,
  rows: readonly GameRow[],
  compare?: NamedRun,
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(path.join(dir, "games.csv"), gamesCsv(rows));
  const runs: NamedRun[] = [{ name: runName(dir, summary), summary }];
  if (compare) runs.push(compare);
  writeFileSync(path.join(dir, "report.html"), renderReport(runs));
}

export function readRun(dir: string): NamedRun {
  let summary: Summary;
  try {
    summary = JSON.parse(readFileSync(path.join(dir, "summary.json"), "utf8")) as Summary;
  } catch {
    throw new Error(`${dir} holds no simulator run (no readable summary.json)`);
  }
  return { name: runName(dir, summary), summary };
}

function runName(dir: string, s: Summary): string {
  const sets = Object.entries(s.run.settings).map(([k, v]) => `${k}=${v}`);
  if (!s.run.historicalEvents) sets.push("historicalEvents=off");
  return `${path.basename(path.resolve(dir))}${sets.length ? ` (${sets.join(", ")})` : ""}`;
}

/** `report A B --out C`: a side-by-side report of two finished runs. */
export function writeComparison(a: string, b: string, out: string): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "report.html"), renderReport([readRun(a), readRun(b)]));
}
