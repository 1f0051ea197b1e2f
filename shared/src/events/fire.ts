import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { DecisionResolver } from "../engine/decisions.ts";

/** News phase: events whose time has come fire; crises open their choices. */
export function fireDueEvents(_d: Draft, _ctx: Ctx): void {}

export const resolveCrisisChoices: DecisionResolver = () => undefined;
