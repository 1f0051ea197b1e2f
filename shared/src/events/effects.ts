import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { Effect } from "../scenario/effects.ts";

/** Apply scenario effects in order. */
export function applyEffects(_d: Draft, _ctx: Ctx, _effects: readonly Effect[]): void {}
