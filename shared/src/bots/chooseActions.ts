import type { Action } from "../actions/schema.ts";
import type { Order } from "../actions/orders.ts";
import type { GameState, PowerId } from "../model/state.ts";
import type { Ctx } from "../engine/context.ts";
import { apply } from "../engine/apply.ts";
import { legalActions } from "../engine/legal.ts";
import { answerProposal, hash, orderWeight, pick, voteFor } from "./policy.ts";

export interface BotOptions {
  /** Most actions in one call (a guard; a turn needs a handful). */
  readonly maxActions?: number;
  /** Most orders per turn. */
  readonly maxOrders?: number;
}

/**
 * The simple bot: what a seat does now, as a sequence of actions each accepted by `apply`
 * in turn. Pure and deterministic — the same state and seat give the same actions.
 * It answers open decisions and proposals (sign, reject or counter), proposes at most one
 * pact a turn, gives a few peaceful orders and votes; it never marks itself ready (the
 * clock ends phases) and returns nothing when it has nothing left to do.
 */
export function chooseActions(
  state: GameState,
  seat: PowerId,
  ctx: Ctx,
  options: BotOptions = {},
): Action[] {
  const out: Action[] = [];
  let s = state;
  const max = options.maxActions ?? 16;
  for (let i = 0; i < max; i++) {
    const action = nextAction(s, seat, ctx, options.maxOrders ?? 3);
    if (!action) break;
    const result = apply(s, seat, action, ctx);
    if (!result.ok) break;
    out.push(action);
    s = result.value.state;
  }
  return out;
}

function isRevisionist(ctx: Ctx, seat: PowerId): boolean {
  const ideology = ctx.powers.get(seat)?.ideology;
  return ideology === "nazi" || ideology === "fascist";
}

function nextAction(s: GameState, seat: PowerId, ctx: Ctx, maxOrders: number): Action | undefined {
  const legal = legalActions(s, seat, ctx);
  if (legal.length === 0) return undefined;
  return (
    decision(s, legal) ??
    proposalAnswer(s, seat, legal) ??
    proposal(s, seat, ctx, legal) ??
    vote(s, seat, ctx, legal) ??
    order(s, seat, ctx, legal, maxOrders)
  );
}

/** Every open decision: its default (the engine's standing order), honouring obligations. */
function decision(s: GameState, legal: Action[]): Action | undefined {
  const open = legal.filter((a) => a.type === "decide");
  const first = open[0];
  if (!first) return undefined;
  const x = s.decisions[first.decision];
  const honour = open.find((a) => a.decision === first.decision && a.choice === "honour");
  if (x?.kind === "obligation" && honour) return honour;
  return open.find((a) => a.decision === first.decision && a.choice === x?.default) ?? first;
}

function proposalAnswer(s: GameState, seat: PowerId, legal: Action[]): Action | undefined {
  for (const a of legal) {
    if (a.type !== "sign") continue;
    const t = s.treaties[a.treaty];
    if (!t || t.proposer === seat || t.signatures.includes(seat)) continue;
    const { answer, clauses } = answerProposal(t, seat);
    if (answer === "sign") return a;
    if (answer === "counter") {
      const counter: Action = {
        type: "counter",
        treaty: t.id,
        draft: { name: t.name, parties: t.parties, clauses, duration: t.duration },
      };
      return counter;
    }
    return { type: "reject", treaty: t.id };
  }
  return undefined;
}

/** At most one non-aggression pact proposed per turn, to a partner chosen by hash. */
function proposal(s: GameState, seat: PowerId, ctx: Ctx, legal: Action[]): Action | undefined {
  if (s.phase !== "diplomacy") return undefined;
  const mine = Object.values(s.treaties).filter((t) => t.proposer === seat);
  if (mine.some((t) => t.proposedTurn === s.turn)) return undefined;
  if (hash(`${s.turn}:${seat}:propose`) % 3 !== 0) return undefined;
  const bound = new Set(
    Object.values(s.treaties)
      .filter(
        (t) => t.parties.includes(seat) && !["rejected", "withdrawn", "expired"].includes(t.status),
      )
      .flatMap((t) => t.parties),
  );
  const offers = legal.filter(
    (a) =>
      a.type === "propose" &&
      a.draft.parties.every((p) => p === seat || !bound.has(p)) &&
      !(
        isRevisionist(ctx, seat) &&
        a.draft.parties.some((p) => ctx.powers.get(p)?.ideology === "communist")
      ),
  );
  return pick(offers, `${s.stateId}:${seat}:partner`);
}

function vote(s: GameState, seat: PowerId, ctx: Ctx, legal: Action[]): Action | undefined {
  for (const m of Object.values(s.motions)) {
    if (m.status !== "tabled" || m.votes[seat] !== undefined) continue;
    const choice = voteFor(m.target, seat, isRevisionist(ctx, seat));
    const a = legal.find((x) => x.type === "vote" && x.motion === m.id && x.vote === choice);
    if (a) return a;
  }
  return undefined;
}

function order(
  s: GameState,
  seat: PowerId,
  ctx: Ctx,
  legal: Action[],
  maxOrders: number,
): Action | undefined {
  if (s.phase !== "orders") return undefined;
  if ((s.powers[seat]?.orders.length ?? 0) >= maxOrders) return undefined;
  const revisionist = isRevisionist(ctx, seat);
  let best: { action: Action; weight: number } | undefined;
  for (const a of legal) {
    if (a.type !== "order") continue;
    if (s.powers[seat]?.orders.some((o: Order) => o.kind === a.order.kind)) continue;
    const weight = orderWeight(s, seat, a.order, revisionist);
    if (weight > 0 && (!best || weight > best.weight)) best = { action: a, weight };
  }
  return best?.action;
}
