import { DIPLOMATIC_ORDERS } from "../treaties/orders.ts";
import { LEAGUE_ORDERS } from "../league/orders.ts";
import { MILITARY_ORDERS } from "../war/orders.ts";
import { STATECRAFT_ORDERS } from "../war/statecraft.ts";
import type { OrderKind } from "../actions/orders.ts";
import type { OrderRules } from "./types.ts";

/** Every order kind's rule, gathered from the modules that own them. */
export const ORDER_RULES: OrderRules = {
  ...DIPLOMATIC_ORDERS,
  ...LEAGUE_ORDERS,
  ...MILITARY_ORDERS,
  ...STATECRAFT_ORDERS,
};

/**
 * The fixed order of adjudication (RULES.md, "Resolution"): treaty acts first, then the
 * League, then the economy and rearmament, then military moves short of war, and acts of
 * aggression last, so that a guarantee given this turn already covers an attack this turn.
 */
export const RESOLUTION_SEQUENCE: readonly OrderKind[] = [
  "ratify",
  "denounce",
  "recognise",
  "grantAccess",
  "refuseAccess",
  "guarantee",
  "joinLeague",
  "leaveLeague",
  "intelligence",
  "aid",
  "callConference",
  "embargo",
  "invest",
  "rearm",
  "demobilise",
  "mobilise",
  "fortify",
  "remilitarise",
  "demand",
  "declareWar",
  "occupy",
  "annex",
  "attack",
  "blockade",
];
