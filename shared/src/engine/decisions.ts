import { refuse } from "../core/result.ts";
import type { Decision, DecisionKind, PowerId } from "../model/state.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import type { Handler } from "./handler.ts";
import type { Known } from "../knowledge/known.ts";

/** Open a decision for a power; its default applies if the power does not answer in time. */
export function openDecision(d: Draft, fields: Omit<Decision, "id" | "turn" | "choice">): string {
  const id = d.newId("d");
  d.record("decisions")[id] = { ...fields, id, turn: d.s.turn };
  return id;
}

export function openDecisionsFor(state: Known, power: PowerId): Decision[] {
  return Object.values(state.decisions).filter(
    (x) => x.power === power && x.choice === undefined && dueNow(state, x),
  );
}

/** Decisions answered in the Orders phase are due at its end; others in the Resolution phase. */
function dueNow(state: Known, x: Decision): boolean {
  if (x.due === "resolution") return state.phase === "resolution";
  return state.phase === "news" || state.phase === "diplomacy" || state.phase === "orders";
}

export const decide: Handler<"decide"> = {
  check(state, by, action) {
    const x = state.decisions[action.decision];
    // Another power's decision is out of sight: refused as if it did not exist (issue 15).
    if (!x || x.power !== by)
      return refuse("ERR_UNKNOWN_CRISIS", "There is no such open decision.");
    if (!dueNow(state, x))
      return refuse("ERR_WRONG_PHASE", "That decision is not open in this phase.");
    if (!x.options.includes(action.choice)) {
      return refuse("ERR_BAD_ACTION", `Choose one of: ${x.options.join(", ")}.`);
    }
    return undefined;
  },
  run(d, _by, action) {
    d.entry("decisions", action.decision).choice = action.choice;
  },
};

export type DecisionResolver = (d: Draft, ctx: Ctx, decisions: Decision[]) => void;

/**
 * Settle every decision due at the end of the current phase, kind by kind in a fixed order
 * (crises first, obligations last, since obligations depend on the victim's and third
 * parties' choices). Unanswered decisions take their default. Settled decisions leave the state.
 */
export function settleDecisions(
  d: Draft,
  ctx: Ctx,
  due: Decision["due"],
  resolvers: ReadonlyArray<readonly [DecisionKind, DecisionResolver]>,
): void {
  const batch = Object.values(d.s.decisions).filter((x) => x.due === due);
  if (batch.length === 0) return;
  const decided = batch.map((x) => ({ ...x, choice: x.choice ?? x.default }));
  const decisions = d.record("decisions");
  for (const x of batch) delete decisions[x.id];
  for (const [kind, resolve] of resolvers) {
    const ofKind = decided.filter((x) => x.kind === kind);
    if (ofKind.length > 0) resolve(d, ctx, ofKind);
  }
}
