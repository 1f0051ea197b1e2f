import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";
import { activeWars, leaveWar, sideOf } from "./aggression.ts";
import { survivesWithout } from "../treaties/entry.ts";

/**
 * A power the map represents: it held a region (land or off-map, like Ethiopia's East
 * Africa) at the start. Japan, China and the United States hold none: their territory is
 * not on this map of Europe.
 */
function onMap(ctx: Ctx, power: PowerId): boolean {
  return ctx.scenario.regions.some((r) => r.owner === power);
}

/**
 * A state capitulates: it no longer exists, the conqueror takes what it held, regions it
 * owned but others held pass to those who hold them, it leaves every war (which may end
 * them) and its treaties lapse (Poland, September 1939; Ethiopia, May 1936).
 */
export function capitulate(d: Draft, ctx: Ctx, loser: PowerId, conqueror: PowerId): void {
  const p = d.power(loser);
  p.alive = false;
  p.mobilisation = 0;
  p.orders = [];
  for (const id of ctx.regionIds) {
    const r = d.s.regions[id];
    if (!r) continue;
    if (r.controller === loser) {
      const w = d.region(id);
      w.controller = conqueror;
      w.owner = conqueror;
    } else if (r.owner === loser) {
      d.region(id).owner = r.controller ?? conqueror;
    }
  }
  for (const w of activeWars(d.s)) if (sideOf(w, loser) !== undefined) leaveWar(d, w.id, loser);
  for (const id of Object.keys(d.s.treaties).sort()) {
    const t = d.s.treaties[id];
    if (!t || !t.parties.includes(loser)) continue;
    if (t.status !== "inForce" && t.status !== "signed" && t.status !== "proposed") continue;
    if (t.status === "inForce" && survivesWithout(t, loser)) {
      // Its text keeps it in force among the others (a general pact, an open alliance).
      d.treaty(id).parties = t.parties.filter((p) => p !== loser);
      continue;
    }
    const e = d.treaty(id);
    e.status = "expired";
    e.endTurn = d.s.turn;
  }
  d.news("news.capitulated", { power: loser, conqueror });
}

/**
 * A state falls when it holds no region, or — a small state — when its capital is lost
 * (great powers fight on from what they hold). A power the map does not represent (Japan,
 * China, the United States) does not fall for holding no region: its wars off the map run
 * by the events (the Sino-Japanese war of 1937 goes on past 1939).
 */
export function hasFallen(d: Draft, ctx: Ctx, power: PowerId): boolean {
  const p = d.s.powers[power];
  if (!p?.alive) return false;
  if (!onMap(ctx, power)) return false;
  const def = ctx.powers.get(power);
  if (def && !def.great) {
    const capital = d.s.regions[def.capital];
    if (capital && capital.controller !== power) return true;
  }
  return !ctx.regionIds.some((id) => d.s.regions[id]?.controller === power);
}
