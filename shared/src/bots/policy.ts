import type { Action } from "../actions/schema.ts";
import type { Order } from "../actions/orders.ts";
import type { Clause } from "../treaties/clauses.ts";
import type { GameState, PowerId, Treaty } from "../model/state.ts";

/**
 * The simple bot's tastes: small, readable preferences over the legal actions the engine
 * offers. Variety comes from a hash of the state id and the seat, never from an ambient random source.
 */

/** FNV-1a over a string: a stable number for deterministic variety. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether a clause costs this power nothing it would not give lightly. */
export function clauseAcceptable(c: Clause, me: PowerId): boolean {
  switch (c.kind) {
    case "nonAggression":
    case "consultation":
    case "trade":
    case "recognition":
    case "nonIntervention":
      return true;
    case "mutualAssistance":
      return c.mode === "consultative";
    case "guarantee":
      return c.beneficiary === me || c.mode === "consultative";
    case "militaryAccess":
      return c.grantor !== me;
    case "territorialTransfer":
      return c.from !== me;
    case "navalLimitation":
      return c.limited !== me;
    case "militaryConvention":
      return true;
    case "spheres":
    case "demilitarisation":
    case "arbitration":
      return false;
    case "qualifies":
      return c.casus !== "unconditional";
    case "accession":
      return true;
  }
}

export type Answer = "sign" | "reject" | "counter";

/** How the bot answers a proposal it is party to. */
export function answerProposal(t: Treaty, me: PowerId): { answer: Answer; clauses: Clause[] } {
  const good = t.clauses.filter((c) => clauseAcceptable(c, me));
  if (good.length === t.clauses.length) return { answer: "sign", clauses: t.clauses };
  if (good.length > 0 && t.counters === undefined) return { answer: "counter", clauses: good };
  return { answer: "reject", clauses: [] };
}

const PEACEFUL_ORDER_WEIGHT: Partial<Record<Order["kind"], number>> = {
  ratify: 100,
  joinLeague: 30,
  invest: 20,
  rearm: 18,
  fortify: 12,
  intelligence: 10,
  recognise: 2,
};
const REVISIONIST_ORDER_WEIGHT: Partial<Record<Order["kind"], number>> = {
  ratify: 100,
  rearm: 30,
  remilitarise: 25,
  invest: 15,
  intelligence: 10,
  fortify: 5,
};

/** Weight of an order for a power; 0 means never. Bots do not start wars on their own. */
export function orderWeight(state: GameState, me: PowerId, order: Order, revisionist: boolean) {
  const table = revisionist ? REVISIONIST_ORDER_WEIGHT : PEACEFUL_ORDER_WEIGHT;
  const base = table[order.kind] ?? 0;
  if (order.kind === "joinLeague" && revisionist) return 0;
  return base === 0 ? 0 : base + (hash(`${state.stateId}:${me}:${JSON.stringify(order)}`) % 7);
}

export function pick<T>(items: readonly T[], seed: string): T | undefined {
  return items.length === 0 ? undefined : items[hash(seed) % items.length];
}

export type Offer = (a: Action) => boolean;
