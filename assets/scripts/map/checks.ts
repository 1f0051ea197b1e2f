import type { Topology } from "topojson-specification";
import type { DeclaredLinks } from "../../map/types.ts";
import { sharedBorders } from "./adjacency.ts";

/**
 * Declared coasts against the geometry. Differences are reported, not fatal: a coast may be
 * real yet miss a shared arc (a harbour lost to simplification), and a shared arc may be a
 * few hundred metres of estuary that the plan rightly ignores.
 */
export function checkCoasts(topo: Topology, declared: DeclaredLinks): void {
  const seas = new Set(Object.keys(declared.coasts));
  const seen = new Map<string, number>();
  for (const [key, km] of sharedBorders(topo, ["regions", "territories", "seas"])) {
    const [a, b] = key.split("|") as [string, string];
    if (seas.has(a) !== seas.has(b)) seen.set(seas.has(a) ? `${a}|${b}` : `${b}|${a}`, km);
  }
  for (const [sea, shore] of Object.entries(declared.coasts)) {
    for (const id of shore) {
      if (!seen.has(`${sea}|${id}`))
        console.warn(`coast ${id} on ${sea}: declared, no shared coast in geometry`);
    }
  }
  for (const [key, km] of seen) {
    const [sea, id] = key.split("|") as [string, string];
    if (!declared.coasts[sea]?.includes(id)) {
      console.warn(`coast ${id} on ${sea}: ${km.toFixed(0)} km in geometry, not declared`);
    }
  }
}
