import type { Action } from "../actions/schema.ts";
import type { PowerId } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";
import { ORDER_KINDS } from "../actions/orders.ts";
import { ORDER_RULES } from "../orders/registry.ts";
import { ruleFor } from "../orders/types.ts";
import { check } from "./apply.ts";
import type { Ctx } from "./context.ts";
import { openDecisionsFor } from "./decisions.ts";

/**
 * The concrete actions a seat may take now, each one accepted by `apply`. Clients render
 * only these; bots choose among them. Treaty drafting is open-ended, so only a bilateral
 * non-aggression pact per partner is offered as a ready-made proposal.
 */
export function legalActions(state: Known, seat: PowerId, ctx: Ctx): Action[] {
  const power = state.powers[seat];
  if (!power?.alive || state.phase === "ended") return [];
  const out: Action[] = [];
  const offer = (a: Action) => {
    if (!check(state, seat, a, ctx)) out.push(a);
  };
  offer({ type: "ready", ready: !power.ready });
  for (const x of openDecisionsFor(state, seat)) {
    for (const choice of x.options) offer({ type: "decide", decision: x.id, choice });
  }
  if (state.phase === "diplomacy" || state.phase === "news") diplomacy(state, seat, ctx, offer);
  if (state.phase === "orders") orders(state, seat, ctx, offer);
  return out;
}

function diplomacy(state: Known, seat: PowerId, ctx: Ctx, offer: (a: Action) => void): void {
  for (const t of Object.values(state.treaties)) {
    if (!t.parties.includes(seat)) continue;
    if (t.status === "proposed") {
      offer({ type: "sign", treaty: t.id });
      offer({ type: "reject", treaty: t.id });
      offer({ type: "withdraw", treaty: t.id });
    }
    if (!t.public && t.clauses.some((c) => c.secret)) offer({ type: "reveal", treaty: t.id });
  }
  const engaged = new Set<PowerId>();
  for (const t of Object.values(state.treaties)) {
    if (t.status === "proposed" || t.status === "signed" || t.status === "inForce") {
      if (t.parties.length === 2 && t.parties.includes(seat))
        for (const p of t.parties) engaged.add(p);
    }
  }
  for (const other of ctx.powerIds) {
    // One bilateral pact (or proposal) at a time per partner: enough to offer, and it keeps
    // random and bot play from flooding the treaty table.
    if (other === seat || engaged.has(other) || !state.powers[other]?.alive) continue;
    offer({
      type: "propose",
      draft: {
        name: "Non-aggression pact",
        parties: [seat, other],
        clauses: [{ kind: "nonAggression", neutrality: false, secret: false }],
        duration: 10,
      },
    });
  }
  const body = state.powers[seat]?.league.council ? "council" : "assembly";
  for (const war of Object.values(state.wars)) {
    if (war.endedTurn !== undefined) continue;
    for (const kind of ["condemn", "sanctions", "oilEmbargo"] as const) {
      offer({
        type: "tableMotion",
        motion: { kind, body, target: war.aggressor, victim: war.victim },
      });
    }
  }
  // Sanctions in force may be lifted by the body's vote (15 July 1936).
  const sanctioned = new Set<PowerId>();
  for (const s of Object.values(state.sanctions)) if (s.active) sanctioned.add(s.target);
  for (const target of [...sanctioned].sort()) {
    if (target === seat) continue;
    offer({ type: "tableMotion", motion: { kind: "liftSanctions", body, target } });
  }
}

function orders(state: Known, seat: PowerId, ctx: Ctx, offer: (a: Action) => void): void {
  for (const kind of ORDER_KINDS) {
    for (const order of ruleFor(ORDER_RULES, kind).candidates(state, seat, ctx)) {
      offer({ type: "order", order });
    }
  }
  const given = state.powers[seat]?.orders.length ?? 0;
  for (let index = 0; index < given; index++) offer({ type: "cancelOrder", index });
  for (const m of Object.values(state.motions)) {
    if (m.status !== "tabled") continue;
    for (const vote of ["yes", "no", "abstain"] as const)
      offer({ type: "vote", motion: m.id, vote });
  }
}
