import type { Ctx } from "../engine/context.ts";
import type { Aggression, PowerId, Treaty } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";
import type { Against, Clause } from "./clauses.ts";

/**
 * The terms of assistance clauses as the record wrote them: whom they look at, where, whether
 * they are defensive or unconditional, and how a clause of the same treaty (usually a secret
 * protocol) qualifies another. Enforcement reads the qualified text through `effectiveClause`.
 */
export type AssistanceClause = Extract<Clause, { kind: "mutualAssistance" | "guarantee" }>;

/** The powers an `against` names; empty for "any" and "european". */
export function namedAggressors(against: Against): PowerId[] {
  if (against === "any" || against === "european") return [];
  return typeof against === "string" ? [against] : [...against];
}

/**
 * A European state: one whose capital is a land region of the map's European theatre. Japan
 * (off-map Far East), the United States (no map territory), China and Ethiopia are not.
 */
export function isEuropean(ctx: Ctx, power: PowerId): boolean {
  const capital = ctx.powers.get(power)?.capital;
  const r = capital === undefined ? undefined : ctx.regions.get(capital);
  return r !== undefined && r.kind === "land" && r.theatre === "europe";
}

/** Whether the clause's aggressor scope covers this aggressor. */
export function coversAggressor(ctx: Ctx, against: Against, aggressor: PowerId): boolean {
  if (against === "any") return true;
  if (against === "european") return isEuropean(ctx, aggressor);
  return namedAggressors(against).includes(aggressor);
}

/**
 * Whether the aggression falls on the territory the clause protects. "parties": a region owned
 * by a party (an aggression that names no region — a declaration of war — falls on the
 * victim's own territory). Named regions: one of them must be among the aggression's.
 */
export function coversTerritory(
  state: Known,
  clause: Pick<AssistanceClause, "territory">,
  parties: readonly PowerId[],
  a: Aggression,
): boolean {
  const t = clause.territory ?? "any";
  if (t === "any") return true;
  if (t === "parties") {
    if (a.regions.length === 0) return parties.includes(a.victim);
    return a.regions.some((r) => {
      const owner = state.regions[r]?.owner;
      return owner !== null && owner !== undefined && parties.includes(owner);
    });
  }
  return a.regions.some((r) => t.includes(r));
}

/**
 * Whether a power is bound by (and benefits from) a clause: a party, unless it acceded to the
 * public part only and the clause is secret, or it broke a treaty that survives breach.
 */
export function boundBy(t: Treaty, clause: Clause, power: PowerId): boolean {
  if (!t.parties.includes(power)) return false;
  if (t.breachedBy?.includes(power)) return false;
  return !clause.secret || t.acceded?.[power] !== "public";
}

/**
 * A clause as it binds: an assistance clause with every qualifying clause of the treaty laid
 * over it, in order — scopes replaced, conditions added. With `power`, only the qualifiers
 * that power is bound by (a public-only accession is bound by the public wording).
 */
export function effectiveClause(t: Treaty, index: number, power?: PowerId): Clause | undefined {
  const base = t.clauses[index];
  if (!base || (base.kind !== "mutualAssistance" && base.kind !== "guarantee")) return base;
  let out: AssistanceClause = base;
  for (const q of t.clauses) {
    if (q.kind !== "qualifies" || q.clause !== index) continue;
    if (power !== undefined && !boundBy(t, q, power)) continue;
    out = {
      ...out,
      against: q.against ?? out.against,
      casus: q.casus ?? out.casus,
      territory: q.territory ?? out.territory,
      conditions: [...out.conditions, ...q.conditions],
    };
  }
  return out;
}
