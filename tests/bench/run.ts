/**
 * `npm run bench`: every benchmark, one after the other, with the machine they ran on.
 * Figures are printed, never asserted; docs/benchmarks.md records them.
 */
import os from "node:os";
import { existsSync } from "node:fs";

const cpus = os.cpus();
console.log(`# Benchmarks — ${new Date().toISOString()}`);
console.log(
  `machine: ${cpus.length} × ${cpus[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);

const suites: Array<[string, string]> = [
  ["Engine (issue 2)", "./engine.ts"],
  ["Server load (issue 4)", "./server-load.ts"],
  ["Joins: the match record as what changed, against the whole record (issue 15)", "./joins.ts"],
  [
    "Scale-out: baseline, SQLite, PostgreSQL, three processes behind nginx (issue 16)",
    "./scale-out.ts",
  ],
  ["Client (issue 5)", "./client.ts"],
  ["Simulator (issue 6)", "./sim.ts"],
  ["Deterrence and consequence (issue 10)", "./deterrence.ts"],
];

for (const [title, file] of suites) {
  if (!existsSync(new URL(file, import.meta.url))) continue;
  console.log(`\n## ${title}`);
  const mod = (await import(file)) as { main: () => Promise<unknown> };
  const figures = await mod.main();
  console.log(JSON.stringify(figures, null, 2));
}
