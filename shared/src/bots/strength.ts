import type { Ctx } from "../engine/context.ts";
import type { GameState, PowerId } from "../model/state.ts";
import { warStrength } from "../war/strength.ts";
import { bindingTreaties } from "../treaties/query.ts";

/** Strength of a power plus half that of every power bound to help it by a treaty in force. */
function strengthWithAllies(state: GameState, ctx: Ctx, power: PowerId): number {
  let total = warStrength(state, ctx, power);
  const seen = new Set<PowerId>([power]);
  const add = (helper: PowerId) => {
    if (seen.has(helper)) return;
    seen.add(helper);
    total += warStrength(state, ctx, helper) * 0.5;
  };
  for (const t of bindingTreaties(state)) {
    for (const c of t.clauses) {
      if (c.kind === "mutualAssistance" && t.parties.includes(power)) t.parties.forEach(add);
      if (c.kind === "guarantee" && c.beneficiary === power) c.guarantors.forEach(add);
    }
  }
  return total;
}

/** My strength over theirs (1 = even), each with its allies. */
export function balance(state: GameState, ctx: Ctx, me: PowerId, them: PowerId): number {
  const theirs = strengthWithAllies(state, ctx, them);
  return theirs <= 0 ? 10 : strengthWithAllies(state, ctx, me) / theirs;
}
