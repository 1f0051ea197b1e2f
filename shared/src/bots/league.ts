import type { Action } from "../actions/schema.ts";
import { leagueFound } from "../enforcement/triggers.ts";
import type { Known } from "../knowledge/known.ts";
import type { Aggression, Motion, MotionKind, PowerId, Vote } from "../model/state.ts";
import { bindingTreaties } from "../treaties/query.ts";
import { atWar } from "../war/aggression.ts";
import type { Bot, Move } from "./types.ts";

/**
 * The League as its members worked it (issue 10, "a living League"): a bot tables the motions
 * the Covenant asks of a member and votes by the Covenant's duty and its own interest, from
 * what its seat knows (its view, bots/known.ts), never from the truth.
 *
 * - Duty (Covenant art. 11, 16): a member attacked that resists is owed a finding by the
 *   Council, then sanctions while the war lasts (Ethiopia appealed; the Council found Italy
 *   the aggressor on 7 October 1935). A victim that submits has not appealed (Austria, March
 *   1938), and the League is not seized.
 * - Interest: a member does not act against a power it is bound to by mutual assistance, and
 *   one that fears the target will not push the measure the target calls war — oil (Britain
 *   and France, November–December 1935: "oil sanctions mean war", Mussolini to Laval).
 *   Sanctions whose war is over are lifted (the Assembly, 4 July 1936).
 */

const REVISIONIST = new Set(["nazi", "fascist"]);
/** Aggressions the Covenant's article 16 answers: resort to war against a member. */
const ANSWERED = new Set<Aggression["kind"]>(["war", "attack", "occupation"]);

interface Proposal {
  readonly kind: MotionKind;
  readonly body: "council" | "assembly";
  readonly target: PowerId;
  readonly victim?: PowerId | undefined;
  readonly reason: string;
}

/** The motions this seat tables now (Diplomacy phase): at most one a turn. */
export function leagueMotions(bot: Bot): Move[] {
  if (bot.state.phase !== "diplomacy" || !seized(bot.state)) return [];
  const k = seen(bot);
  const me = k.powers[bot.seat];
  if (!me?.alive || !me.league.member || revisionist(bot)) return [];
  const p = firstDuty(bot, k);
  if (!p) return [];
  const motion = { kind: p.kind, body: p.body, target: p.target, victim: p.victim };
  const action: Action = { type: "tableMotion", motion };
  return [{ action, reason: p.reason }];
}

function firstDuty(bot: Bot, k: Known): Proposal | undefined {
  for (const a of appeals(k)) {
    if (a.aggressor === bot.seat || a.victim === bot.seat) continue;
    if (boundTo(k, bot.seat, a.aggressor)) continue;
    const since = (kind: MotionKind) => tabledSince(k, kind, a.aggressor, a.turn);
    if (!leagueFound(k, a)) {
      if (since("condemn")) continue;
      return {
        kind: "condemn",
        body: "council",
        target: a.aggressor,
        victim: a.victim,
        reason: "The Covenant asks the Council to name the aggressor.",
      };
    }
    const s = sanctionsOn(k, a.aggressor);
    if (!s && !since("sanctions")) {
      return {
        kind: "sanctions",
        body: "council",
        target: a.aggressor,
        victim: a.victim,
        reason: "A member found to have resorted to war faces the others' sanctions.",
      };
    }
    if (s && !s.oil && s.since < k.turn && !bot.p.fears.includes(a.aggressor)) {
      if (since("oilEmbargo")) continue;
      return {
        kind: "oilEmbargo",
        body: "council",
        target: a.aggressor,
        victim: a.victim,
        reason: "Sanctions without oil do not stop the war.",
      };
    }
  }
  for (const id of Object.keys(k.sanctions).sort()) {
    const s = k.sanctions[id];
    if (!s?.active || s.target === bot.seat) continue;
    if (warGoesOn(k, s.target) || tabledSince(k, "liftSanctions", s.target, s.since)) continue;
    return {
      kind: "liftSanctions",
      body: "assembly",
      target: s.target,
      reason: "The war the sanctions answered is over; they only cost us trade.",
    };
  }
  return undefined;
}

/**
 * Whether the League has any business: an aggression resisted or sanctions in force. Both are
 * public (every seat's view shows them), so the bot may look before building its view.
 */
function seized(state: Known): boolean {
  for (const id in state.sanctions) if (state.sanctions[id]?.active) return true;
  for (const id in state.aggressions) if (state.aggressions[id]?.resisted === true) return true;
  return false;
}

