import type { Action, LogEntry } from "../actions/schema.ts";
import { apply } from "../engine/apply.ts";
import { compile } from "../engine/context.ts";
import { legalActions } from "../engine/legal.ts";
import { createInitialState, type NewMatch } from "../engine/setup.ts";
import type { GameState } from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";

/**
 * A busy but deterministic match for benchmarks: in each Diplomacy and Orders phase every
 * power takes up to `perPhase` legal actions (spread over its list), then the clock advances.
 */
export function scriptedPlay(
  scenario: Scenario,
  match: NewMatch,
  perPhase = 3,
): { log: LogEntry[]; final: GameState } {
  const ctx = compile(scenario);
  let state = createInitialState(scenario, match);
  const log: LogEntry[] = [];
  const act = (by: string, action: Action) => {
    const r = apply(state, by, action, ctx);
    if (!r.ok) return;
    state = r.value.state;
    log.push({ id: state.stateId, by, action });
  };
  while (state.phase !== "ended") {
    if (state.phase === "diplomacy" || state.phase === "orders" || state.phase === "resolution") {
      for (const power of ctx.powerIds) {
        for (let k = 0; k < perPhase; k++) {
          const legal = legalActions(state, power, ctx).filter((a) => a.type !== "ready");
          const pick = legal[(state.stateId * 7 + k * 13) % Math.max(1, legal.length)];
          if (pick) act(power, pick);
        }
      }
    }
    act("system", { type: "advance" });
  }
  return { log, final: state };
}
