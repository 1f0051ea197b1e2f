import { refuse } from "../core/result.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { DecisionResolver } from "../engine/decisions.ts";
import type { Handler } from "../engine/handler.ts";

export const tableMotion: Handler<"tableMotion"> = {
  check: () => refuse("ERR_NOT_ALLOWED", "Not available yet."),
  run: () => undefined,
};

export const vote: Handler<"vote"> = {
  check: () => refuse("ERR_NOT_ALLOWED", "Not available yet."),
  run: () => undefined,
};

/** Votes counted, motions passed or failed, sanctions opened. */
export function resolveMotions(_d: Draft, _ctx: Ctx): void {}

export const resolveSanctionDecisions: DecisionResolver = () => undefined;
