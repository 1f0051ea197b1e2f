import type { Ctx } from "../engine/context.ts";
import { canReach } from "../enforcement/reach.ts";
import { triggeredBy, type AssistanceClause } from "../enforcement/triggers.ts";
import type { GameState, PowerId } from "../model/state.ts";
import { bindingTreaties } from "../treaties/query.ts";
import { warStrength } from "../war/strength.ts";
import { riskTolerance } from "./tolerance.ts";

/**
 * Deterrence (issue 10): before an aggression the aggressor weighs the coalition it expects.
 * One pure function, used by every bot and shown to players ("what Berlin is likely to
 * conclude"). It reads only what it is given: a seat's own knowledge (a belief built from
 * its view, shared/src/deterrence/belief.ts) or, for the simulator's measures, the truth.
 */

/** What the aggressor concludes, from the mildest to the most prudent. */
export const VERDICTS = ["proceed", "lower", "delay", "backDown"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a power is expected in the coalition. */
export const HELP_BASES = ["victim", "automatic", "consultative", "allyOfHelper"] as const;
export type HelpBasis = (typeof HELP_BASES)[number];

/** The reasons a weighing can give, as codes the client translates (deterrence.reason.*). */
export const REASONS = [
  "strongCoalition",
  "weakCoalition",
  "alone",
  "cannotArrive",
  "unreliable",
  "mobilised",
  "fortified",
  "openFlank",
  "waitsForLeague",
  "waitsForOther",
] as const;
export type ReasonCode = (typeof REASONS)[number];

export interface Reason {
  readonly code: ReasonCode;
  readonly power?: PowerId;
}

export interface Helper {
  readonly power: PowerId;
  readonly basis: HelpBasis;
  /** Whether its forces can reach the victim or strike the aggressor. */
  readonly reach: boolean;
  readonly credibility: number;
  /** Its war strength as the aggressor would meet it (estimates, when the weigher guesses). */
  readonly strength: number;
  /** The chance, 0–1, that it fights. */
  readonly chance: number;
}

export interface Weighing {
  readonly aggressor: PowerId;
  readonly victim: PowerId;
  /** The aggressor's strength with the allies bound to it, weighted by their chance. */
  readonly own: number;
  /** The expected coalition: the victim and every helper, weighted by its chance. */
  readonly coalition: number;
  /** coalition / own: above 1 the aggressor expects to lose. */
  readonly ratio: number;
  /** The aggressor government's tolerance for risk now (the ratio it will still face). */
  readonly tolerance: number;
  readonly verdict: Verdict;
  readonly helpers: readonly Helper[];
  readonly reasons: readonly Reason[];
}

/** Tuning of the weighing (documented in RULES.md, "Deterrence"). */
export const WEIGHING = {
  automatic: 0.8,
  consultative: 0.4,
  /** Help that cannot arrive still counts for this much (a blockade, a second front later). */
  unreachable: 0.2,
  leagueFinding: 0.35,
  /** An ally of the aggressor's counted on its side (treaties "against any"). */
  allyOfHelper: 0.5,
  /** A helper at least this mobilised is taken for a firm one. */
  mobilised: 40,
  /** A helper that borders a demilitarised zone of the aggressor strikes this much harder. */
  openFlank: 1.5,
  /** Verdict bands over the tolerance: lower the demand, delay, back down. */
  lower: 1.25,
  delay: 1.6,
  /**
   * How fast the chance that a government gambles past its tolerance falls: it acts with the
   * chance (tolerance / ratio) to this power (historical bots; RULES.md, "Deterrence").
   */
  gambleDecay: 2,
} as const;

/**
 * The aggressor's weighing of an aggression against the victim, on the state it is given.
 * Who is bound to help the victim and on what condition (the enforcement rules' triggers),
 * whether that help can arrive (reach), each helper's record (credibility, breaches), its
 * strength and readiness, the victim's fortifications and the aggressor's open flanks;
 * against the aggressor's government's tolerance for risk in this period.
 */
export function weigh(state: GameState, ctx: Ctx, aggressor: PowerId, victim: PowerId): Weighing {
  const reasons: Reason[] = [];
  const geo = geography(state, ctx, aggressor);
  const fort = frontFortification(state, geo, victim);
  const victimStrength =
    warStrength(state, ctx, victim) * (1 + ctx.scenario.rules.war.fortificationBonus * fort);
  if (fort >= 2) reasons.push({ code: "fortified", power: victim });
  const helpers = new Map<PowerId, Helper>();
  helpers.set(victim, {
    power: victim,
    basis: "victim",
    reach: true,
    credibility: state.powers[victim]?.credibility ?? 50,
    strength: victimStrength,
    chance: 1,
  });
  // An unconditional ally of the aggressor (Pact of Steel, art. III) comes in on its side,
  // counted in its own strength (ownSide), not in the victim's coalition.
  const triggers = triggeredBy(state, ctx, {
    id: "weighing",
    turn: state.turn,
    kind: "war",
    aggressor,
    victim,
    regions: [],
    theatre: "europe",
  }).filter((t) => t.side === 1);
  // Twice, so that help conditional on another helper's reads that helper's chance.
  for (let pass = 0; pass < 2; pass++) {
    for (const { clause, power } of triggers) {
      const h = helperFor(state, ctx, geo, clause, power, victim, helpers, reasons, pass);
      const known = helpers.get(power);
      if (!known || known.basis === "allyOfHelper" || h.chance > known.chance)
        helpers.set(power, h);
    }
  }
  for (const h of [...helpers.values()]) {
    if (h.basis === "victim" || h.chance < 0.2) continue;
    for (const [ally, firm] of alliesOf(state, h.power, aggressor)) {
      if (helpers.has(ally) || ally === aggressor) continue;
      const reach = geo.borders(ally) || canReach(state, ctx, ally, victim);
      if (!reach) continue;
      const chance = h.chance * firm * record(state, ally);
      helpers.set(ally, {
        power: ally,
        basis: "allyOfHelper",
        reach,
        credibility: state.powers[ally]?.credibility ?? 50,
        strength: contribution(state, ctx, geo, ally),
        chance,
      });
    }
  }
  const list = [...helpers.values()];
  const coalition = list.reduce((sum, h) => sum + h.chance * h.strength, 0);
  const own = ownSide(state, ctx, aggressor, victim);
  const ratio = own <= 0 ? 10 : coalition / own;
  const tolerance = riskTolerance(state, ctx, aggressor);
  const verdict: Verdict =
    ratio <= tolerance
      ? "proceed"
      : ratio <= tolerance * WEIGHING.lower
        ? "lower"
        : ratio <= tolerance * WEIGHING.delay
          ? "delay"
          : "backDown";
  if (list.length === 1) reasons.unshift({ code: "alone", power: victim });
  else reasons.unshift({ code: ratio > 1 ? "strongCoalition" : "weakCoalition" });
  return {
    aggressor,
    victim,
    own,
    coalition,
    ratio,
    tolerance,
    verdict,
    helpers: list,
    reasons: dedupe(reasons),
  };
}

function helperFor(
  state: GameState,
  ctx: Ctx,
  geo: Geography,
  clause: AssistanceClause,
  power: PowerId,
  victim: PowerId,
  known: ReadonlyMap<PowerId, Helper>,
  reasons: Reason[],
  pass: number,
): Helper {
  const note = (r: Reason) => {
    if (pass === 1) reasons.push(r);
  };
  let chance = clause.mode === "automatic" ? WEIGHING.automatic : WEIGHING.consultative;
  const rec = record(state, power);
  if (rec < 0.6) note({ code: "unreliable", power });
  chance *= rec;
  for (const c of clause.conditions) {
    switch (c.kind) {
      case "leagueFinding":
        chance *= WEIGHING.leagueFinding;
        note({ code: "waitsForLeague", power });
        break;
      case "thirdPartyActs":
        chance *= known.get(c.power)?.chance ?? 0;
        note({ code: "waitsForOther", power: c.power });
        break;
      case "victimResists":
        chance *= 0.9;
        break;
    }
  }
  const reach = geo.borders(power) || canReach(state, ctx, power, victim);
  if (!reach) {
    chance *= WEIGHING.unreachable;
    note({ code: "cannotArrive", power });
  }
  const p = state.powers[power];
  if (p && p.mobilisation >= WEIGHING.mobilised) {
    chance = 1 - (1 - chance) * 0.5;
    note({ code: "mobilised", power });
  }
  const strength = contribution(state, ctx, geo, power);
  if (geo.flank(power)) note({ code: "openFlank", power });
  return {
    power,
    basis: clause.mode === "automatic" ? "automatic" : "consultative",
    reach,
    credibility: p?.credibility ?? 50,
    strength,
    chance,
  };
}

/** A helper's record: its credibility, less for every obligation it has broken. */
function record(state: GameState, power: PowerId): number {
  const p = state.powers[power];
  if (!p) return 0;
  return (0.3 + (0.7 * p.credibility) / 100) * 0.9 ** p.breaches;
}

/** The strength a helper brings against the aggressor: more through a demilitarised flank. */
function contribution(state: GameState, ctx: Ctx, geo: Geography, helper: PowerId): number {
  const s = warStrength(state, ctx, helper);
  return geo.flank(helper) ? s * WEIGHING.openFlank : s;
}

/**
 * Who can strike the aggressor — it borders it by land, or commands the sea off its coasts
 * (a navy at least the blockade's minimum and twice the aggressor's) — and who borders one of
 * its demilitarised regions.
 */
interface Geography {
  borders(power: PowerId): boolean;
  flank(power: PowerId): boolean;
  /** Regions of the aggressor's with their neighbours. */
  readonly front: ReadonlySet<string>;
}

function geography(state: GameState, ctx: Ctx, aggressor: PowerId): Geography {
  const bordering = new Set<PowerId>();
  const flanking = new Set<PowerId>();
  const front = new Set<string>();
  for (const id of ctx.landRegionIds) {
    const r = state.regions[id];
    if (r?.controller !== aggressor) continue;
    const open = r.owner === aggressor && r.demilitarised;
    for (const n of ctx.adjacency.get(id) ?? []) {
      if (ctx.regions.get(n)?.kind === "sea") continue;
      const c = state.regions[n]?.controller;
      if (!c || c === aggressor) continue;
      bordering.add(c);
      front.add(n);
      if (open) flanking.add(c);
    }
  }
  const coast = ctx.landRegionIds.some(
    (id) =>
      state.regions[id]?.controller === aggressor &&
      (ctx.adjacency.get(id) ?? []).some((n) => ctx.regions.get(n)?.kind === "sea"),
  );
  const theirNavy = state.powers[aggressor]?.navy ?? 0;
  const minNavy = ctx.scenario.rules.war.blockadeNavy;
  // A helper that commands the sea fights the aggressor even where its armies cannot reach.
  const command = (p: PowerId) => {
    const navy = state.powers[p]?.navy ?? 0;
    return coast && navy >= minNavy && navy > 2 * theirNavy;
  };
  return {
    borders: (p) => bordering.has(p) || command(p),
    flank: (p) => flanking.has(p),
    front,
  };
}

/** The highest fortification of the victim's regions on the aggressor's border. */
function frontFortification(state: GameState, geo: Geography, victim: PowerId) {
  let best = 0;
  for (const id of geo.front) {
    const r = state.regions[id];
    if (r?.owner === victim && r.controller === victim && r.fortification > best)
      best = r.fortification;
  }
  return best;
}

/**
 * Powers bound to `power` by mutual assistance that could be turned against the aggressor,
 * each with how firmly: an automatic promise without conditions counts most, one that waits
 * for the League or is only consultative much less.
 */
function alliesOf(state: GameState, power: PowerId, aggressor: PowerId): Map<PowerId, number> {
  const out = new Map<PowerId, number>();
  for (const t of bindingTreaties(state)) {
    if (!t.parties.includes(power) || t.parties.includes(aggressor)) continue;
    for (const c of t.clauses) {
      if (c.kind !== "mutualAssistance" || (c.against !== "any" && c.against !== aggressor))
        continue;
      let firm = c.mode === "automatic" ? WEIGHING.automatic : WEIGHING.consultative;
      if (c.conditions.some((k) => k.kind === "leagueFinding")) firm *= WEIGHING.leagueFinding;
      for (const p of t.parties) {
        if (p === power || !state.powers[p]?.alive) continue;
        out.set(p, Math.max(out.get(p) ?? 0, firm));
      }
    }
  }
  return out;
}

/** The aggressor and the allies bound to stand by it whoever it fights. */
function ownSide(state: GameState, ctx: Ctx, aggressor: PowerId, victim: PowerId): number {
  let total = warStrength(state, ctx, aggressor);
  const seen = new Set<PowerId>([aggressor, victim]);
  for (const t of bindingTreaties(state)) {
    if (!t.parties.includes(aggressor) || t.parties.includes(victim)) continue;
    for (const c of t.clauses) {
      if (c.kind !== "mutualAssistance" || c.against !== "any") continue;
      for (const p of t.parties) {
        if (seen.has(p) || !state.powers[p]?.alive) continue;
        seen.add(p);
        total += warStrength(state, ctx, p) * WEIGHING.allyOfHelper * record(state, p);
      }
    }
  }
  return total;
}

function dedupe(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}:${r.power ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
