import type { Ctx } from "../engine/context.ts";
import type { PowerId, RegionId, Theatre } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";

/**
 * Where a power's forces can strike: over a land border from a region it controls, or
 * across connected sea zones from one of its coasts when its navy can carry them. The sea
 * zones are grouped once per scenario into connected basins.
 */
interface SeaIndex {
  /** Sea region → basin number. */
  readonly basin: ReadonlyMap<RegionId, number>;
  /** Land or off-map region → the basins it touches. */
  readonly coasts: ReadonlyMap<RegionId, readonly number[]>;
}

const seaCache = new WeakMap<Ctx, SeaIndex>();

function seaIndex(ctx: Ctx): SeaIndex {
  const cached = seaCache.get(ctx);
  if (cached) return cached;
  const basin = new Map<RegionId, number>();
  let next = 0;
  for (const id of ctx.regionIds) {
    if (ctx.regions.get(id)?.kind !== "sea" || basin.has(id)) continue;
    const stack = [id];
    basin.set(id, next);
    while (stack.length > 0) {
      const at = stack.pop() as RegionId;
      for (const n of ctx.adjacency.get(at) ?? []) {
        if (ctx.regions.get(n)?.kind === "sea" && !basin.has(n)) {
          basin.set(n, next);
          stack.push(n);
        }
      }
    }
    next += 1;
  }
  const coasts = new Map<RegionId, number[]>();
  for (const id of ctx.regionIds) {
    if (ctx.regions.get(id)?.kind === "sea") continue;
    const touched = new Set<number>();
    for (const n of ctx.adjacency.get(id) ?? []) {
      const b = basin.get(n);
      if (b !== undefined) touched.add(b);
    }
    if (touched.size > 0)
      coasts.set(
        id,
        [...touched].sort((a, b) => a - b),
      );
  }
  const index = { basin, coasts };
  seaCache.set(ctx, index);
  return index;
}

/** The region touches, by land, a region the power controls. */
export function bordersByLand(state: Known, ctx: Ctx, power: PowerId, region: RegionId): boolean {
  for (const n of ctx.adjacency.get(region) ?? []) {
    if (ctx.regions.get(n)?.kind !== "sea" && state.regions[n]?.controller === power) return true;
  }
  return false;
}

/** Sea basins the power's controlled coasts open onto. */
function basinsOf(state: Known, ctx: Ctx, power: PowerId): Set<number> {
  const { coasts } = seaIndex(ctx);
  const out = new Set<number>();
  for (const [region, basins] of coasts) {
    if (state.regions[region]?.controller === power) for (const b of basins) out.add(b);
  }
  return out;
}

/** Every living power's sea basins, in one pass over the coasts. */
function basinsByPower(state: Known, ctx: Ctx): Array<[PowerId, Set<number>]> {
  const by = new Map<PowerId, Set<number>>();
  for (const [region, basins] of seaIndex(ctx).coasts) {
    const c = state.regions[region]?.controller;
    if (!c || !state.powers[c]?.alive) continue;
    let set = by.get(c);
    if (!set) by.set(c, (set = new Set()));
    for (const b of basins) set.add(b);
  }
  return ctx.powerIds.flatMap((id): Array<[PowerId, Set<number>]> => {
    const set = by.get(id);
    return set ? [[id, set]] : [];
  });
}

/** The power's navy can carry forces to the region from one of its coasts. */
function reachableBySea(state: Known, ctx: Ctx, power: PowerId, region: RegionId): boolean {
  const navy = state.powers[power]?.navy ?? 0;
  if (navy < ctx.scenario.rules.reach.minNavy) return false;
  const target = seaIndex(ctx).coasts.get(region);
  if (!target) return false;
  const own = basinsOf(state, ctx, power);
  return target.some((b) => own.has(b));
}

/** A power can strike the region: a land border or a sea route. */
export function canStrike(state: Known, ctx: Ctx, power: PowerId, region: RegionId): boolean {
  return bordersByLand(state, ctx, power, region) || reachableBySea(state, ctx, power, region);
}

