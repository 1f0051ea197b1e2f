import type { Action } from "../actions/schema.ts";
import { check } from "../engine/apply.ts";
import type { Ctx } from "../engine/context.ts";
import type { Decision, GameState, PowerId, Treaty } from "../model/state.ts";
import { decideFor } from "./decide.ts";
import { leagueMotions, leagueVotes } from "./league.ts";
import { answer, propose } from "./negotiate.ts";
import { chooseOrders } from "./orders.ts";
import { personalityOf } from "./personality.ts";
import { scriptCovers, scriptedActions, scriptedChoice } from "./script.ts";
import type { Bot, BotOptions, Move, Submit } from "./types.ts";

/**
 * One bot's turn at a seat: every move it wants to make now, each checked with the engine's
 * `check` and handed to `submit` in turn (a room applies and commits; the simulator applies
 * in place). It answers open decisions, answers proposals, proposes at most one treaty a
 * turn, votes, and gives its orders; it never marks itself ready, and once it has acted in a
 * phase a second call does nothing. Pure and deterministic: the same state, seat and options
 * give the same moves. Returns the state after its last accepted move.
 */
export function playSeat(
  state: GameState,
  seat: PowerId,
  ctx: Ctx,
  options: BotOptions,
  submit: Submit,
  moves?: Move[],
): GameState {
  const power = state.powers[seat];
  if (!power?.alive || state.phase === "ended") return state;
  const bot: Bot = {
    seat,
    ctx,
    p: options.personality ?? personalityOf(ctx, seat),
    strength: options.strength ?? "historical",
    options,
    salt: state.settings.seed,
    state,
  };
  const max = options.maxActions ?? 16;
  let count = 0;
  const play = (m: Move | undefined): boolean => {
    if (!m || count >= max) return false;
    if (check(bot.state, seat, m.action, ctx)) return false;
    const next = submit(bot.state, m.action, m);
    if (!next) return false;
    bot.state = next;
    count += 1;
    moves?.push(m);
    return true;
  };
  // A minor power's historical bot takes the standing orders (the defaults), except where
  // the history script records what its government did (Belgium's letters of 6 March 1936,
  // its answer to the Rhineland): then it does that, and nothing of its own.
  const minor = ctx.powers.get(seat)?.seat === "minor";
  if (minor && bot.strength === "historical") {
    const script = options.script;
    if (!script || !scriptCovers(script, bot.state)) return state;
    if (bot.state.phase === "orders" && power.orders.length > 0) return state;
    for (const x of openDecisions(bot.state, seat)) {
      const choice = scriptedChoice(script, bot.state, seat, x.kind);
      if (choice === undefined || !x.options.includes(choice)) continue;
      const action: Action = { type: "decide", decision: x.id, choice };
      play({ action, reason: "As the government did in history." });
    }
    for (const action of scriptedActions(script, bot.state, seat))
      play({ action, reason: "As the government did in history." });
    return bot.state;
  }
  // Its own decisions, its own proposals, the motions' status and its own votes, the turn and
  // the names of treaties: what its view shows unchanged, read without building the view.
  for (const x of openDecisions(bot.state, seat)) {
    const choice = decideFor(bot, x);
    play({
      action: { type: "decide", decision: x.id, choice: choice.value },
      reason: choice.reason,
    });
  }
  const phase = bot.state.phase;
  const script = bot.strength === "historical" ? options.script : undefined;
  if (script && scriptCovers(script, bot.state)) {
    if (phase === "orders" && (bot.state.powers[seat]?.orders.length ?? 0) > 0) return bot.state;
    for (const action of scriptedActions(script, bot.state, seat)) {
      play({ action, reason: "As the government did in history." });
    }
    if (phase === "news" || phase === "diplomacy") {
      for (const t of proposalsTo(bot.state, seat)) play(answer(bot, t));
    }
    // The script holds the governments' routine; the League's business is decided as members
    // decided it, by the Covenant and their interest (bots/league.ts).
    for (const m of leagueMotions(bot)) play(m);
    for (const m of leagueVotes(bot)) play(m);
    return bot.state;
  }
  if (phase === "news" || phase === "diplomacy") {
    for (const t of proposalsTo(bot.state, seat)) play(answer(bot, t));
    if (!minor) play(propose(bot));
    for (const m of leagueMotions(bot)) play(m);
  }
  if (phase === "orders") {
    for (const m of leagueVotes(bot)) play(m);
    for (const m of chooseOrders(bot)) play(m);
  }
  return bot.state;
}

/** This seat's open decisions due now (engine/decisions.ts's rule, without copies). */
function openDecisions(state: GameState, seat: PowerId): Decision[] {
  const out: Decision[] = [];
  const phase = state.phase;
  for (const id in state.decisions) {
    const x = state.decisions[id];
    if (!x || x.power !== seat || x.choice !== undefined) continue;
    const due =
      x.due === "resolution"
        ? phase === "resolution"
        : phase !== "resolution" && phase !== "report" && phase !== "ended";
    if (due) out.push(x);
  }
  return out;
}

/** Proposals awaiting this seat's signature (a loop without copies: this runs very often). */
function proposalsTo(state: GameState, seat: PowerId): Treaty[] {
  const out: Treaty[] = [];
  for (const id in state.treaties) {
    const t = state.treaties[id];
    if (!t || t.status !== "proposed" || t.proposer === seat) continue;
    if (t.parties.includes(seat) && !t.signatures.includes(seat)) out.push(t);
  }
  return out;
}
