import type { LogEntry } from "../actions/schema.ts";
import type { BotOptions } from "../bots/types.ts";
import { compile } from "../engine/context.ts";
import { driveBots, type Driver } from "../engine/drive.ts";
import { createInitialState, type NewMatch } from "../engine/setup.ts";
import type { GameState } from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";

export interface BotPlayed {
  /** The match log, as a room records one: every accepted action with its state id. */
  readonly log: LogEntry[];
  /** The state after every accepted action, the initial state first. */
  readonly states: GameState[];
  readonly final: GameState;
}

/**
 * A match played by bots at every seat with the engine's driver (one pass per phase, as a
 * test needs): the log is a normal match log. `until` stops at the first phase of that turn.
 */
export function botPlay(
  scenario: Scenario,
  match: NewMatch,
  options: { until?: number; bots?: BotOptions; passes?: number } = {},
): BotPlayed {
  const ctx = compile(scenario);
  const initial = createInitialState(scenario, match);
  const log: LogEntry[] = [];
  const states = [initial];
  const driver: Driver = {
    ctx,
    accepted: (s) => {
      log.push({ id: s.state.stateId, by: s.by, action: s.action });
      states.push(s.state);
    },
    refused: (by, action, e) => {
      throw new Error(`${by} ${action.type} refused: ${e.code}`);
    },
  };
  const final = driveBots(
    driver,
    initial,
    { seats: ctx.powerIds, options: () => options.bots ?? {}, passes: () => options.passes ?? 1 },
    { stop: (s) => options.until !== undefined && s.turn >= options.until },
  );
  return { log, states, final };
}
