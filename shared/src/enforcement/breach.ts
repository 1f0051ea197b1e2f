import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import { openDecision } from "../engine/decisions.ts";
import type { PowerId, RegionId } from "../model/state.ts";
import { bindingTreaties } from "../treaties/query.ts";
import { boundBy, coversAggressor, effectiveClause } from "../treaties/terms.ts";
import { violateDemilitarisation } from "../treaties/violations.ts";
import { openObligations } from "./obligations.ts";

/**
 * A flagrant breach of demilitarisation (Locarno, art. 4(3); the Council's finding of
 * 19 March 1936 on the Rhineland). Every guarantee that says it covers such a breach, in a
 * treaty that keeps the region demilitarised and binds the breaker, opens for its
 * beneficiary: an aggression of kind `breach` with no war, whose beneficiary decides whether
 * to invoke the guarantee (France appealed to the Council instead). Then the treaties that
 * kept the region demilitarised are violated — they no longer bind anyone, so no one later
 * "violates" them. Returns the treaties violated.
 */
export function flagrantBreach(d: Draft, ctx: Ctx, power: PowerId, region: RegionId): string[] {
  const beneficiaries = new Set<PowerId>();
  for (const t of bindingTreaties(d.s)) {
    const keeps = t.clauses.some(
      (c) => c.kind === "demilitarisation" && c.regions.includes(region) && boundBy(t, c, power),
    );
    if (!keeps) continue;
    t.clauses.forEach((_, i) => {
      const c = effectiveClause(t, i);
      if (c?.kind !== "guarantee" || c.flagrantBreach !== true) return;
      if (c.beneficiary === power || !d.s.powers[c.beneficiary]?.alive) return;
      if (coversAggressor(ctx, c.against, power)) beneficiaries.add(c.beneficiary);
    });
  }
  for (const victim of [...beneficiaries].sort()) {
    const id = d.newId("a");
    d.record("aggressions")[id] = {
      id,
      turn: d.s.turn,
      kind: "breach",
      aggressor: power,
      victim,
      regions: [region],
      theatre: "europe",
    };
    openDecision(d, {
      kind: "victim",
      power: victim,
      ref: id,
      options: ["invoke", "acquiesce"],
      // Unanswered, the breach goes to the Council: invoking is a call to arms.
      default: "acquiesce",
      due: "resolution",
    });
    d.news("news.flagrantBreach", { aggressor: power, victim, region });
    openObligations(d, ctx, id);
  }
  return violateDemilitarisation(d, ctx, power, region);
}
