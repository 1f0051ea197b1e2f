import type { Ctx } from "../engine/context.ts";
import type { DecisionResolver } from "../engine/decisions.ts";
import { openDecision } from "../engine/decisions.ts";
import type { Draft } from "../engine/draft.ts";
import type { Motion, PowerId, Sanctions } from "../model/state.ts";
import { byNumber } from "./membership.ts";

/**
 * A passed sanctions or oil-embargo motion creates a Sanctions record (oil only for an oil
 * embargo: the 1935 sanctions on Italy left oil out) and asks every other member whether it
 * applies them, at the end of the next Orders phase (the Co-ordination Committee, October
 * 1935). The economy reads `applying`. Council sanctions bind; Assembly sanctions are a
 * recommendation whose refusal costs less.
 */
export function imposeSanctions(d: Draft, ctx: Ctx, m: Motion): string {
  const oil = m.kind === "oilEmbargo";
  const dry = oil ? drySanctions(d.s.sanctions, m.target) : undefined;
  if (dry) return strengthenSanctions(d, dry, m.id);
  return openSanctions(d, ctx, m.target, oil, m.id);
}

/** The sanctions in force on a target that leave oil out (what an oil embargo strengthens). */
function drySanctions(
  sanctions: Readonly<Record<string, Sanctions>>,
  target: PowerId,
): string | undefined {
  return Object.keys(sanctions)
    .sort(byNumber)
    .find((id) => {
      const s = sanctions[id];
      return s?.active && s.target === target && !s.oil;
    });
}

/**
 * An oil embargo voted while sanctions without oil are in force strengthens them (the
 * Co-ordination Committee's proposal 4A of 6 November 1935, never put into effect): the same
 * record now covers oil, and the members who apply the sanctions apply the embargo. The
 * record keeps the motion that imposed it (its body, its victim), so it binds and lapses as
 * before.
 */
function strengthenSanctions(d: Draft, id: string, motion: string): string {
  const w = d.entry("sanctions", id);
  w.oil = true;
  d.news("news.sanctionsStrengthened", { sanctions: id, target: w.target, motion });
  return id;
}

/**
 * Sanctions on a target, from a motion or from an event (the scenario's own sanctions of
 * November 1935 when historical events are off): the record, and a decision per member.
 */
export function openSanctions(
  d: Draft,
  ctx: Ctx,
  target: PowerId,
  oil: boolean,
  motion: string,
  lapseAfter?: number,
): string {
  const id = d.newId("s");
  d.record("sanctions")[id] = {
    id,
    motion,
    target,
    oil,
    since: d.s.turn,
    applying: [],
    refusing: [],
    active: true,
    until: lapseAfter === undefined ? undefined : d.s.turn + lapseAfter,
  };
  for (const power of ctx.powerIds) {
    const p = d.s.powers[power];
    if (power === target || !p?.alive || !p.league.member) continue;
    openDecision(d, {
      kind: "sanctions",
      power,
      ref: id,
      options: ["apply", "refuse"],
      default: "apply",
      due: "orders",
    });
  }
  d.news("news.sanctionsImposed", { sanctions: id, target, oil: oil ? 1 : 0 });
  return id;
}

/** The League lifts its sanctions on a target (all of them, or only the oil embargo). */
export function liftSanctions(d: Draft, target: PowerId, oilOnly: boolean): void {
  for (const id of Object.keys(d.s.sanctions).sort(byNumber)) {
    const s = d.s.sanctions[id];
    if (!s?.active || s.target !== target || (oilOnly && !s.oil)) continue;
    d.entry("sanctions", id).active = false;
    d.news("news.sanctionsLifted", { sanctions: id, target });
  }
}

/** Each member's answer, in the scenario's order of powers; refusing is public and costs credibility. */
export const resolveSanctionDecisions: DecisionResolver = (d, ctx, decisions) => {
  const order = new Map(ctx.powerIds.map((p, i) => [p, i]));
  const sorted = [...decisions].sort(
    (a, b) => (order.get(a.power) ?? 0) - (order.get(b.power) ?? 0) || (a.ref < b.ref ? -1 : 1),
  );
  const credibility = ctx.scenario.rules.credibility;
  for (const x of sorted) {
    const s = d.s.sanctions[x.ref];
    const p = d.s.powers[x.power];
    if (!s?.active || !p?.alive || !p.league.member) continue;
    const w = d.entry("sanctions", x.ref);
    if (x.choice === "apply") {
      if (!w.applying.includes(x.power)) w.applying.push(x.power);
      d.news("news.sanctionsApplied", { power: x.power, target: s.target, sanctions: s.id });
      continue;
    }
    if (!w.refusing.includes(x.power)) w.refusing.push(x.power);
    // Only a Council decision binds; an Assembly or event sanction is a recommendation.
    const binding = d.s.motions[s.motion]?.body === "council";
    const cost = binding ? credibility.sanctionsRefused : credibility.recommendationRefused;
    const pw = d.power(x.power);
    pw.credibility = Math.max(0, pw.credibility - cost);
    d.news("news.sanctionsRefused", { power: x.power, target: s.target, sanctions: s.id });
  }
};

/**
 * Sanctions lapse once their object is gone: the target no longer exists, or the victim
 * they defended has been conquered (the League lifted its sanctions on Italy on 15 July
 * 1936, after the fall of Addis Ababa).
 */
export function lapseSanctions(d: Draft): void {
  for (const id of Object.keys(d.s.sanctions).sort(byNumber)) {
    const s = d.s.sanctions[id];
    if (!s?.active) continue;
    const victim = d.s.motions[s.motion]?.victim;
    const targetGone = !d.s.powers[s.target]?.alive;
    const victimGone = victim !== undefined && !d.s.powers[victim]?.alive;
    // An event's sanctions may be set to lapse by themselves on a turn.
    const lapsed = s.until !== undefined && d.s.turn >= s.until;
    if (!targetGone && !victimGone && !lapsed) continue;
    d.entry("sanctions", id).active = false;
    d.news("news.sanctionsLifted", { sanctions: id, target: s.target });
  }
}
