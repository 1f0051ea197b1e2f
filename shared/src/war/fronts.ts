import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId, War } from "../model/state.ts";
import { activeWars, endWarIfDecided, sideOf } from "./aggression.ts";
import { capitulate, hasFallen } from "./capitulation.ts";
import { contacts, theatreOfPower } from "./geo.ts";
import { canReach } from "../enforcement/reach.ts";
import { oilEmbargoShare, warStrength } from "./strength.ts";
import type { Known } from "../knowledge/known.ts";

export { generalWar } from "./general.ts";

/**
 * The abstract war (game.md "War"): deterministic from the seed. Two belligerents on
 * opposite sides that touch (a land border, a usable sea route) form a front. Each power
 * shares its strength among its engagements: its own fronts, and the fronts of allies it
 * can reach but whose enemy it does not touch itself (Britain helping France across the
 * Channel), where a military convention adds a bonus. Attacks ordered this turn push on
 * their regions; a strong enough push takes the region, and an overwhelming one overruns a
 * small state in a turn. Attrition wears armies down.
 */
interface Front {
  readonly war: War;
  readonly power: PowerId;
  readonly enemy: PowerId;
}

interface Support {
  readonly helper: PowerId;
  readonly ally: PowerId;
  readonly enemy: PowerId;
  readonly warId: string;
}

interface Battlefield {
  readonly share: Map<PowerId, number>;
  readonly supports: Support[];
  readonly aid: Map<string, number>;
}

export function fightWars(d: Draft, ctx: Ctx): void {
  sweepFallen(d, ctx);
  for (const w of activeWars(d.s)) endWarIfDecided(d, w.id);
  const wars = activeWars(d.s);
  if (wars.length === 0) return;
  const field = survey(d.s, ctx, wars);
  const rules = ctx.scenario.rules.war;
  for (const w of wars) {
    for (const o of w.offensives ?? []) fight(d, ctx, field, w.id, o.by, o.region);
    const live = d.s.wars[w.id];
    if (live?.offensives) d.entry("wars", w.id).offensives = undefined;
  }
  for (const [power] of field.share) {
    const p = d.s.powers[power];
    if (!p?.alive) continue;
    d.power(power).army = Math.max(0, p.army * (1 - rules.attrition));
  }
}

function survey(state: Known, ctx: Ctx, wars: readonly War[]): Battlefield {
  const touching = contacts(state, ctx);
  const fronts: Front[] = [];
  for (const war of wars) {
    for (const [mine, theirs] of [
      [war.sides[0], war.sides[1]],
      [war.sides[1], war.sides[0]],
    ] as const) {
      for (const power of mine) {
        if (!state.powers[power]?.alive) continue;
        for (const enemy of theirs) {
          if (state.powers[enemy]?.alive && touching.has(`${power}|${enemy}`))
            fronts.push({ war, power, enemy });
        }
      }
    }
  }
  const supports: Support[] = [];
  for (const f of fronts) {
    const side = sideOf(f.war, f.power);
    if (side === undefined) continue;
    for (const helper of f.war.sides[side]) {
      if (helper === f.power || !state.powers[helper]?.alive) continue;
      if (touching.has(`${helper}|${f.enemy}`) || !canReach(state, ctx, helper, f.power)) continue;
      supports.push({ helper, ally: f.power, enemy: f.enemy, warId: f.war.id });
    }
  }
  const engagements = new Map<PowerId, number>();
  const bump = (p: PowerId) => engagements.set(p, (engagements.get(p) ?? 0) + 1);
  for (const f of fronts) bump(f.power);
  for (const s of supports) bump(s.helper);
  const share = new Map<PowerId, number>();
  for (const [p, n] of engagements) share.set(p, warStrength(state, ctx, p) / n);
  // Volunteers and aid to a side in a civil war (Spain, 1936–39): a share of the aider's strength.
  const aid = new Map<string, number>();
  for (const war of wars) {
    if (!war.conflict) continue;
    for (const id of ctx.powerIds) {
      const side = state.powers[id]?.aid[war.conflict];
      if (!side || sideOf(war, id) !== undefined) continue;
      const key = `${war.id}|${side}`;
      const extra = warStrength(state, ctx, id) * ctx.scenario.rules.war.aidWeight;
      aid.set(key, (aid.get(key) ?? 0) + extra);
    }
  }
  return { share, supports, aid };
}

