import type { Action } from "../actions/schema.ts";
import { check } from "../engine/apply.ts";
import type { PowerId, Treaty } from "../model/state.ts";
import type { Clause, TreatyDraft } from "../treaties/clauses.ts";
import { checkDraft } from "../treaties/validate.ts";
import { treatyValue } from "./clauses.ts";
import { affinity, fears, personalityOf } from "./personality.ts";
import { hash } from "./policy.ts";
import { knownTo } from "./known.ts";
import { because } from "./reasons.ts";
import type { Bot, Move, Reasoned, Saying } from "./types.ts";

/**
 * Sign, reject or counter a proposal the bot is party to, with a one-line reason. A counter
 * keeps the clauses the bot likes and is checked with checkDraft before it is offered.
 */
export function answer(bot: Bot, t: Treaty): Move {
  const distrust = t.proposer !== "system" && affinity(bot.ctx, bot.p, t.proposer) <= -0.8;
  const v = treatyValue(bot, t);
  const trust = distrust ? -0.5 * (1 - bot.p.trust) : 0;
  if (v.worst.value > -1 && v.total + trust >= 0.2) {
    return {
      action: { type: "sign", treaty: t.id },
      reason: `We sign: ${v.best.reason}.`,
      say: saying("sign", t, v.best),
    };
  }
  const kept = t.clauses.filter((_, i) => (v.values[i] ?? 0) > 0);
  if (kept.length > 0 && kept.length < t.clauses.length && t.counters === undefined) {
    const draft: TreatyDraft = { name: t.name, parties: t.parties, clauses: kept };
    if (t.duration !== undefined) draft.duration = t.duration;
    const counter: Action = { type: "counter", treaty: t.id, draft };
    if (!checkDraft(bot.state, bot.seat, draft, bot.ctx).error) {
      if (!check(bot.state, bot.seat, counter, bot.ctx)) {
        return {
          action: counter,
          reason: `We counter: ${v.worst.reason}.`,
          say: saying("counter", t, v.worst),
        };
      }
    }
  }
  const why = distrust ? because("distrustProposer", { power: t.proposer }) : v.worst;
  return {
    action: { type: "reject", treaty: t.id },
    reason: `We reject: ${why.reason}.`,
    say: saying("reject", t, why),
  };
}

/** What the bot says in the treaty's channel: its answer, the treaty, and the reason's code. */
function saying(
  answer: "sign" | "counter" | "reject",
  t: Treaty,
  why: Partial<Reasoned<unknown>>,
): Saying {
  return {
    key: `bots:answer.${answer}`,
    params: { treaty: t.id, name: t.name, reason: why.code ?? "", ...(why.params ?? {}) },
  };
}

function engagedWith(bot: Bot): Set<PowerId> {
  const out = new Set<PowerId>();
  for (const t of Object.values(knownTo(bot).treaties)) {
    if (!t.parties.includes(bot.seat)) continue;
    if (t.status === "proposed" || t.status === "signed" || t.status === "inForce") {
      for (const q of t.parties) out.add(q);
    }
  }
  return out;
}

function draftFor(bot: Bot, partner: PowerId): { draft: TreatyDraft; reason: string } | undefined {
  const feared = bot.p.fears.find((f) => f !== partner && knownTo(bot).powers[f]?.alive);
  const other = personalityOf(bot.ctx, partner);
  const liking = affinity(bot.ctx, bot.p, partner);
  if (fears(bot.p, partner) && !bot.p.aims.includes("collective")) {
    return {
      draft: pact("Non-aggression pact", [bot.seat, partner], [nonAggression()]),
      reason: `A pact keeps ${partner} off us.`,
    };
  }
  if (feared && other.fears.includes(feared) && liking >= 0 && bot.p.aims.includes("security")) {
    const mode = bot.p.risk >= 0.5 ? "automatic" : "consultative";
    const clauses: Clause[] = [
      { kind: "mutualAssistance", mode, against: feared, conditions: [], secret: false },
    ];
    return {
      draft: pact("Treaty of mutual assistance", [bot.seat, partner], clauses),
      reason: `Together against ${feared}.`,
    };
  }
  if (liking >= 0.3 || (bot.p.aims.includes("revise") && !fears(other, bot.seat))) {
    return {
      draft: pact("Non-aggression pact", [bot.seat, partner], [nonAggression()]),
      reason: `Good relations with ${partner} serve us.`,
    };
  }
  return undefined;
}

function nonAggression(): Clause {
  return { kind: "nonAggression", neutrality: false, secret: false };
}

function pact(name: string, parties: PowerId[], clauses: Clause[]): TreatyDraft {
  return { name, parties, clauses, duration: 10 };
}

/**
 * At most one proposal a turn (and not every turn): a treaty that serves the bot's aims,
 * to a partner it is not already engaged with, checked before it is offered.
 */
export function propose(bot: Bot): Move | undefined {
  // The phase and the turn are the same in every view: a turn without a proposal costs no view.
  const { phase, turn } = bot.state;
  if (phase !== "diplomacy") return undefined;
  if (hash(`${bot.salt}:${turn}:${bot.seat}:propose`) % 3 !== 0) return undefined;
  const s = knownTo(bot);
  for (const t of Object.values(s.treaties)) {
    if (t.proposer === bot.seat && t.proposedTurn === s.turn) return undefined;
  }
  const engaged = engagedWith(bot);
  const partners = bot.ctx.powerIds.filter(
    (q) =>
      q !== bot.seat &&
      !engaged.has(q) &&
      s.powers[q]?.alive &&
      bot.ctx.powers.get(q)?.seat !== "minor",
  );
  const start = hash(`${bot.salt}:${s.turn}:${bot.seat}:partner`);
  for (let k = 0; k < partners.length; k++) {
    const partner = partners[(start + k) % partners.length];
    if (!partner) continue;
    const offer = draftFor(bot, partner);
    if (!offer) continue;
    if (checkDraft(s, bot.seat, offer.draft, bot.ctx).error) continue;
    const action: Action = { type: "propose", draft: offer.draft };
    if (check(s, bot.seat, action, bot.ctx)) continue;
    return { action, reason: offer.reason };
  }
  return undefined;
}