/** The aggressions the League is seized of: war on a member that resists, still going on. */
function appeals(k: Known): Aggression[] {
  // Asked by every seat in a phase: kept while the aggressions, wars and membership stand (the
  // simulator applies actions in place, so the key carries what the answer depends on).
  const key = `${k.turn}:${k.phase}:${Object.keys(k.aggressions).length}:${Object.keys(k.wars).length}`;
  const cached = appealCache.get(k);
  if (cached?.key === key) return cached.list;
  const out: Aggression[] = [];
  for (const id of Object.keys(k.aggressions).sort()) {
    const a = k.aggressions[id];
    if (!a || !ANSWERED.has(a.kind) || a.resisted !== true) continue;
    const victim = k.powers[a.victim];
    if (!victim?.alive || !victim.league.member || !k.powers[a.aggressor]?.alive) continue;
    if (!atWar(k, a.aggressor, a.victim)) continue;
    out.push(a);
  }
  appealCache.set(k, { key, list: out });
  return out;
}

const appealCache = new WeakMap<Known, { key: string; list: Aggression[] }>();

/** A member's vote on each motion before the League (Orders phase). */
export function leagueVotes(bot: Bot): Move[] {
  const out: Move[] = [];
  if (bot.state.phase !== "orders") return out;
  // A motion tabled that this seat has not voted on: public, and its own vote is its own.
  let any = false;
  for (const id in bot.state.motions) {
    const m = bot.state.motions[id];
    if (m?.status === "tabled" && m.votes[bot.seat] === undefined) any = true;
  }
  if (!any) return out;
  const k = seen(bot);
  for (const id of Object.keys(k.motions).sort()) {
    const m = k.motions[id];
    if (!m || m.status !== "tabled" || m.votes[bot.seat] !== undefined) continue;
    const [vote, reason] = voteOn(bot, k, m);
    out.push({ action: { type: "vote", motion: m.id, vote }, reason });
  }
  return out;
}

type Ballot = readonly [Vote, string];

/** How a member votes on a motion, by duty and interest. */
function voteOn(bot: Bot, k: Known, m: Motion): Ballot {
  const me = bot.seat;
  if (m.target === me) {
    return m.kind === "liftSanctions" || m.kind === "admit"
      ? ["yes", "It is in our interest."]
      : ["no", "We will not condemn ourselves."];
  }
  const ally = boundTo(k, me, m.target);
  const against = m.kind === "condemn" || m.kind === "sanctions" || m.kind === "oilEmbargo";
  if (against && ally) return ["no", "We stand by our ally."];
  if (m.victim === me && m.kind !== "conference") return ["yes", "We are the victim."];
  if (against && revisionist(bot)) return ["abstain", "It is not our quarrel."];
  const aggressed = appeals(k).some((a) => a.aggressor === m.target);
  switch (m.kind) {
    case "condemn":
    case "sanctions":
      return aggressed
        ? ["yes", "The Covenant obliges us to stand by a member attacked."]
        : ["abstain", "We see no resort to war by this state."];
    case "oilEmbargo":
      if (bot.p.fears.includes(m.target)) {
        return ["no", "An oil embargo could mean war; we will not risk it."];
      }
      return aggressed
        ? ["yes", "Sanctions without oil do not stop the war."]
        : ["abstain", "We see no resort to war by this state."];
    case "liftSanctions":
      return warGoesOn(k, m.target)
        ? ["no", "The war goes on: the sanctions must stay."]
        : ["yes", "The war the sanctions answered is over."];
    case "expel":
      return aggressed && !bot.p.fears.includes(m.target)
        ? ["yes", "A member that makes war on another has broken the Covenant."]
        : ["abstain", "We will not break with this state."];
    case "admit":
      return bot.p.fears.includes(m.target)
        ? ["abstain", "We do not trust this state."]
        : ["yes", "The League is stronger with every member."];
    case "conference":
      return ["yes", "A conference may settle the dispute."];
  }
}

/**
 * What the League bot reads, as the seat sees it without building its view: every fact it
 * uses is public — aggressions, wars, membership, motions (their kind, target and status, never
 * others' votes), sanctions — or the seat's own: its vote, its character, the treaties it is a
 * party to (boundTo reads no other). The view shows these unchanged (bots/view.property.test.ts).
 */
function seen(bot: Bot): Known {
  return bot.state;
}

function revisionist(bot: Bot): boolean {
  return REVISIONIST.has(bot.ctx.powers.get(bot.seat)?.ideology ?? "");
}

/** Whether a treaty in force to which this seat is a party binds it to the other by assistance. */
function boundTo(k: Known, me: PowerId, other: PowerId): boolean {
  return bindingTreaties(k).some(
    (t) =>
      t.parties.includes(me) &&
      t.parties.includes(other) &&
      t.clauses.some((c) => c.kind === "mutualAssistance"),
  );
}

function sanctionsOn(k: Known, target: PowerId) {
  return Object.values(k.sanctions).find((s) => s.active && s.target === target);
}

/** The target still fights a League member it attacked. */
function warGoesOn(k: Known, target: PowerId): boolean {
  return appeals(k).some((a) => a.aggressor === target);
}

/** A motion of this kind on this target tabled since a turn (passed, failed or pending). */
function tabledSince(k: Known, kind: MotionKind, target: PowerId, turn: number): boolean {
  return Object.values(k.motions).some(
    (m) => m.kind === kind && m.target === target && m.turn >= turn,
  );
}