/** canStrike for many regions of one power, its sea basins computed once. */
export function striker(state: Known, ctx: Ctx, power: PowerId): (region: RegionId) => boolean {
  const navy = state.powers[power]?.navy ?? 0;
  const own = navy >= ctx.scenario.rules.reach.minNavy ? basinsOf(state, ctx, power) : undefined;
  const { coasts } = seaIndex(ctx);
  return (region) =>
    bordersByLand(state, ctx, power, region) ||
    (own !== undefined && (coasts.get(region) ?? []).some((b) => own.has(b)));
}

/**
 * Land borders as pairs of region numbers (both orders: `from[k]` borders `to[k]`), numbered
 * as in `ctx.regionIds` (a neighbour the scenario does not list gets a number past them), and
 * each power's place in `ctx.powerIds`: once per scenario.
 */
interface Borders {
  readonly ids: readonly RegionId[];
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly place: ReadonlyMap<PowerId, number>;
}

const bordersCache = new WeakMap<Ctx, Borders>();

function borders(ctx: Ctx): Borders {
  const cached = bordersCache.get(ctx);
  if (cached) return cached;
  const ids = [...ctx.regionIds];
  const number = new Map(ids.map((id, i) => [id, i]));
  const numberOf = (id: RegionId) => {
    let k = number.get(id);
    if (k === undefined) number.set(id, (k = ids.push(id) - 1));
    return k;
  };
  const from: number[] = [];
  const to: number[] = [];
  for (const id of ctx.regionIds) {
    if (ctx.regions.get(id)?.kind === "sea") continue;
    for (const n of ctx.adjacency.get(id) ?? []) {
      if (ctx.regions.get(n)?.kind === "sea") continue;
      from.push(numberOf(id));
      to.push(numberOf(n));
    }
  }
  const built: Borders = {
    ids,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    place: new Map(ctx.powerIds.map((p, i) => [p, i])),
  };
  bordersCache.set(ctx, built);
  return built;
}

/**
 * Pairs of powers in contact: a land border between regions they control, or a sea route
 * one of them can use. Keys are "A|B" in both orders. Computed once per call site.
 */
export function contacts(state: Known, ctx: Ctx): Set<string> {
  const out = new Set<string>();
  const { ids, from, to, place } = borders(ctx);
  // Each region's controller read once; pairs already in `out` kept by the powers' places,
  // since most borders repeat a pair already found.
  const controller = ids.map((id) => state.regions[id]?.controller ?? null);
  const n = ctx.powerIds.length;
  const linked = new Uint8Array(n * n);
  const known = (a: PowerId, b: PowerId) => {
    const i = place.get(a);
    const j = place.get(b);
    return i !== undefined && j !== undefined && linked[i * n + j] === 1;
  };
  const link = (a: PowerId, b: PowerId) => {
    const i = place.get(a);
    const j = place.get(b);
    if (i !== undefined && j !== undefined) {
      if (linked[i * n + j] === 1) return;
      linked[i * n + j] = 1;
      linked[j * n + i] = 1;
    }
    out.add(`${a}|${b}`);
    out.add(`${b}|${a}`);
  };
  for (let k = 0; k < from.length; k++) {
    const c = controller[from[k] as number];
    if (!c) continue;
    const other = controller[to[k] as number];
    if (other && other !== c && !known(c, other)) link(c, other);
  }
  const seaPowers = basinsByPower(state, ctx);
  const minNavy = ctx.scenario.rules.reach.minNavy;
  for (const [a, basinsA] of seaPowers) {
    if ((state.powers[a]?.navy ?? 0) < minNavy) continue;
    for (const [b, basinsB] of seaPowers) {
      if (a === b || known(a, b)) continue;
      for (const x of basinsA) {
        if (basinsB.has(x)) {
          link(a, b);
          break;
        }
      }
    }
  }
  return out;
}

/** The theatre a war over this region belongs to. */
export function theatreOf(ctx: Ctx, region: RegionId | undefined): Theatre {
  return (region && ctx.regions.get(region)?.theatre) || "europe";
}

/** The theatre of a war against a power: where its capital lies. */
export function theatreOfPower(ctx: Ctx, power: PowerId): Theatre {
  return theatreOf(ctx, ctx.powers.get(power)?.capital);
}
