import type { Ctx } from "../engine/context.ts";
import { reachableRegions } from "../enforcement/reach.ts";
import type { PowerId, RegionId } from "../model/state.ts";
import type { Known } from "./known.ts";

/**
 * Where a power's forces can arrive, by the engine's rule (`reachableRegions`, the one that
 * decides whether an ally's help tells): every region its forces may cross — its own, those
 * of powers granting it access, the seas its navy may use and no hostile fleet closes — and
 * the first land region beyond each, where a path to that region's controller ends. Read
 * from what the asker knows: a secret access clause a seat may not see is absent from its
 * view, as it is from its knowledge. The map draws this.
 */
export function reachArea(known: Known, ctx: Ctx, power: PowerId): Set<RegionId> {
  const crossed = reachableRegions(known, ctx, power, power);
  const area = new Set(crossed);
  for (const id of crossed)
    for (const n of ctx.adjacency.get(id) ?? [])
      if (ctx.regions.get(n)?.kind !== "sea") area.add(n);
  return area;
}
