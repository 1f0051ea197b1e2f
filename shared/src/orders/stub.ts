import { refuse } from "../core/result.ts";
import type { OrderKind } from "../actions/orders.ts";
import type { OrderRule } from "./types.ts";

/** Placeholder for an order whose rule is being written: always refused, never offered. */
export function notYet<K extends OrderKind>(): OrderRule<K> {
  return {
    check: () => refuse("ERR_NOT_ALLOWED", "This order is not available yet."),
    resolve: () => undefined,
    candidates: () => [],
  };
}
