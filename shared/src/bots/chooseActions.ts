import type { Action } from "../actions/schema.ts";
import type { GameState, PowerId } from "../model/state.ts";
import type { Ctx } from "../engine/context.ts";
import { apply } from "../engine/apply.ts";
import { playSeat } from "./act.ts";
import type { BotOptions, Move } from "./types.ts";

export type { BotOptions, Move } from "./types.ts";

/**
 * What a bot at this seat does now, as moves each accepted by `apply` in turn, with the
 * one-line reason it can state for each (the server may show them to players).
 */
export function chooseMoves(
  state: GameState,
  seat: PowerId,
  ctx: Ctx,
  options: BotOptions = {},
): Move[] {
  const moves: Move[] = [];
  playSeat(
    state,
    seat,
    ctx,
    options,
    (s, action) => {
      const r = apply(s, seat, action, ctx);
      return r.ok ? r.value.state : undefined;
    },
    moves,
  );
  return moves;
}

/**
 * The bot's actions (see chooseMoves), for callers that need no reasons. Pure and
 * deterministic — the same state, seat and options give the same actions; it returns nothing
 * once it has acted in a phase, so a room can call it after every action.
 */
export function chooseActions(
  state: GameState,
  seat: PowerId,
  ctx: Ctx,
  options: BotOptions = {},
): Action[] {
  return chooseMoves(state, seat, ctx, options).map((m) => m.action);
}
