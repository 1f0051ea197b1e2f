import { byCreation } from "../core/ids.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { Aggression, Decision, Obligation, PowerId } from "../model/state.ts";
import { openDecision, type DecisionResolver } from "../engine/decisions.ts";
import { effectiveClause } from "../treaties/terms.ts";
import { joinWar, startWar } from "../war/aggression.ts";
import { breakPacts } from "./pacts.ts";
import { type AssistanceClause } from "./triggers.ts";

interface Pending {
  readonly o: Obligation;
  readonly a: Aggression;
  readonly clause: AssistanceClause;
  readonly choice: string;
  outcome?: "honoured" | "consulted" | "broken" | "lapsed";
  reason?: string;
}

/**
 * Settle a batch of obligation decisions. Conditions on the victim are read first (it has
 * resisted or submitted by now); then, to a fixed point, an obligation conditional on a
 * third party binds only once that party acts — it is already at war on the victim's side,
 * or it honours its own obligation in the same aggression. What stays unmet lapses, with
 * no breach. The rest take effect as chosen.
 */
export function settleObligations(d: Draft, ctx: Ctx, decisions: readonly Decision[]): void {
  settleConsultations(d, ctx, decisions);
  const batch = gather(d, decisions);
  const acted = new Map<string, Set<PowerId>>();
  const actors = (a: Aggression): Set<PowerId> => {
    let set = acted.get(a.id);
    if (!set) {
      set = initialActors(d, a);
      acted.set(a.id, set);
    }
    return set;
  };
  for (const p of batch) {
    if (!d.s.powers[p.o.power]?.alive) lapse(p, "powerGone");
    else if (needs(p.clause, "victimResists") && p.a.resisted === false) {
      lapse(p, "victimSubmitted");
    } else if (p.a.kind === "breach" && p.a.resisted === false) {
      // The state the guarantee protects did not invoke it (France, March 1936).
      lapse(p, "notInvoked");
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of batch) {
      if (p.outcome || p.choice !== "honour") continue;
      if (!thirdPartiesActed(p, actors(p.a))) continue;
      p.outcome = "honoured";
      actors(p.a).add(p.o.power);
      changed = true;
    }
  }
  for (const p of batch) {
    if (p.outcome) continue;
    if (!thirdPartiesActed(p, actors(p.a))) lapse(p, "thirdPartyDidNotAct");
    else p.outcome = p.choice === "break" ? "broken" : "consulted";
  }
  for (const p of batch) apply(d, ctx, p);
}

function gather(d: Draft, decisions: readonly Decision[]): Pending[] {
  const out: Pending[] = [];
  const order = byCreation(d.s.settings.seed);
  for (const x of [...decisions].sort((a, b) => order(a.ref, b.ref))) {
    const o = d.s.obligations[x.ref];
    if (o?.status !== "open" || o.mode === "consultation") continue;
    const a = d.s.aggressions[o.aggression];
    const t = d.s.treaties[o.treaty];
    const clause = t ? effectiveClause(t, o.clause, o.power) : undefined;
    if (!a || !clause || (clause.kind !== "mutualAssistance" && clause.kind !== "guarantee")) {
      continue;
    }
    out.push({ o, a, clause, choice: x.choice ?? x.default });
  }
  return out;
}

function lapse(p: Pending, reason: string): void {
  p.outcome = "lapsed";
  p.reason = reason;
}

function needs(clause: AssistanceClause, kind: "victimResists" | "leagueFinding"): boolean {
  return clause.conditions.some((c) => c.kind === kind);
}

function thirdPartiesActed(p: Pending, acted: ReadonlySet<PowerId>): boolean {
  return p.clause.conditions.every((c) => c.kind !== "thirdPartyActs" || acted.has(c.power));
}

/** Powers already acting for the victim: its side of the war, earlier honoured obligations. */
function initialActors(d: Draft, a: Aggression): Set<PowerId> {
  const out = new Set<PowerId>();
  const war = a.warId === undefined ? undefined : d.s.wars[a.warId];
  if (war && war.endedTurn === undefined && war.sides[1].includes(a.victim)) {
    for (const p of war.sides[1]) out.add(p);
  }
  for (const id of Object.keys(d.s.obligations)) {
    const o = d.s.obligations[id];
    if (o?.aggression === a.id && o.status === "honoured") out.add(o.power);
  }
  return out;
}

