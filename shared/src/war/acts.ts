import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import { openDecision } from "../engine/decisions.ts";
import { openObligations } from "../enforcement/obligations.ts";
import type { AggressionKind, PowerId, RegionId, Theatre } from "../model/state.ts";
import { activeWars, sideOf, startWar, warBetween } from "./aggression.ts";

export interface AggressionInput {
  readonly kind: AggressionKind;
  readonly aggressor: PowerId;
  readonly victim: PowerId;
  readonly regions: readonly RegionId[];
  readonly theatre: Theatre;
  /**
   * The victim gave in beforehand (an accepted ultimatum): no war and no choice to make,
   * but still an aggression whose obligations open.
   */
  readonly submitted?: boolean;
}

/**
 * An act of aggression (game.md "Enforcement": a declaration of war, an attack, an
 * occupation by force, a demand enforced by threat). It starts or extends a war, asks the
 * victim to resist or submit, raises tension, is public, and opens every obligation it
 * triggers. Returns the aggression id.
 */
export function recordAggression(d: Draft, ctx: Ctx, input: AggressionInput): string {
  const id = d.newId("a");
  const warId = input.submitted ? undefined : warFor(d, ctx, input);
  d.record("aggressions")[id] = {
    id,
    turn: d.s.turn,
    kind: input.kind,
    aggressor: input.aggressor,
    victim: input.victim,
    regions: [...input.regions],
    theatre: input.theatre,
    resisted: input.submitted ? false : undefined,
    warId,
  };
  if (!input.submitted) {
    openDecision(d, {
      kind: "victim",
      power: input.victim,
      ref: id,
      options: ["resist", "submit"],
      default: "resist",
      due: "resolution",
    });
  }
  const rules = ctx.scenario.rules.tension;
  d.tension(input.submitted ? rules.annex : rules.war);
  d.news("news.aggression", {
    kind: input.kind,
    aggressor: input.aggressor,
    victim: input.victim,
    regions: input.regions.join(","),
  });
  openObligations(d, ctx, id);
  return id;
}

/**
 * The war this aggression is fought in: the war already between the two; else the
 * aggressor's war in the same theatre, which the victim enters on the other side (an
 * attack that widens a war); else a new war.
 */
function warFor(d: Draft, ctx: Ctx, input: AggressionInput): string {
  const existing = warBetween(d.s, input.aggressor, input.victim);
  if (existing) return existing.id;
  for (const w of activeWars(d.s)) {
    if (w.theatre !== input.theatre || w.conflict !== undefined) continue;
    const side = sideOf(w, input.aggressor);
    if (side === undefined || sideOf(w, input.victim) !== undefined) continue;
    d.entry("wars", w.id).sides[side === 0 ? 1 : 0].push(input.victim);
    return w.id;
  }
  return startWar(d, ctx, input.aggressor, input.victim, input.theatre);
}
