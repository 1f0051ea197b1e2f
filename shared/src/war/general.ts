import type { Ctx } from "../engine/context.ts";
import type { Known } from "../knowledge/known.ts";
import type { PowerId } from "../model/state.ts";

/**
 * A general war: great powers fighting on opposite sides of a war in Europe. It ends the
 * match at the end of that turn. Civil wars count only once great powers are belligerents.
 */
export function generalWar(state: Known, ctx: Ctx): boolean {
  for (const id in state.wars) {
    const w = state.wars[id];
    if (!w || w.endedTurn !== undefined || w.theatre !== "europe") continue;
    if (greatOn(state, ctx, w.sides[0]) && greatOn(state, ctx, w.sides[1])) return true;
  }
  return false;
}

/** Whether a living great power fights on this side (a loop: this runs every few actions). */
function greatOn(state: Known, ctx: Ctx, side: readonly PowerId[]): boolean {
  for (const p of side) if (state.powers[p]?.alive && ctx.powers.get(p)?.great) return true;
  return false;
}
