import type { Action } from "../actions/schema.ts";
import { clonePlain } from "../core/clone.ts";
import { apply } from "../engine/apply.ts";
import type { GameState } from "../model/state.ts";
import { scoreOf } from "../scores/scores.ts";
import { warStrength } from "../war/strength.ts";
import { knownTo } from "./known.ts";
import type { Bot } from "./types.ts";

const ADVANCE: Action = { type: "advance" };

/**
 * A copy the bot may play on: every other power's pending orders are dropped (they are
 * secret), and the news is shared, not copied (items are never changed once written).
 */
function scratch(state: GameState, bot: Bot): GameState {
  const { news, ...rest } = state;
  const s = clonePlain(rest) as GameState;
  s.news = news.slice();
  for (const id in s.powers) {
    const p = s.powers[id];
    if (p && id !== bot.seat && p.orders.length > 0) p.orders = [];
  }
  return s;
}

/** How good a state is for the bot: its objectives, survival, war, strength, credibility. */
function valueFor(bot: Bot, s: GameState): number {
  const me = s.powers[bot.seat];
  if (!me?.alive) return -100;
  let v = scoreOf(s, bot.ctx, bot.seat).normalised;
  if (s.ended?.reason === "generalWar") v -= 40 * (1 - bot.p.risk);
  if (bot.p.aims.includes("peace")) v -= s.tension * 0.1;
  v += warStrength(s, bot.ctx, bot.seat) * 0.05 + me.credibility * 0.05;
  return v;
}

/**
 * The value of taking `action` now (or nothing), then letting the clock run to the next
 * turn with every other power on its standing orders: a bounded, one-turn lookahead on the
 * engine itself, played in place on a scratch copy.
 */
export function lookahead(bot: Bot, action: Action | undefined): number {
  let s = scratch(knownTo(bot), bot);
  if (action) {
    const r = apply(s, bot.seat, action, bot.ctx, { inPlace: true });
    if (!r.ok) return Number.NEGATIVE_INFINITY;
    s = r.value.state;
  }
  const turn = s.turn;
  for (let i = 0; i < 8 && s.phase !== "ended" && s.turn === turn; i++) {
    const r = apply(s, "system", ADVANCE, bot.ctx, { inPlace: true });
    if (!r.ok) break;
    s = r.value.state;
  }
  return valueFor(bot, s);
}

/** The best of some actions by lookahead; ties go to the preferred one (history's, say). */
export function bestByLookahead(
  bot: Bot,
  candidates: readonly Action[],
  preferredChoice?: string,
): { action: Action | undefined; value: number } {
  let best: { action: Action | undefined; value: number } = {
    action: undefined,
    value: Number.NEGATIVE_INFINITY,
  };
  const limit = bot.options.lookahead ?? 6;
  for (const action of candidates.slice(0, limit)) {
    const preferred = action.type === "decide" && action.choice === preferredChoice;
    const value = lookahead(bot, action) + (preferred ? 0.5 : 0);
    if (value > best.value) best = { action, value };
  }
  return best;
}
