import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { GameState } from "../model/state.ts";

/** Every war is fought on its fronts for one half-year. */
export function fightWars(_d: Draft, _ctx: Ctx): void {}

/** Great powers at war on opposite sides in Europe. */
export function generalWar(_state: GameState, _ctx: Ctx): boolean {
  return false;
}
