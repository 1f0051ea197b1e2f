import type { Decision } from "../model/state.ts";
import { affinity, fears } from "./personality.ts";
import { balance } from "./strength.ts";
import { bestByLookahead } from "./lookahead.ts";
import { scriptedChoice } from "./script.ts";
import { hash } from "./policy.ts";
import { forceRole, historicalSituation, weighFor, type ForceRole } from "../deterrence/crisis.ts";
import { WEIGHING, weigh } from "../deterrence/weigh.ts";
import { atWar } from "../war/aggression.ts";
import { knownTo } from "./known.ts";
import type { Bot, Reasoned } from "./types.ts";

/**
 * A bot's answer to one open decision. Crises: the historical choice (historical bots) or
 * the best by lookahead (adaptive bots). Obligations, a victim's resistance, demands,
 * imposed transfers and sanctions: by character, credibility and the balance of strength.
 */
export function decideFor(bot: Bot, x: Decision): Reasoned<string> {
  const script = bot.strength === "historical" ? bot.options.script : undefined;
  const scripted =
    script && x.kind !== "crisis" && scriptedChoice(script, bot.state, bot.seat, x.kind);
  if (scripted && x.options.includes(scripted)) {
    return { value: scripted, reason: "As the government did in history." };
  }
  switch (x.kind) {
    case "crisis":
      return crisis(bot, x);
    case "obligation":
      return obligation(bot, x);
    case "victim":
      return victim(bot, x);
    case "demand":
      return demand(bot, x);
    case "transfer":
      return transfer(bot, x);
    case "sanctions":
      return sanctions(bot, x);
    case "award":
    case "excuse":
      // Arbiters keep to the standing order; a partner excuses an ally it shares aims with.
      return { value: x.default, reason: "We keep to the standing order." };
  }
}

function historicalChoice(bot: Bot, x: Decision): string {
  const role = bot.ctx.events.get(x.ref)?.roles.find((r) => r.power === bot.seat);
  return role?.choices.find((c) => c.historical)?.id ?? x.default;
}

const DEFAULT_VARIETY = 0.07;

/** A number in [0, 1) fixed by the match's seed, the seat and what is being decided. */
function roll(bot: Bot, key: string): number {
  return hash(`${bot.salt}:${bot.seat}:${key}`) / 4294967296;
}

function crisis(bot: Bot, x: Decision): Reasoned<string> {
  const hist = historicalChoice(bot, x);
  const ev = bot.ctx.events.get(x.ref);
  const note = ev?.note.date ?? "";
  const fr = ev ? forceRole(ev, bot.seat) : undefined;
  if (fr) {
    const weighed = weighedCrisis(bot, x, fr, hist, note);
    if (weighed) return weighed;
  }
  const role = ev?.roles.find((r) => r.power === bot.seat);
  if (
    !fr &&
    role?.situation &&
    bot.strength === "historical" &&
    !historicalSituation(knownTo(bot), bot.ctx, role)
  ) {
    // The real government's reason is gone: it chooses otherwise (the scenario's situation).
    const other = role.choices.find((c) => !c.historical && x.options.includes(c.id));
    if (other) {
      return {
        value: other.id,
        reason: `The situation is not the one the government faced in history (${note}).`,
      };
    }
  }
  if (bot.strength === "historical" || x.options.length < 2) {
    const variety = bot.options.variety ?? DEFAULT_VARIETY;
    const others = x.options.filter((o) => o !== hist);
    const r = roll(bot, `crisis:${x.ref}`);
    if (bot.strength === "historical" && others.length > 0 && r < variety) {
      const value = others[Math.floor((r / variety) * others.length)] ?? hist;
      return {
        value,
        reason: `This government weighs the crisis differently from history (${note}).`,
      };
    }
    return { value: hist, reason: `As the government chose in history (${note}).` };
  }
  const best = bestByLookahead(
    bot,
    x.options.map((choice) => ({ type: "decide", decision: x.id, choice }) as const),
    hist,
  );
  const value = best.action?.type === "decide" ? best.action.choice : hist;
  return {
    value,
    reason:
      value === hist
        ? `The historical course (${note}) serves our aims best.`
        : `We expect "${value}" to serve our aims better than history's "${hist}".`,
  };
}

