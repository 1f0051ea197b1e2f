import { playGame, startState } from "./game.ts";
import { buildPlan } from "./plan.ts";
const plan = await buildPlan({
  scenario: "europe-1933",
  settings: {},
  historicalEvents: true,
  bots: (process.argv[3] ?? "historical") as "historical",
});
const s0 = startState(plan);
console.log("script", Boolean(plan.script));
const N = Number(process.argv[2] ?? 50);
const t0 = performance.now();
const c0 = process.cpuUsage();
let acts = 0;
for (let i = 0; i < N; i++) {
  const g = playGame(plan, s0, i, 1);
  acts += g.actions;
  if (i < 2) console.log(JSON.stringify(g));
}
const dt = performance.now() - t0;
const cpu = process.cpuUsage(c0);
console.log("cpu ms/game", ((cpu.user + cpu.system) / 1000 / N).toFixed(2));
console.log(`${(dt / N).toFixed(2)} ms/game acts ${acts / N}`);
