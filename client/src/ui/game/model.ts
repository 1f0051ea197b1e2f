import type { Action, Ctx, GameView, Order, OrderKind } from "@cs/shared";

/**
 * Panel logic over the engine's answers, without DOM: which actions the engine offers, how
 * they group in the orders panel, what each costs. Pure, so it is unit-tested in Node.
 */
export type OrderAction = Extract<Action, { type: "order" }>;

export function readyAction(view: GameView, seat: string): Action | undefined {
  const me = view.powers[seat];
  return me ? { type: "ready", ready: !me.ready } : undefined;
}

const ORDER_GROUPS: Record<"diplomatic" | "military" | "economic", readonly OrderKind[]> = {
  diplomatic: [
    "ratify",
    "denounce",
    "guarantee",
    "demand",
    "joinLeague",
    "leaveLeague",
    "callConference",
    "grantAccess",
    "refuseAccess",
    "recognise",
    "aid",
    "intelligence",
  ],
  military: [
    "rearm",
    "mobilise",
    "demobilise",
    "fortify",
    "remilitarise",
    "occupy",
    "annex",
    "declareWar",
    "attack",
    "blockade",
  ],
  economic: ["embargo", "invest"],
};

function orderOffers(legal: readonly Action[]): OrderAction[] {
  return legal.filter((a): a is OrderAction => a.type === "order");
}

/** Offers grouped by order kind, in the panel's order (diplomatic, military, economic). */
export function groupOffers(legal: readonly Action[]): Array<[OrderKind, Order[]]> {
  const by = new Map<OrderKind, Order[]>();
  for (const a of orderOffers(legal)) {
    const list = by.get(a.order.kind) ?? [];
    list.push(a.order);
    by.set(a.order.kind, list);
  }
  const order = [...ORDER_GROUPS.diplomatic, ...ORDER_GROUPS.military, ...ORDER_GROUPS.economic];
  return order.filter((k) => by.has(k)).map((k) => [k, by.get(k) ?? []]);
}

/** The action-point cost of an order kind, from the scenario's rules (data, not code). */
export function orderCost(ctx: Ctx | undefined, kind: OrderKind): number | undefined {
  const costs = ctx?.scenario.rules.orderCosts as Record<string, number> | undefined;
  return costs?.[kind];
}

export function totalCost(ctx: Ctx | undefined, orders: readonly Order[]): number {
  return orders.reduce((sum, o) => sum + (orderCost(ctx, o.kind) ?? 0), 0);
}

/** The "target" an order names, for its label: a region, a power, a treaty or nothing. */
export function orderTarget(o: Order): {
  region?: string;
  power?: string;
  treaty?: string;
  extra?: string;
} {
  switch (o.kind) {
    case "ratify":
    case "denounce":
      return { treaty: o.treaty };
    case "guarantee":
      return { power: o.target, extra: o.scope };
    case "demand":
      return { power: o.target, region: o.regions.join(",") };
    case "callConference":
      return { region: o.regions.join(","), power: o.invitees.join(",") };
    case "grantAccess":
    case "refuseAccess":
      return { power: o.to };
    case "recognise":
      return { power: o.government };
    case "aid":
      return { power: o.side, extra: o.conflict };
    case "intelligence":
    case "declareWar":
    case "blockade":
    case "embargo":
      return { power: o.target };
    case "rearm":
      return { extra: o.branch };
    case "fortify":
    case "remilitarise":
    case "occupy":
    case "annex":
    case "attack":
      return { region: o.region };
    default:
      return {};
  }
}

/** This seat's decisions still to settle (crises, obligations, demands…), answered or not: an answer stays shown until the phase settles it. */
export function openDecisions(view: GameView, seat: string) {
  return Object.values(view.decisions).filter((d) => d.power === seat);
}

export function legalVotes(
  legal: readonly Action[],
  motion: string,
): Array<"yes" | "no" | "abstain"> {
  return legal
    .filter((a): a is Extract<Action, { type: "vote" }> => a.type === "vote" && a.motion === motion)
    .map((a) => a.vote);
}

export function legalChoices(legal: readonly Action[], decision: string): string[] {
  return legal
    .filter(
      (a): a is Extract<Action, { type: "decide" }> =>
        a.type === "decide" && a.decision === decision,
    )
    .map((a) => a.choice);
}
