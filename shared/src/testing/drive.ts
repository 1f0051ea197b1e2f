import type { Phase } from "../core/calendar.ts";
import type { Action } from "../actions/schema.ts";
import { apply } from "../engine/apply.ts";
import { compile, type Ctx } from "../engine/context.ts";
import { createInitialState, type NewMatch } from "../engine/setup.ts";
import type { Actor, GameState } from "../model/state.ts";
import { ScenarioSchema, type Scenario, type ScenarioInput } from "../scenario/schema.ts";
import { MINI_INPUT } from "./mini.ts";

/**
 * Test drivers: a match on the mini Europe (optionally patched), actions that must be
 * accepted, and the clock run forward to a given phase and turn.
 */
export interface Match {
  readonly ctx: Ctx;
  state: GameState;
}

/** The mini scenario with some top-level fields replaced (extra events, a different start). */
export function miniWith(patch: Partial<ScenarioInput>): Scenario {
  return ScenarioSchema.parse({ ...MINI_INPUT, ...patch });
}

export function startMatch(scenario: Scenario, match: NewMatch = { seed: 1 }): Match {
  return { ctx: compile(scenario), state: createInitialState(scenario, match) };
}

/** Apply an action that the test expects to be accepted. */
export function act(m: Match, by: Actor, action: Action): GameState {
  const r = apply(m.state, by, action, m.ctx);
  if (!r.ok) throw new Error(`${by} ${action.type} refused: ${r.error.code} ${r.error.message}`);
  m.state = r.value.state;
  return m.state;
}

/** Advance the clock until the given phase (of the given turn, if any). */
export function advanceTo(m: Match, phase: Phase, turn?: number): GameState {
  for (let i = 0; i < 200; i++) {
    if (m.state.phase === phase && (turn === undefined || m.state.turn === turn)) return m.state;
    if (m.state.phase === "ended") break;
    act(m, "system", { type: "advance" });
  }
  throw new Error(`never reached ${phase}${turn === undefined ? "" : ` of turn ${turn}`}`);
}
