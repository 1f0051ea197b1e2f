import { TURN_COUNT } from "../core/calendar.ts";
import { refuse } from "../core/result.ts";
import type { Handler } from "./handler.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { resolveOrders, resolveOutcomes } from "./resolution.ts";
import { fireDueEvents } from "../events/fire.ts";
import { startOfTurnEconomy } from "../war/economy.ts";
import { generalWar } from "../war/general.ts";

export const ready: Handler<"ready"> = {
  check(state, by) {
    if (by === "system") return refuse("ERR_NOT_ALLOWED", "Only a power marks itself ready.");
    if (state.powers[by]?.ready === undefined) return refuse("ERR_UNKNOWN_POWER", "Unknown power.");
    return undefined;
  },
  run(d, by, action) {
    if (by !== "system") d.power(by).ready = action.ready;
  },
};

/** The clock: end the current phase and run what comes at its end. */
export const advance: Handler<"advance"> = {
  check: () => undefined,
  run(d, _by, _action, ctx) {
    advancePhase(d, ctx);
  },
};

function advancePhase(d: Draft, ctx: Ctx): void {
  switch (d.s.phase) {
    case "news":
      d.s.phase = "diplomacy";
      break;
    case "diplomacy":
      d.s.phase = "orders";
      break;
    case "orders":
      resolveOrders(d, ctx);
      d.s.phase = "resolution";
      break;
    case "resolution":
      resolveOutcomes(d, ctx);
      d.s.phase = "report";
      endIfOver(d, ctx);
      break;
    case "report":
      startTurn(d, ctx, d.s.turn + 1);
      break;
    case "ended":
      return;
  }
  clearReady(d);
}

function clearReady(d: Draft): void {
  for (const id in d.s.powers) if (d.s.powers[id]?.ready) d.power(id).ready = false;
}

function endIfOver(d: Draft, ctx: Ctx): void {
  if (generalWar(d.s, ctx)) {
    d.s.ended = { turn: d.s.turn, reason: "generalWar" };
    d.news("news.generalWar");
  } else if (d.s.turn >= TURN_COUNT - 1) {
    d.s.ended = { turn: d.s.turn, reason: "calendar" };
    d.news("news.calendarEnd");
  }
  if (d.s.ended) d.s.phase = "ended";
}

/** A new half-year: fresh action points, production, then the News phase's events. */
export function startTurn(d: Draft, ctx: Ctx, turn: number): void {
  d.s.turn = turn;
  d.s.phase = "news";
  const rules = ctx.scenario.rules;
  for (const id of ctx.powerIds) {
    const p = d.s.powers[id];
    if (!p?.alive) continue;
    const w = d.power(id);
    w.ap = ctx.powers.get(id)?.ap ?? rules.apPerTurn;
  }
  pruneClosedProposals(d);
  startOfTurnEconomy(d, ctx);
  fireDueEvents(d, ctx);
}

const CLOSED = new Set(["rejected", "withdrawn", "superseded"]);

/**
 * Proposals that were rejected, withdrawn or countered leave the state at the next turn: the
 * news keeps their record, and the treaty table stays small for every later action.
 */
function pruneClosedProposals(d: Draft): void {
  const closed = Object.values(d.s.treaties).filter(
    (t) => CLOSED.has(t.status) && t.proposedTurn < d.s.turn,
  );
  if (closed.length === 0) return;
  const treaties = d.record("treaties");
  for (const t of closed) delete treaties[t.id];
}
