/**
 * What the map draws on top of the colours in every mode, read from the view alone: the wars
 * in progress (aggressor to victim), their fronts (the regions attacked this turn, and those a
 * belligerent holds of its enemy), and the seat's own orders of this turn that point somewhere
 * (an attack, a demand, a guarantee…) — the player sees on the board what they have ordered.
 * Phaser-free for unit tests; scenes/overlay.ts draws them.
 */
import type { GameView, Order } from "@cs/shared";

export interface WarMark {
  war: string;
  aggressor: string;
  victim: string;
}

export interface OrderMark {
  kind: Order["kind"];
  /** A region the order acts on (an attack, a fortification), or undefined. */
  region?: string | undefined;
  /** A power the order aims at (a guarantee, a declaration of war), or undefined. */
  target?: string | undefined;
  /** An act of force or threat (drawn red), rather than a promise or a deal. */
  hostile: boolean;
}

const HOSTILE: ReadonlySet<Order["kind"]> = new Set([
  "attack",
  "occupy",
  "annex",
  "declareWar",
  "demand",
  "blockade",
  "embargo",
  "remilitarise",
]);

/** The wars still being fought. */
export function warMarks(view: GameView): WarMark[] {
  return Object.values(view.wars)
    .filter((w) => w.endedTurn === undefined)
    .map((w) => ({ war: w.id, aggressor: w.aggressor, victim: w.victim }));
}

/**
 * The fronts of the wars in progress: the regions attacked this turn, and every region held by
 * one side of a war but owned by the other (what it has taken). Sorted, once each.
 */
export function frontRegions(view: GameView): string[] {
  const out = new Set<string>();
  for (const w of Object.values(view.wars)) {
    if (w.endedTurn !== undefined) continue;
    for (const o of w.offensives ?? []) out.add(o.region);
    const [a, b] = w.sides;
    for (const [id, r] of Object.entries(view.regions)) {
      if (!r.owner || !r.controller || r.owner === r.controller) continue;
      const across =
        (a.includes(r.owner) && b.includes(r.controller)) ||
        (b.includes(r.owner) && a.includes(r.controller));
      if (across) out.add(id);
    }
  }
  return [...out].sort();
}

/** The seat's orders of this turn that point at a region or a power, for arrows. */
export function orderMarks(view: GameView, seat: string | null): OrderMark[] {
  const orders = seat ? (view.powers[seat]?.orders ?? []) : [];
  const out: OrderMark[] = [];
  for (const o of orders) {
    const hostile = HOSTILE.has(o.kind);
    if ("region" in o) out.push({ kind: o.kind, region: o.region, hostile });
    else if (o.kind === "demand")
      for (const region of o.regions) out.push({ kind: o.kind, region, hostile });
    else if ("target" in o) out.push({ kind: o.kind, target: o.target, hostile });
    else if (o.kind === "grantAccess" || o.kind === "refuseAccess")
      out.push({ kind: o.kind, target: o.to, hostile });
  }
  return out;
}
