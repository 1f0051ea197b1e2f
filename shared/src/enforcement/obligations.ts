import { byCreation } from "../core/ids.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import { openDecision, type DecisionResolver } from "../engine/decisions.ts";
import type { Obligation, PowerId } from "../model/state.ts";
import { breakPacts } from "./pacts.ts";
import { canReach } from "./reach.ts";
import { leagueFound, triggeredBy, type AssistanceClause } from "./triggers.ts";
import { settleObligations } from "./settle.ts";

export { effectiveAssistance } from "./triggers.ts";

/**
 * An aggression has been recorded: every obligation it triggers is created, its helper's
 * reach computed, and the obliged power asked to decide at the end of this Resolution
 * phase — or, when the clause waits for a League finding that has not come, left pending.
 * The war module calls this whenever it records an aggression.
 */
export function openObligations(d: Draft, ctx: Ctx, aggressionId: string): void {
  const a = d.s.aggressions[aggressionId];
  if (!a) return;
  const found = leagueFound(d.s, a);
  const seen = new Set<string>();
  for (const { treaty, clause, index, power } of triggeredBy(d.s, a)) {
    // One obligation per power and treaty, however many of its clauses promise help.
    const key = `${treaty.id}|${power}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = d.newId("o");
    const waits = !found && clause.conditions.some((c) => c.kind === "leagueFinding");
    const o: Obligation = {
      id,
      aggression: a.id,
      treaty: treaty.id,
      clause: index,
      power,
      beneficiary: a.victim,
      mode: clause.mode,
      status: waits ? "pending" : "open",
      reachable: canReach(d.s, ctx, power, a.victim),
      reason: waits ? "awaitingLeagueFinding" : undefined,
    };
    d.record("obligations")[id] = o;
    if (!waits) ask(d, o, clause, "resolution");
  }
  // After the obligations are found: a pact the aggressor breaks must not release the
  // others from helping its victim.
  breakPacts(d, ctx, a.aggressor, a.victim);
}

function ask(d: Draft, o: Obligation, clause: AssistanceClause, due: "orders" | "resolution") {
  const automatic = clause.mode === "automatic";
  openDecision(d, {
    kind: "obligation",
    power: o.power,
    ref: o.id,
    options: automatic ? ["honour", "break"] : ["consult", "honour", "break"],
    default: automatic ? "honour" : "consult",
    due,
  });
  const a = d.s.aggressions[o.aggression];
  d.news(
    "news.obligationTriggered",
    { obligation: o.id, treaty: o.treaty, victim: o.beneficiary, aggressor: a?.aggressor ?? "" },
    [o.power],
  );
}

/**
 * The League's Council has condemned an aggressor: obligations that waited for that
 * finding open now. Decided at the end of this turn's Resolution phase if the finding
 * came before it, else at the end of the next Orders phase.
 */
export function onLeagueFinding(d: Draft, ctx: Ctx, aggressor: PowerId): void {
  const phase = d.s.phase;
  const due = phase === "resolution" || phase === "report" ? "orders" : "resolution";
  for (const id of Object.keys(d.s.obligations).sort(byCreation(d.s.settings.seed))) {
    const o = d.s.obligations[id];
    if (o?.status !== "pending" || o.reason !== "awaitingLeagueFinding") continue;
    const a = d.s.aggressions[o.aggression];
    const clause = d.s.treaties[o.treaty]?.clauses[o.clause];
    if (a?.aggressor !== aggressor || !clause) continue;
    if (clause.kind !== "mutualAssistance" && clause.kind !== "guarantee") continue;
    if (!d.s.powers[o.power]?.alive) continue;
    const w = d.entry("obligations", id);
    w.status = "open";
    w.reason = undefined;
    w.reachable = canReach(d.s, ctx, o.power, o.beneficiary);
    ask(d, w, clause, due);
  }
}

/**
 * Obligation decisions: honoured, consulted or broken, conditional ones in dependency order
 * (the Soviet–Czechoslovak protocol of 16 May 1935 bound the USSR only if France helped).
 * Runs after the victims' decisions, so `resisted` is known.
 */
export const resolveObligations: DecisionResolver = (d, ctx, decisions) => {
  settleObligations(d, ctx, decisions);
};
