import { holds, type Ctx, type GameState, type Milestone } from "@cs/shared";

/**
 * The history test's milestones are scenario data (assets/scenarios/1933/milestones.json,
 * checked with the scenario): each a condition and the turn it came to hold in history.
 */
export type { Milestone } from "@cs/shared";

/** The scenario's milestones (none for a scenario without a historical path). */
export function milestonesFor(ctx: Ctx): readonly Milestone[] {
  return ctx.scenario.milestones;
}

/** Record, for every milestone not yet seen, whether it holds now. */
export function observeMilestones(
  state: GameState,
  ctx: Ctx,
  list: readonly Milestone[],
  seen: Record<string, number | null>,
): void {
  for (const m of list) {
    if (seen[m.id] !== null && seen[m.id] !== undefined) continue;
    seen[m.id] = holds(state, ctx, m.when) ? state.turn : null;
  }
}
