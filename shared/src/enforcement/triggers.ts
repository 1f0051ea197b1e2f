import type { Aggression, PowerId, Treaty } from "../model/state.ts";
import type { Clause } from "../treaties/clauses.ts";
import { bindingTreaties, guarantorsOf } from "../treaties/query.ts";
import type { Known } from "../knowledge/known.ts";

export type AssistanceClause = Extract<Clause, { kind: "mutualAssistance" | "guarantee" }>;

export interface Trigger {
  readonly treaty: Treaty;
  readonly clause: AssistanceClause;
  readonly index: number;
  readonly power: PowerId;
}

/**
 * Every (treaty, clause, obliged power) an aggression triggers: mutual assistance between
 * the victim and another party (against any aggressor or this one), and guarantees of the
 * victim. Neither the aggressor nor the victim owes help; the dead owe nothing.
 */
export function triggeredBy(state: Known, a: Aggression): Trigger[] {
  const out: Trigger[] = [];
  for (const treaty of bindingTreaties(state)) {
    treaty.clauses.forEach((clause, index) => {
      if (clause.kind !== "mutualAssistance" && clause.kind !== "guarantee") return;
      if (clause.against !== "any" && clause.against !== a.aggressor) return;
      let obliged: PowerId[];
      if (clause.kind === "guarantee") {
        if (clause.beneficiary !== a.victim) return;
        obliged = guarantorsOf(treaty, clause);
      } else {
        if (!treaty.parties.includes(a.victim)) return;
        obliged = treaty.parties;
      }
      for (const power of obliged) {
        if (power === a.victim || power === a.aggressor || !state.powers[power]?.alive) continue;
        out.push({ treaty, clause, index, power });
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
