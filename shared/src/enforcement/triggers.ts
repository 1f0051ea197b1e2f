import type { Ctx } from "../engine/context.ts";
import type { Aggression, PowerId, Treaty } from "../model/state.ts";
import { bindingTreaties, guarantorsOf } from "../treaties/query.ts";
import {
  boundBy,
  coversAggressor,
  coversTerritory,
  effectiveClause,
  type AssistanceClause,
} from "../treaties/terms.ts";
import type { Known } from "../knowledge/known.ts";

export type { AssistanceClause } from "../treaties/terms.ts";

export interface Trigger {
  readonly treaty: Treaty;
  /** The clause as qualified by the treaty's other clauses (what binds). */
  readonly clause: AssistanceClause;
  readonly index: number;
  readonly power: PowerId;
  /** Whom the help goes to, and on which side of the war: 1 the victim's, 0 the aggressor's. */
  readonly beneficiary: PowerId;
  readonly side: 0 | 1;
}

/**
 * Every (treaty, clause, obliged power) an aggression triggers, read from the qualified text:
 * - defensive promises to the victim (mutual assistance between the victim and another party,
 *   guarantees of the victim) whose aggressor and territory scopes cover the aggression;
 * - unconditional promises to the aggressor (its partner must join its war whoever began it:
 *   the Pact of Steel, art. III);
 * - a flagrant breach of demilitarisation opens only the clauses that say so (Locarno art. 4).
 * Neither the aggressor nor the victim owes help; the dead owe nothing; a power bound only by
 * the public part of a treaty owes nothing under its secret clauses.
 */
export function triggeredBy(state: Known, ctx: Ctx, a: Aggression): Trigger[] {
  const out: Trigger[] = [];
  for (const treaty of bindingTreaties(state)) {
    treaty.clauses.forEach((raw, index) => {
      if (raw.kind !== "mutualAssistance" && raw.kind !== "guarantee") return;
      const clause = effectiveClause(treaty, index) as AssistanceClause;
      if (a.kind === "breach" && clause.flagrantBreach !== true) return;
      for (const side of [1, 0] as const) {
        const beneficiary = side === 1 ? a.victim : a.aggressor;
        const enemy = side === 1 ? a.aggressor : a.victim;
        if (side === 0 && (clause.casus !== "unconditional" || a.kind === "breach")) continue;
        if (side === 1 && !coversAggressor(ctx, clause.against, enemy)) continue;
        if (side === 1 && !coversTerritory(state, clause, treaty.parties, a)) continue;
        let obliged: PowerId[];
        if (clause.kind === "guarantee") {
          if (clause.beneficiary !== beneficiary) continue;
          obliged = guarantorsOf(treaty, clause);
        } else {
          if (!boundBy(treaty, raw, beneficiary)) continue;
          obliged = treaty.parties;
        }
        for (const power of obliged) {
          if (power === a.victim || power === a.aggressor || !state.powers[power]?.alive) continue;
          if (!boundBy(treaty, raw, power)) continue;
          const own = effectiveClause(treaty, index, power) as AssistanceClause;
          if (side === 1 && !coversAggressor(ctx, own.against, enemy)) continue;
          out.push({ treaty, clause: own, index, power, beneficiary, side });
        }
      }
    });
  }
  return out;
}

/** A binding League finding: the Council condemned the aggressor since the aggression. */
export function leagueFound(state: Known, a: Aggression): boolean {
  return Object.values(state.motions).some(
    (m) =>
      m.kind === "condemn" &&
      m.body === "council" &&
      m.status === "passed" &&
      m.target === a.aggressor &&
      m.turn >= a.turn,
  );
}

/**
 * Whether a treaty in force commits forces between the two: a military convention among
 * its parties, with a promise of help from one to the other in force (game.md: the
 * convention "turns a paper promise into effective help"; the Franco-Soviet treaty had none).
 */
export function effectiveAssistance(state: Known, from: PowerId, to: PowerId): boolean {
  let convention = false;
  let promise = false;
  for (const t of bindingTreaties(state)) {
    if (!t.parties.includes(from)) continue;
    for (const c of t.clauses) {
      if (c.kind === "militaryConvention" && t.parties.includes(to)) convention = true;
      if (c.kind === "mutualAssistance" && t.parties.includes(to)) promise = true;
      if (c.kind === "guarantee" && c.beneficiary === to && c.guarantors.includes(from)) {
        promise = true;
      }
    }
  }
  return convention && promise;
}