/** The strength a power brings against an enemy: its own share, allies' help, aid. */
function strengthOn(
  state: Known,
  ctx: Ctx,
  field: Battlefield,
  warId: string,
  power: PowerId,
  enemy: PowerId,
): number {
  let total = field.share.get(power) ?? warStrength(state, ctx, power);
  for (const s of field.supports) {
    if (s.warId !== warId || s.ally !== power || s.enemy !== enemy) continue;
    const convention = hasConvention(state, s.helper, power);
    const bonus = convention ? 1 + ctx.scenario.rules.war.conventionBonus : 1;
    total += (field.share.get(s.helper) ?? 0) * bonus;
  }
  return total + (field.aid.get(`${warId}|${power}`) ?? 0);
}

/**
 * An expedition outside its home theatre runs on imported oil: an oil embargo bites it far
 * harder than the power at home (Italy in Ethiopia, 1935–36: "within a week", Mussolini).
 */
function expedition(state: Known, ctx: Ctx, war: War, power: PowerId): number {
  if (war.theatre === theatreOfPower(ctx, power)) return 1;
  const bite = ctx.scenario.rules.war.overseasOilBite * oilEmbargoShare(state, ctx, power);
  return Math.max(0, 1 - bite);
}

function hasConvention(state: Known, a: PowerId, b: PowerId): boolean {
  for (const id in state.treaties) {
    const t = state.treaties[id];
    if (t?.status !== "inForce" || !t.parties.includes(a) || !t.parties.includes(b)) continue;
    if (t.clauses.some((c) => c.kind === "militaryConvention")) return true;
  }
  return false;
}

function fight(
  d: Draft,
  ctx: Ctx,
  field: Battlefield,
  warId: string,
  by: PowerId,
  region: string,
): void {
  const war = d.s.wars[warId];
  const r = d.s.regions[region];
  if (!war || war.endedTurn !== undefined || !r?.controller || !d.s.powers[by]?.alive) return;
  const holder = r.controller;
  const mySide = sideOf(war, by);
  if (mySide === undefined || sideOf(war, holder) !== (mySide === 0 ? 1 : 0)) return;
  const rules = ctx.scenario.rules.war;
  const jitter = () => 1 + rules.noise * (2 * d.random() - 1);
  const attack =
    strengthOn(d.s, ctx, field, warId, by, holder) * expedition(d.s, ctx, war, by) * jitter();
  // Works help their owner; a zone its owner may not garrison is held at a discount.
  const works = r.owner === holder ? 1 + rules.fortificationBonus * r.fortification : 1;
  const fortified = r.demilitarised ? rules.demilitarisedDefence : works;
  const defence = strengthOn(d.s, ctx, field, warId, holder, by) * fortified * jitter();
  const ratio = attack / Math.max(defence, 0.01);
  const small = !ctx.powers.get(holder)?.great;
  if (small && ratio >= rules.overrunRatio) {
    d.news("news.overrun", { power: by, victim: holder });
    capitulate(d, ctx, holder, by);
    return;
  }
  if (ratio < rules.breakthroughRatio) {
    d.news("news.offensiveFailed", { power: by, region, holder });
    return;
  }
  d.region(region).controller = by;
  d.news("news.regionTaken", { power: by, region, from: holder });
  if (hasFallen(d, ctx, holder)) capitulate(d, ctx, holder, by);
}

/**
 * A belligerent that has lost everything without a battle — by an event's transfer, a
 * submission elsewhere — capitulates too, so that its war ends (Ethiopia, May 1936). Civil
 * wars are exempt: a side may hold no region on this map and fight on.
 */
function sweepFallen(d: Draft, ctx: Ctx): void {
  for (const w of activeWars(d.s)) {
    if (w.conflict !== undefined) continue;
    for (const [side, other] of [
      [w.sides[0], w.sides[1]],
      [w.sides[1], w.sides[0]],
    ] as const) {
      for (const power of side) {
        if (!hasFallen(d, ctx, power)) continue;
        const conqueror = other.find((x) => d.s.powers[x]?.alive);
        if (conqueror) capitulate(d, ctx, power, conqueror);
      }
    }
  }
}
