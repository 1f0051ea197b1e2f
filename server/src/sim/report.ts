import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Summary } from "./summary.ts";

export interface NamedRun {
  readonly name: string;
  readonly summary: Summary;
}

function chartJs(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve("chart.js");
  const file = path.join(path.dirname(main), "chart.umd.min.js");
  return readFileSync(file, "utf8").replaceAll("</script", "<\\/script");
}

const esc = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

function describe(run: NamedRun): string {
  const r = run.summary.run;
  const sets = Object.entries(r.settings).map(([k, v]) => `${k}=${v}`);
  if (!r.historicalEvents) sets.push("historicalEvents=off");
  return `<b>${esc(run.name)}</b>: ${r.games} games, seed ${r.seed}, scenario ${esc(r.scenario)}${
    r.from ? ` from ${esc(r.from)}` : ""
  }, ${esc(r.bots)} bots, ${sets.length ? esc(sets.join(", ")) : "historical settings"}`;
}

function milestoneTable(runs: readonly NamedRun[]): string {
  const ids = runs[0]?.summary.milestones ?? [];
  if (ids.length === 0) return "<p>No milestones for this scenario.</p>";
  const head = runs.map((r) => `<th>${esc(r.name)}</th>`).join("");
  const rows = ids
    .map((m) => {
      const cells = runs
        .map((r) => {
          const x = r.summary.milestones.find((y) => y.id === m.id);
          return `<td>${x ? `${(x.share * 100).toFixed(1)} % <small>(ever ${(x.ever * 100).toFixed(1)} %)</small>` : "–"}</td>`;
        })
        .join("");
      return `<tr><td>${esc(m.label)} (${esc(m.turn)})</td>${cells}</tr>`;
    })
    .join("");
  const all = runs.map((r) => `<td>${(r.summary.allMilestones * 100).toFixed(1)} %</td>`).join("");
  return `<table><tr><th>Milestone (historical turn)</th>${head}</tr>${rows}<tr><td><b>All on time</b></td>${all}</tr></table>`;
}

/**
 * A self-contained HTML report (Chart.js and the data inline, no network) comparing one or
 * two runs side by side: general war by half-year, who fights whom, scores per power, the
 * treaties most often signed and the collective security index.
 */
export function renderReport(runs: readonly NamedRun[]): string {
  const data = JSON.stringify(runs).replaceAll("</", "<\\/");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Simulator report</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5em;color:#222;background:#fbfaf6}
h1{font-size:1.4em}h2{font-size:1.1em;margin:0 0 .4em}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:1.2em}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8em}
canvas{max-height:340px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left}
</style></head><body>
<h1>Collective Security 1933–1939 — simulator report</h1>
<ul>${runs.map((r) => `<li>${describe(r)}</li>`).join("")}</ul>
<div class="grid">
<div class="card"><h2>Probability of general war by half-year</h2><canvas id="gw"></canvas></div>
<div class="card"><h2>Who fights whom (share of games)</h2><canvas id="wars"></canvas></div>
<div class="card"><h2>Scores per power (median, quartiles)</h2><canvas id="scores"></canvas></div>
<div class="card"><h2>Treaties most often signed</h2><canvas id="treaties"></canvas></div>
<div class="card"><h2>Collective security index (distribution)</h2><canvas id="csi"></canvas></div>
<div class="card"><h2>Milestones of the history test</h2>${milestoneTable(runs)}</div>
</div>
<script>${chartJs()}</script>
<script>
const RUNS = ${data};
const COLORS = ["#1f5fa8", "#c0392b"];
const FILL = ["rgba(31,95,168,.55)", "rgba(192,57,43,.55)"];
Chart.defaults.animation = false;
const union = (f, top) => {
  const seen = new Map();
  for (const r of RUNS) for (const x of f(r.summary)) seen.set(x.key, Math.max(seen.get(x.key) ?? 0, x.share));
  return [...seen].sort((a, b) => b[1] - a[1]).slice(0, top).map((x) => x[0]);
};
const pct = { ticks: { callback: (v) => Math.round(v * 100) + " %" }, min: 0 };
new Chart(document.getElementById("gw"), {
  type: "line",
  data: {
    labels: RUNS[0].summary.generalWarByTurn.map((x) => x.turn),
    datasets: RUNS.map((r, i) => ({ label: r.name, data: r.summary.generalWarByTurn.map((x) => x.share), borderColor: COLORS[i], backgroundColor: FILL[i] })),
  },
  options: { scales: { y: { ...pct, max: 1 } } },
});
const pairs = union((s) => s.wars.map((w) => ({ key: w.pair, share: w.share })), 12);
new Chart(document.getElementById("wars"), {
  type: "bar",
  data: { labels: pairs, datasets: RUNS.map((r, i) => ({ label: r.name, backgroundColor: FILL[i], data: pairs.map((p) => r.summary.wars.find((w) => w.pair === p)?.share ?? 0) })) },
  options: { indexAxis: "y", scales: { x: pct } },
});
const powers = Object.keys(RUNS[0].summary.scores);
new Chart(document.getElementById("scores"), {
  type: "bar",
  data: {
    labels: powers,
    datasets: RUNS.flatMap((r, i) => [
      { label: r.name + " (quartiles)", backgroundColor: FILL[i], data: powers.map((p) => { const d = r.summary.scores[p]; if (!d) return null; const lo = Math.min(d.p25, 99); return [lo, Math.max(d.p75, lo + 1)]; }) },
      { type: "line", showLine: false, pointStyle: "rectRot", pointRadius: 6, label: r.name + " (median)", borderColor: COLORS[i], backgroundColor: COLORS[i], data: powers.map((p) => r.summary.scores[p]?.median ?? null) },
    ]),
  },
  options: { scales: { y: { min: 0, max: 100 } } },
});
const names = union((s) => s.treaties.map((t) => ({ key: t.name, share: t.share })), 12);
new Chart(document.getElementById("treaties"), {
  type: "bar",
  data: { labels: names, datasets: RUNS.map((r, i) => ({ label: r.name, backgroundColor: FILL[i], data: names.map((n) => r.summary.treaties.find((t) => t.name === n)?.share ?? 0) })) },
  options: { indexAxis: "y", scales: { x: pct } },
});
new Chart(document.getElementById("csi"), {
  type: "bar",
  data: {
    labels: ["0–9", "10–19", "20–29", "30–39", "40–49", "50–59", "60–69", "70–79", "80–89", "90–100"],
    datasets: RUNS.map((r, i) => ({ label: r.name + " (mean " + r.summary.csi.mean.toFixed(1) + ")", backgroundColor: FILL[i], data: r.summary.csi.bins.map((c) => c / r.summary.run.games) })),
  },
  options: { scales: { y: pct } },
});
document.body.dataset.charts = String(Object.keys(Chart.instances).length);
</script></body></html>
`;
}
