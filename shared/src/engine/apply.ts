import { ok, refuse, type Result } from "../core/result.ts";
import type { Action } from "../actions/schema.ts";
import { SYSTEM_ACTIONS } from "../actions/schema.ts";
import type { Actor, GameState, NewsItem } from "../model/state.ts";
import type { Ctx } from "./context.ts";
import { Draft } from "./draft.ts";
import type { Known } from "../knowledge/known.ts";
import { HANDLERS } from "./handlers.ts";
import type { Handler } from "./handler.ts";

export interface Applied {
  readonly state: GameState;
  /** News items this action produced (public and private: filter with viewFor). */
  readonly events: readonly NewsItem[];
}

export interface ApplyOptions {
  /** Mutate the given state instead of copying (headless simulator only). */
  readonly inPlace?: boolean;
}

/** Legality of an action for an actor, without applying it. */
export function check(state: Known, by: Actor, action: Action, ctx: Ctx) {
  if (state.phase === "ended") return refuse("ERR_MATCH_OVER", "The match is over.");
  if (by === "system") {
    if (!SYSTEM_ACTIONS.includes(action.type)) {
      return refuse("ERR_NOT_ALLOWED", "The system acts only through the clock and injects.");
    }
  } else {
    const power = state.powers[by];
    if (!power) return refuse("ERR_UNKNOWN_POWER", `There is no power ${by}.`);
    if (SYSTEM_ACTIONS.includes(action.type)) {
      return refuse("ERR_NOT_ALLOWED", "Only the match's clock or its teacher can do that.");
    }
    if (!power.alive) return refuse("ERR_NOT_ALLOWED", "Your state no longer exists.");
  }
  const handler = HANDLERS[action.type] as Handler<typeof action.type>;
  return handler.check(state, by, action, ctx);
}

/**
 * The reducer: a pure function of the state and one action. A refused action returns an
 * error value and the input state is untouched.
 */
export function apply(
  state: GameState,
  by: Actor,
  action: Action,
  ctx: Ctx,
  options: ApplyOptions = {},
): Result<Applied> {
  const refused = check(state, by, action, ctx);
  if (refused) return { ok: false, error: refused };
  const d = new Draft(state, options.inPlace ?? false);
  const before = state.news.length;
  const handler = HANDLERS[action.type] as Handler<typeof action.type>;
  handler.run(d, by, action, ctx);
  d.settleTension();
  d.s.stateId = state.stateId + 1;
  return ok({ state: d.s, events: d.s.news.slice(before) });
}
