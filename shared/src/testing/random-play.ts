import type { Action, LogEntry } from "../actions/schema.ts";
import { apply } from "../engine/apply.ts";
import { compile } from "../engine/context.ts";
import { legalActions } from "../engine/legal.ts";
import { createInitialState, type NewMatch } from "../engine/setup.ts";
import type { GameState } from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";

export interface Played {
  readonly log: LogEntry[];
  readonly states: GameState[];
  readonly final: GameState;
}

/**
 * Plays a match by picking legal actions with the given stream of choices (fast-check
 * supplies it): each pick chooses an actor (a power or the clock) and one of its legal
 * actions. Every state is kept, so properties can inspect the whole history.
 */
export function randomPlay(scenario: Scenario, match: NewMatch, picks: readonly number[]): Played {
  const ctx = compile(scenario);
  let state = createInitialState(scenario, match);
  const states = [state];
  const log: LogEntry[] = [];
  for (const pick of picks) {
    if (state.phase === "ended") break;
    const actors = ctx.powerIds.filter((id) => state.powers[id]?.alive);
    const slot = pick % (actors.length + 2);
    let by: string;
    let action: Action | undefined;
    if (slot >= actors.length) {
      by = "system";
      action = { type: "advance" };
    } else {
      by = actors[slot] ?? "system";
      const legal = legalActions(state, by, ctx);
      action = legal[Math.floor(pick / (actors.length + 2)) % Math.max(1, legal.length)];
    }
    if (!action) continue;
    const result = apply(state, by, action, ctx);
    if (!result.ok)
      throw new Error(
        `legal action refused: ${by} ${JSON.stringify(action)}: ${result.error.message}`,
      );
    state = result.value.state;
    states.push(state);
    log.push({ id: state.stateId, by, action });
  }
  return { log, states, final: state };
}
