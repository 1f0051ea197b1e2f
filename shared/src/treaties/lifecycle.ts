import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { DecisionResolver } from "../engine/decisions.ts";

/** Ratifications that complete, notices that run out, terms that expire, dated transfers. */
export function progressTreaties(_d: Draft, _ctx: Ctx): void {}

/** The losing state complies with a transfer decided without it, or resists. */
export const resolveTransferCompliance: DecisionResolver = () => undefined;
