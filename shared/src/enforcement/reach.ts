import type { Ctx } from "../engine/context.ts";
import type { PowerId, RegionId } from "../model/state.ts";
import { bindingClauses } from "../treaties/query.ts";
import type { Known } from "../knowledge/known.ts";

export interface ReachOptions {
  /** Powers treated as granting the helper passage (a draft's access clauses, a what-if). */
  readonly extraGrantors?: readonly PowerId[];
}

/**
 * Who lets the helper's forces through: the target itself, the target's co-belligerents,
 * and every power granting the helper military access (whole territory or listed regions).
 */
interface Passage {
  readonly helper: PowerId;
  readonly target: PowerId;
  readonly friends: ReadonlySet<PowerId>;
  readonly accessRegions: ReadonlySet<RegionId>;
  readonly seaOpen: boolean;
  readonly closedSeas: ReadonlySet<RegionId>;
}

function passage(
  state: Known,
  ctx: Ctx,
  helper: PowerId,
  target: PowerId,
  opts: ReachOptions,
): Passage {
  const friends = new Set<PowerId>([helper, target, ...(opts.extraGrantors ?? [])]);
  const enemies = new Set<PowerId>();
  for (const id of Object.keys(state.wars).sort()) {
    const w = state.wars[id];
    if (!w || w.endedTurn !== undefined) continue;
    for (const [mine, theirs] of [
      [w.sides[0], w.sides[1]],
      [w.sides[1], w.sides[0]],
    ] as const) {
      if (mine.includes(target)) for (const p of mine) friends.add(p);
      if (mine.includes(target) || mine.includes(helper)) for (const p of theirs) enemies.add(p);
    }
  }
  const accessRegions = new Set<RegionId>();
  for (const { clause } of bindingClauses(state, "militaryAccess")) {
    if (clause.grantee !== helper) continue;
    if (clause.regions.length === 0) friends.add(clause.grantor);
    else for (const r of clause.regions) accessRegions.add(r);
  }
  const rules = ctx.scenario.rules.reach;
  const navy = state.powers[helper]?.navy ?? 0;
  const closedSeas = new Set<RegionId>();
  for (const enemy of enemies) {
    if (friends.has(enemy)) continue;
    if ((state.powers[enemy]?.navy ?? 0) < navy * rules.blockadeRatio) continue;
    for (const sea of coastOf(state, ctx, enemy)) closedSeas.add(sea);
  }
  // A declared blockade of the helper or the target shuts the seas off the blockaded coast.
  for (const id of Object.keys(state.wars).sort()) {
    const w = state.wars[id];
    if (!w || w.endedTurn !== undefined) continue;
    for (const b of w.blockades ?? []) {
      if (b.target !== helper && b.target !== target) continue;
      if (friends.has(b.by)) continue;
      if ((state.powers[b.by]?.navy ?? 0) < navy * rules.blockadeRatio) continue;
      for (const sea of coastOf(state, ctx, b.target)) closedSeas.add(sea);
    }
  }
  return {
    helper,
    target,
    friends,
    accessRegions,
    seaOpen: navy >= rules.minNavy,
    closedSeas,
  };
}

/** Sea zones touching the regions a power controls. */
function coastOf(state: Known, ctx: Ctx, power: PowerId): RegionId[] {
  const out: RegionId[] = [];
  for (const r of tables(ctx).seaCoast) {
    if (state.regions[r[0]]?.controller === power) out.push(...r[1]);
  }
  return out;
}

interface Tables {
  readonly sea: ReadonlySet<RegionId>;
  /** Land (and off-map) regions with the sea zones they touch. */
  readonly seaCoast: ReadonlyArray<readonly [RegionId, readonly RegionId[]]>;
}

const cache = new WeakMap<Ctx, Tables>();

function tables(ctx: Ctx): Tables {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const sea = new Set(ctx.regionIds.filter((r) => ctx.regions.get(r)?.kind === "sea"));
  const seaCoast: Array<readonly [RegionId, readonly RegionId[]]> = [];
  for (const r of ctx.regionIds) {
    if (sea.has(r)) continue;
    const seas = (ctx.adjacency.get(r) ?? []).filter((n) => sea.has(n));
    if (seas.length > 0) seaCoast.push([r, seas]);
  }
  const built: Tables = { sea, seaCoast };
  cache.set(ctx, built);
  return built;
}

/**
 * Breadth-first search over the regions the helper may use: land (and off-map boxes)
 * controlled by a friendly power or open by access, and sea zones when the helper has a
 * navy and no hostile fleet closes them. Stops at the first region the target controls.
 */
function explore(
  state: Known,
  ctx: Ctx,
  p: Passage,
  stopAtTarget: boolean,
): { parent: Map<RegionId, RegionId | null>; reached?: RegionId } {
  const { sea } = tables(ctx);
  const parent = new Map<RegionId, RegionId | null>();
  const queue: RegionId[] = [];
  for (const r of ctx.regionIds) {
    if (!sea.has(r) && state.regions[r]?.controller === p.helper) {
      parent.set(r, null);
      queue.push(r);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i] as RegionId;
    for (const next of ctx.adjacency.get(here) ?? []) {
      if (parent.has(next)) continue;
      let open: boolean;
      if (sea.has(next)) {
        open = p.seaOpen && !p.closedSeas.has(next);
      } else {
        const controller = state.regions[next]?.controller;
        if (stopAtTarget && controller === p.target) {
          parent.set(next, here);
          return { parent, reached: next };
        }
        open =
          (controller !== null && controller !== undefined && p.friends.has(controller)) ||
          p.accessRegions.has(next);
      }
      if (!open) continue;
      parent.set(next, here);
      queue.push(next);
    }
  }
  return { parent };
}

/**
 * The regions the helper's forces cross to reach the target, from one of its own regions
 * to the first region the target controls; undefined when there is no way through.
 */
export function reachPath(
  state: Known,
  ctx: Ctx,
  helper: PowerId,
  target: PowerId,
  opts: ReachOptions = {},
): RegionId[] | undefined {
  const { parent, reached } = explore(state, ctx, passage(state, ctx, helper, target, opts), true);
  if (reached === undefined) return undefined;
  const path: RegionId[] = [];
  for (let r: RegionId | null | undefined = reached; r; r = parent.get(r)) path.push(r);
  return path.reverse();
}

/**
 * Whether the helper's forces can reach the target (game.md, "Reach matters": the USSR
 * cannot help Czechoslovakia without passage through Poland or Romania).
 */
export function canReach(
  state: Known,
  ctx: Ctx,
  helper: PowerId,
  target: PowerId,
  opts: ReachOptions = {},
): boolean {
  if (helper === target) return true;
  return reachPath(state, ctx, helper, target, opts) !== undefined;
}

/** Every region the helper's forces can enter on the way to the target's side. */
export function reachableRegions(
  state: Known,
  ctx: Ctx,
  helper: PowerId,
  target: PowerId,
  opts: ReachOptions = {},
): RegionId[] {
  const { parent } = explore(state, ctx, passage(state, ctx, helper, target, opts), false);
  return ctx.regionIds.filter((r) => parent.has(r));
}
