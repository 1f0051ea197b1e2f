import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";

/** Production at the start of a turn, less sanctions and embargoes; mobilisation upkeep. */
export function startOfTurnEconomy(_d: Draft, _ctx: Ctx): void {}
