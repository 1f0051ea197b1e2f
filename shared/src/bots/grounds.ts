import type { Ctx } from "../engine/context.ts";
import type { GameState, PowerId } from "../model/state.ts";
import type { Condition } from "../scenario/conditions.ts";

/**
 * Why a power might move against another, read from the scenario's data (issue 10): a claim
 * it holds on a region the target holds, an objective of its own that asks for a region the
 * target holds, or a crisis that fired this turn in which its role is against the target.
 * Nothing else — a war already on, a weak neighbour — is a reason for an aggression.
 */
export type Ground = "claim" | "objective" | "crisis";

/** The first ground `me` has against `target` on what this state shows, or undefined. */
export function groundsAgainst(
  s: GameState,
  ctx: Ctx,
  me: PowerId,
  target: PowerId,
): Ground | undefined {
  if (me === target) return undefined;
  const wanted = objectiveRegions(ctx, me);
  let objective = false;
  for (const id in s.regions) {
    const r = s.regions[id];
    if (r?.owner !== target) continue;
    if (r.claims.includes(me)) return "claim";
    if (wanted.has(id)) objective = true;
  }
  if (objective) return "objective";
  for (const ev of ctx.scenario.events) {
    if (s.fired[ev.id] !== s.turn) continue;
    if (ev.roles.some((r) => r.power === me && r.against === target)) return "crisis";
  }
  return undefined;
}

const wantedBy = new WeakMap<Ctx, Map<PowerId, ReadonlySet<string>>>();

/** Regions a power's own objectives ask it to own or control (never under a "not"). */
function objectiveRegions(ctx: Ctx, me: PowerId): ReadonlySet<string> {
  let byPower = wantedBy.get(ctx);
  if (!byPower) {
    byPower = new Map();
    wantedBy.set(ctx, byPower);
  }
  const known = byPower.get(me);
  if (known) return known;
  const out = new Set<string>();
  for (const o of ctx.scenario.objectives) if (o.power === me) collect(o.condition, me, out);
  byPower.set(me, out);
  return out;
}

function collect(c: Condition, me: PowerId, out: Set<string>): void {
  if ("all" in c) for (const x of c.all) collect(x, me, out);
  else if ("any" in c) for (const x of c.any) collect(x, me, out);
  else if ("owns" in c && c.owns.power === me) out.add(c.owns.region);
  else if ("controls" in c && c.controls.power === me) out.add(c.controls.region);
}