/**
 * A crisis that is a question of force (issue 10). A historical bot takes the recorded choice
 * while the situation the real government chose in holds; when it does not, or for an
 * adaptive bot, it decides by the deterrence weighing on what its seat knows. Undefined: decide
 * as before (the historical choice, with variety; the lookahead).
 */
function weighedCrisis(
  bot: Bot,
  x: Decision,
  fr: ForceRole,
  hist: string,
  note: string,
): Reasoned<string> | undefined {
  const known = knownTo(bot);
  if (bot.strength === "historical" && historicalSituation(known, bot.ctx, fr.role)) {
    return undefined;
  }
  const w = weighFor(known, bot.ctx, fr);
  const pick = (list: readonly { id: string }[]) =>
    list.find((c) => c.id === hist && x.options.includes(c.id))?.id ??
    list.find((c) => x.options.includes(c.id))?.id;
  const force = pick(fr.force);
  const restraint = pick(fr.restraint);
  if (!force || !restraint) return undefined;
  const ratio = w.ratio.toFixed(2);
  if (fr.defender) {
    // Standing firm pays when the coalition would win, or when honour binds us to the victim.
    const firm = w.ratio >= 1 || bot.p.honour + (w.ratio - 1) >= 0.6;
    return firm
      ? {
          value: force,
          reason: `With ${fr.victim}'s friends ${fr.aggressor} is outmatched (${ratio}): we stand firm (${note}).`,
        }
      : {
          value: restraint,
          reason: `Without a coalition that can win (${ratio}) we will not fight for ${fr.victim} (${note}).`,
        };
  }
  if (w.verdict === "proceed") {
    if (bot.strength === "adaptive") return undefined;
    return {
      value: force,
      reason: `The coalition against us is weak (${ratio}): we act (${note}).`,
    };
  }
  // Past its tolerance a government may still gamble: the further past, the less likely
  // (the square of tolerance over ratio, a seeded chance), so that a crisis is graded by the
  // situation rather than decided at a threshold.
  const gamble = (w.tolerance / Math.max(w.ratio, 1e-6)) ** WEIGHING.gambleDecay;
  if (bot.strength === "historical" && roll(bot, `gamble:${x.ref}`) < gamble) {
    return {
      value: force,
      reason: `The coalition against us may not hold (${ratio} against our tolerance of ${w.tolerance.toFixed(2)}): we take the risk (${note}).`,
    };
  }
  return {
    value: restraint,
    reason: `We expect a coalition we would lose to (${ratio} against our tolerance of ${w.tolerance.toFixed(2)}): we ${w.verdict === "backDown" ? "back down" : "wait"} (${note}).`,
  };
}

