import { byCreation } from "../core/ids.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import { openDecision, type DecisionResolver } from "../engine/decisions.ts";
import type { Aggression, Obligation, PowerId } from "../model/state.ts";
import { bindingTreaties } from "../treaties/query.ts";
import { boundBy, effectiveClause } from "../treaties/terms.ts";
import { breakPacts } from "./pacts.ts";
import { canReach } from "./reach.ts";
import { leagueFound, triggeredBy, type AssistanceClause } from "./triggers.ts";
import { openExcuse, settleObligations } from "./settle.ts";

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
  for (const { treaty, clause, index, power, beneficiary, side } of triggeredBy(d.s, ctx, a)) {
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
      beneficiary,
      mode: clause.mode,
      status: waits ? "pending" : "open",
      reachable: canReach(d.s, ctx, power, beneficiary),
      reason: waits ? "awaitingLeagueFinding" : undefined,
      side: side === 0 ? 0 : undefined,
    };
    d.record("obligations")[id] = o;
    if (!waits) ask(d, o, clause, "resolution");
    if (!waits && o.side === 0) releaseInAdvance(d, o);
  }
  openConsultations(d, a, seen);
  // After the obligations are found: a pact the aggressor breaks must not release the
  // others from helping its victim. A breach of demilitarisation is no attack on a partner.
  if (a.kind !== "breach") breakPacts(d, ctx, a.aggressor, a.victim);
}

/**
 * A consultation clause does something: when a party is the victim of aggression, every
 * other party (neither aggressor nor victim) must consult with it or decline, by the end of
 * the Resolution phase (Franco-Czechoslovak treaty, 25 Jan 1924, arts. 1–3: concert on
 * measures when their security is threatened). Skipped where the same treaty already asks
 * the power for help.
 */
function openConsultations(d: Draft, a: Aggression, seen: ReadonlySet<string>): void {
  for (const treaty of bindingTreaties(d.s)) {
    const index = treaty.clauses.findIndex(
      (c) => c.kind === "consultation" && boundBy(treaty, c, a.victim),
    );
    const clause = treaty.clauses[index];
    if (!clause) continue;
    for (const power of treaty.parties) {
      if (power === a.victim || power === a.aggressor || !d.s.powers[power]?.alive) continue;
      if (seen.has(`${treaty.id}|${power}`) || !boundBy(treaty, clause, power)) continue;
      const id = d.newId("o");
      d.record("obligations")[id] = {
        id,
        aggression: a.id,
        treaty: treaty.id,
        clause: index,
        power,
        beneficiary: a.victim,
        mode: "consultation",
        status: "open",
        reachable: true,
      };
      openDecision(d, {
        kind: "obligation",
        power,
        ref: id,
        options: ["consult", "decline"],
        default: "consult",
        due: "resolution",
      });
      d.news(
        "news.consultationTriggered",
        { obligation: id, treaty: treaty.id, victim: a.victim, aggressor: a.aggressor },
        [power],
      );
    }
  }
}

/**
 * A partner that began its own war is asked, with its ally, whether it releases the ally from
 * coming in: decided in the same phase, after the ally's answer, it excuses a breach at once
 * (Hitler to Mussolini, 1 Sep 1939: "I do not expect to need Italy's military support"). A
 * victim of aggression is not presumed to waive: it may excuse a breach only afterwards.
 */
function releaseInAdvance(d: Draft, o: Obligation): void {
  openExcuse(d, o, "resolution");
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
    const t = d.s.treaties[o.treaty];
    const clause = t ? effectiveClause(t, o.clause, o.power) : undefined;
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
