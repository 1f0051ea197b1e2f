import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";
import { bindingClauses } from "../treaties/query.ts";
import { violateTreaty } from "../treaties/violations.ts";
import { boundBy } from "../treaties/terms.ts";

/**
 * Making war on a power one has a non-aggression pact with violates the pact: an aggressor
 * attacking its partner (Germany and Poland, declaration of 26 January 1934, broken on
 * 1 September 1939), or a helper honouring an obligation against its partner.
 */
export function breakPacts(d: Draft, ctx: Ctx, by: PowerId, against: PowerId): void {
  const broken: string[] = [];
  for (const { treaty, clause } of bindingClauses(d.s, "nonAggression")) {
    if (!boundBy(treaty, clause, by) || !boundBy(treaty, clause, against)) continue;
    if (!broken.includes(treaty.id)) broken.push(treaty.id);
  }
  for (const id of broken) violateTreaty(d, ctx, id, by);
}
