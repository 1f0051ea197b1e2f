import type { DecisionResolver } from "../engine/decisions.ts";

/** Victims resist (war) or submit (the aggressor takes the regions). */
export const resolveVictims: DecisionResolver = () => undefined;

import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId, Theatre } from "../model/state.ts";

/** Open a war between an aggressor and its victim; returns the war id. */
export function startWar(
  d: Draft,
  _ctx: Ctx,
  aggressor: PowerId,
  victim: PowerId,
  theatre: Theatre,
): string {
  const id = d.newId("w");
  d.record("wars")[id] = {
    id,
    theatre,
    sides: [[aggressor], [victim]],
    aggressor,
    victim,
    startedTurn: d.s.turn,
  };
  return id;
}
