/**
 * Engine benchmark (issue 2): on a 10-power, 70-region state with 30 treaties in force,
 * the median time of legalActions for one seat, of resolving a full turn, and of replaying
 * a 14-turn log.
 */
import { Bench } from "tinybench";
import {
  apply,
  compile,
  createInitialState,
  legalActions,
  replay,
  type Action,
  type GameState,
} from "@cs/shared";
import { scriptedPlay, syntheticScenario } from "@cs/shared/testing";
import { startPoint } from "@cs/assets/scenarios";

export interface Figure {
  name: string;
  medianMs: number;
  p99Ms?: number | undefined;
  target: string;
}

export async function main(): Promise<Figure[]> {
  const scenario = syntheticScenario(10, 7, 30);
  const ctx = compile(scenario);
  const match = { seed: 7 };
  const { log } = scriptedPlay(scenario, match);

  // A state in the Orders phase with every power's orders given: what Resolution faces.
  let orders: GameState = createInitialState(scenario, match);
  const step = (by: string, a: Action) => {
    const r = apply(orders, by, a, ctx);
    if (r.ok) orders = r.value.state;
  };
  step("system", { type: "advance" });
  step("system", { type: "advance" });
  for (const p of ctx.powerIds) {
    for (const a of legalActions(orders, p, ctx)
      .filter((x) => x.type === "order")
      .slice(0, 3))
      step(p, a);
  }

  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add("legalActions (one seat, Orders phase)", () => {
      legalActions(orders, "P03", ctx);
    })
    .add("resolve a full turn (Orders → next News)", () => {
      let s = orders;
      for (let i = 0; i < 3; i++) {
        const r = apply(s, "system", { type: "advance" }, ctx);
        if (r.ok) s = r.value.state;
      }
    })
    .add(`replay a 14-turn log (${log.length} actions)`, () => {
      const r = replay({ scenario, match, log });
      if (!r.ok) throw new Error(r.error.message);
    });
  // The same questions on the shipped scenario (35 states, 87 regions): history to 1939-I.
  const history = startPoint("1939-I");
  const hctx = compile(history.scenario);
  const played = replay({ scenario: history.scenario, match: history.match, log: history.log });
  if (!played.ok) throw new Error(played.error.message);
  let h = played.state;
  while (h.phase !== "orders") {
    const r = apply(h, "system", { type: "advance" }, hctx);
    if (!r.ok) throw new Error(r.error.message);
    h = r.value.state;
  }
  const ordersOf1939 = h;
  bench
    .add("1933 scenario: legalActions (Germany, Orders 1939-I)", () => {
      legalActions(ordersOf1939, "DEU", hctx);
    })
    .add("1933 scenario: resolve a full turn (1939-I)", () => {
      let s = ordersOf1939;
      for (let i = 0; i < 3; i++) {
        const r = apply(s, "system", { type: "advance" }, hctx);
        if (r.ok) s = r.value.state;
      }
    })
    .add(
      `1933 scenario: replay the historical log 1933-I → 1939-I (${history.log.length} actions)`,
      () => {
        const r = replay({ scenario: history.scenario, match: history.match, log: history.log });
        if (!r.ok) throw new Error(r.error.message);
      },
    );
  await bench.run();
  const targets = ["≤ 1 ms", "≤ 2 ms", "≤ 50 ms", "≤ 1 ms", "≤ 2 ms", "≤ 50 ms"];
  return bench.tasks.map((t, i) => {
    const r = t.result as { latency?: { p50?: number; p99?: number } } | undefined;
    return {
      name: t.name,
      medianMs: r?.latency?.p50 ?? NaN,
      p99Ms: r?.latency?.p99,
      target: targets[i] ?? "",
    };
  });
}

if (import.meta.main) {
  for (const f of await main())
    console.log(`${f.name}: median ${f.medianMs.toFixed(3)} ms (target ${f.target})`);
}