function obligation(bot: Bot, x: Decision): Reasoned<string> {
  const known = knownTo(bot);
  const o = known.obligations[x.ref];
  const aggressor = o ? known.aggressions[o.aggression]?.aggressor : undefined;
  const me = known.powers[bot.seat];
  const spread = bot.strength === "historical" ? (bot.options.variety ?? DEFAULT_VARIETY) : 0;
  let will = bot.p.honour + ((me?.credibility ?? 50) - 50) / 200;
  will += (roll(bot, `obligation:${x.ref}`) - 0.5) * 2 * spread;
  const why: string[] = [];
  if (o && !o.reachable) {
    will -= 0.15;
    why.push("our forces cannot reach the victim");
  }
  if (aggressor) {
    if (fears(bot.p, aggressor)) will += 0.15;
    if (affinity(bot.ctx, bot.p, aggressor) > 0.5) {
      will -= 0.3;
      why.push(`we will not fight ${aggressor}`);
    }
    const b = balance(known, bot.ctx, bot.seat, aggressor);
    if (b < 0.5) {
      will -= 0.2 * (1 - bot.p.risk);
      why.push(`${aggressor} is too strong for us`);
    }
  }
  if (aggressor && o && bot.strength === "adaptive" && x.options.includes("honour")) {
    // Honouring here would widen a war to a great power: an adaptive bot does so only as a
    // defender stands firm in a crisis (weighedCrisis), when the victim's coalition outmatches
    // the aggressor by the deterrence weighing on what this seat knows (issue 10).
    const widens =
      bot.ctx.powers.get(aggressor)?.great === true && !atWar(known, bot.seat, aggressor);
    const w = widens ? weigh(known, bot.ctx, aggressor, o.beneficiary) : undefined;
    if (w && !(w.ratio >= 1 || bot.p.honour + (w.ratio - 1) >= 0.6)) {
      const value = x.options.includes("consult") ? "consult" : "break";
      const ratio = w.ratio.toFixed(2);
      return {
        value,
        reason: `We stand aside: without a coalition that can win (${ratio}) we will not fight ${aggressor}.`,
      };
    }
  }
  if (will >= 0.45 && x.options.includes("honour")) {
    return { value: "honour", reason: "We keep our word: our credibility is at stake." };
  }
  const value = x.options.includes("consult") ? "consult" : "break";
  return { value, reason: `We stand aside: ${why[0] ?? "the cost is too high"}.` };
}

function victim(bot: Bot, x: Decision): Reasoned<string> {
  const known = knownTo(bot);
  const a = known.aggressions[x.ref];
  const b = a ? balance(known, bot.ctx, bot.seat, a.aggressor) : 1;
  if (a?.kind === "breach") {
    // A flagrant breach: invoke the guarantees only mobilised and with the strength to back
    // them. Invoking calls the guarantors to war; France would not without the general
    // mobilisation its cabinet refused on 8–9 March 1936, and went to the Council instead
    // (S. Schuker, French Historical Studies 14, 1986).
    const ready = (known.powers[bot.seat]?.mobilisation ?? 0) >= WEIGHING.mobilised;
    return ready && (b >= 0.5 || bot.p.risk >= 0.5)
      ? { value: "invoke", reason: "We call on our guarantors." }
      : { value: "acquiesce", reason: "We take the breach to the League instead." };
  }
  if (b >= 0.35 || bot.p.risk >= 0.5 || bot.p.honour >= 0.7) {
    return { value: "resist", reason: "We defend our independence." };
  }
  return { value: "submit", reason: "Resistance is hopeless and no help will come." };
}

function demand(bot: Bot, x: Decision): Reasoned<string> {
  const known = knownTo(bot);
  const dm = known.demands[x.ref];
  const b = dm ? balance(known, bot.ctx, bot.seat, dm.from) : 1;
  if (b < 0.4 && bot.p.risk < 0.5) {
    return { value: "accept", reason: `We cannot stand alone against ${dm?.from ?? "them"}.` };
  }
  return { value: "refuse", reason: "We cede no territory under pressure." };
}

function transfer(bot: Bot, x: Decision): Reasoned<string> {
  if (bot.p.risk >= 0.6)
    return { value: "resist", reason: "We reject a settlement made without us." };
  if (!x.options.includes("comply")) return { value: x.default, reason: "No other course." };
  return { value: "comply", reason: "Abandoned by our friends, we must comply." };
}

function sanctions(bot: Bot, x: Decision): Reasoned<string> {
  // Sanctions are public: every seat's view shows them as they are.
  const target = bot.state.sanctions[x.ref]?.target;
  const liking = target ? affinity(bot.ctx, bot.p, target) : 0;
  const leagueMinded = bot.p.aims.includes("collective") || bot.p.aims.includes("peace");
  if (liking > 0.5 || (!leagueMinded && bot.p.aims.includes("neutrality"))) {
    return { value: "refuse", reason: "Sanctions would hurt us more than the aggressor." };
  }
  return { value: "apply", reason: "We stand by the Covenant." };
}
