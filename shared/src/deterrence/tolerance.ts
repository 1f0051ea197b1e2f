import type { Ctx } from "../engine/context.ts";
import { holds, labelIndex } from "../events/conditions.ts";
import type { GameState, PowerId } from "../model/state.ts";
import type { RiskPeriod } from "../scenario/schema.ts";

/** Without a sourced period: a tolerance from the bot character's appetite for risk. */
export function defaultTolerance(risk: number): number {
  return 0.5 + risk;
}

/**
 * The government's tolerance for risk now: of the scenario's periods for this power that
 * have begun (and whose condition holds), the latest; a conditional one wins a tie (the
 * regime after a French riposte in 1936 is not the regime that was never checked).
 */
export function toleranceOf(
  periods: readonly RiskPeriod[],
  state: GameState,
  ctx: Ctx,
): RiskPeriod | undefined {
  let best: RiskPeriod | undefined;
  let bestFrom = Number.NEGATIVE_INFINITY;
  for (const p of periods) {
    const from = labelIndex(p.from);
    if (from > state.turn) continue;
    if (p.when && !holds(state, ctx, p.when)) continue;
    if (from > bestFrom || (from === bestFrom && p.when)) {
      best = p;
      bestFrom = from;
    }
  }
  return best;
}

export function riskTolerance(state: GameState, ctx: Ctx, power: PowerId): number {
  const def = ctx.powers.get(power);
  const period = toleranceOf(def?.riskTolerance ?? [], state, ctx);
  return period?.value ?? defaultTolerance(def?.personality?.risk ?? 0.5);
}