function apply(d: Draft, ctx: Ctx, p: Pending): void {
  const rules = ctx.scenario.rules;
  const w = d.entry("obligations", p.o.id);
  w.status = p.outcome ?? "lapsed";
  w.reason = p.reason;
  const params = {
    obligation: p.o.id,
    power: p.o.power,
    beneficiary: p.o.beneficiary,
    aggressor: p.a.aggressor,
    treaty: p.o.treaty,
  };
  const known = knownTo(d, p);
  switch (w.status) {
    case "honoured": {
      enterWar(d, ctx, p);
      breakPacts(d, ctx, p.o.power, p.a.aggressor);
      const power = d.power(p.o.power);
      power.credibility = Math.min(100, power.credibility + rules.credibility.honour);
      power.honoured += 1;
      d.news("news.obligationHonoured", params, known);
      break;
    }
    case "consulted": {
      const power = d.power(p.o.power);
      power.credibility = Math.min(100, power.credibility + rules.credibility.consult);
      d.news("news.obligationConsulted", params, known);
      break;
    }
    case "broken": {
      const power = d.power(p.o.power);
      power.credibility = Math.max(0, power.credibility - rules.credibility.breach);
      power.breaches += 1;
      d.tension(rules.tension.breach);
      // A breach is public, even of a secret clause: the world sees who did not come.
      d.news("news.obligationBroken", params);
      askExcuse(d, p.o);
      break;
    }
    default:
      d.news("news.obligationLapsed", { ...params, reason: p.reason ?? "" }, [p.o.power]);
  }
}

/** News of a secret clause's obligation stays among the treaty's parties. */
function knownTo(d: Draft, p: Pending): PowerId[] | undefined {
  const t = d.s.treaties[p.o.treaty];
  if (!t || !p.clause.secret || t.public) return undefined;
  return [...t.parties];
}

/**
 * The helper enters the aggression's war on the victim's side. If the victim gave in and
 * there is no war left, honouring means war on the aggressor all the same: a new war in
 * which later helpers of the same aggression join.
 */
function enterWar(d: Draft, ctx: Ctx, p: Pending): void {
  const a = d.s.aggressions[p.a.id] ?? p.a;
  const war = a.warId === undefined ? undefined : d.s.wars[a.warId];
  const side = p.o.side ?? 1;
  if (war && war.endedTurn === undefined) {
    joinWar(d, ctx, war.id, p.o.power, side);
    return;
  }
  if (side === 0) return;
  if (!d.s.powers[a.aggressor]?.alive) return;
  const id = startWar(d, ctx, a.aggressor, p.o.power, a.theatre);
  d.entry("aggressions", a.id).warId = id;
}

/**
 * Consultations: consulting is kept faith (credibility by the scenario's `consult`), declining
 * costs `consultDeclined`. The record of it is the treaty parties' (news to them only).
 */
function settleConsultations(d: Draft, ctx: Ctx, decisions: readonly Decision[]): void {
  const credibility = ctx.scenario.rules.credibility;
  for (const x of [...decisions].sort((a, b) => byCreation(d.s.settings.seed)(a.ref, b.ref))) {
    const o = d.s.obligations[x.ref];
    if (o?.status !== "open" || o.mode !== "consultation") continue;
    const consulted = (x.choice ?? x.default) === "consult" && d.s.powers[o.power]?.alive;
    const w = d.entry("obligations", o.id);
    w.status = consulted ? "consulted" : "declined";
    const power = d.power(o.power);
    power.credibility = consulted
      ? Math.min(100, power.credibility + credibility.consult)
      : Math.max(0, power.credibility - credibility.consultDeclined);
    const parties = d.s.treaties[o.treaty]?.parties ?? [o.power];
    d.news(
      consulted ? "news.consultationHeld" : "news.consultationDeclined",
      { obligation: o.id, power: o.power, beneficiary: o.beneficiary, treaty: o.treaty },
      [...parties],
    );
  }
}

/**
 * A broken promise to a partner that is a party: the partner may excuse it, at the next Orders
 * phase — or, a partner at war by its own doing, in the same phase (Hitler released Mussolini
 * from the Pact of Steel on 1 Sep 1939). Excused, the breaker's credibility is given back; the
 * breach stays on the record.
 */
function askExcuse(d: Draft, o: Obligation): void {
  // A partner helped to its own war was asked with the ally, in the same phase.
  if (o.side === 0) return;
  openExcuse(d, o, "orders");
}

/** Ask the partner owed this help, if it is a living party, whether it excuses the ally. */
export function openExcuse(d: Draft, o: Obligation, due: "orders" | "resolution"): void {
  const t = d.s.treaties[o.treaty];
  if (!t?.parties.includes(o.beneficiary) || !d.s.powers[o.beneficiary]?.alive) return;
  openDecision(d, {
    kind: "excuse",
    power: o.beneficiary,
    ref: o.id,
    options: ["excuse", "protest"],
    default: "protest",
    due,
  });
}

export const resolveExcuses: DecisionResolver = (d, ctx, decisions) => {
  for (const x of [...decisions].sort((a, b) => byCreation(d.s.settings.seed)(a.ref, b.ref))) {
    const o = d.s.obligations[x.ref];
    if (o?.status !== "broken" || x.choice !== "excuse") continue;
    d.entry("obligations", o.id).reason = "excused";
    const power = d.power(o.power);
    power.credibility = Math.min(100, power.credibility + ctx.scenario.rules.credibility.breach);
    d.news("news.breachExcused", { obligation: o.id, power: o.power, by: o.beneficiary });
  }
};
