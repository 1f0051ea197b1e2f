import type { RuleError } from "../core/result.ts";
import type { Action, ActionType } from "../actions/schema.ts";
import type { Actor } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";

type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

/**
 * One action type's rules: `check` decides legality without touching the state (legalActions
 * calls it alone); `run` applies an action that passed `check`.
 */
export interface Handler<T extends ActionType> {
  check(state: Known, by: Actor, action: ActionOf<T>, ctx: Ctx): RuleError | undefined;
  run(d: Draft, by: Actor, action: ActionOf<T>, ctx: Ctx): void;
}

export type Handlers = { [T in ActionType]: Handler<T> };
