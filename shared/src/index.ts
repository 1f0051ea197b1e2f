export * from "./core/result.ts";
export * from "./core/text.ts";
export * from "./core/calendar.ts";
export * from "./core/rng.ts";
export { idSeq } from "./core/ids.ts";
export * from "./model/state.ts";
export * from "./scenario/conditions.ts";
export * from "./scenario/effects.ts";
export * from "./scenario/events.ts";
export * from "./scenario/rules.ts";
export * from "./scenario/schema.ts";
export * from "./scenario/validate.ts";
export * from "./scenario/starts.ts";
export * from "./treaties/clauses.ts";
export * from "./actions/orders.ts";
export * from "./actions/schema.ts";
export { compile, type Ctx } from "./engine/context.ts";
export { apply, check, type Applied, type ApplyOptions } from "./engine/apply.ts";
export { createInitialState, type NewMatch } from "./engine/setup.ts";
export { replay, branchLog, type MatchRecord, type ReplayResult } from "./engine/replay.ts";
export { legalActions } from "./engine/legal.ts";
export {
  advance,
  botsAct,
  drive,
  driveBots,
  step,
  type BotPlay,
  type Driver,
  type Loop,
  type Step,
} from "./engine/drive.ts";
export { clonePlain } from "./core/clone.ts";
export * from "./knowledge/index.ts";
export { MINI, MINI_INPUT, MINI_OBJECTIVES, MINI_PUBLIC } from "./testing/mini.ts";
export * from "./protocol/index.ts";
export * from "./bots/index.ts";
export { holds } from "./events/conditions.ts";
export { lapseOf, type Lapse } from "./events/premise.ts";
export { scores, type PowerScore, type WarOutcome } from "./scores/scores.ts";
export {
  FORECAST_REASONS,
  forecastSide,
  forecastWar,
  type ForecastReason,
  type ForecastReasonCode,
  type WarForecast,
} from "./war/forecast.ts";
export {
  collectiveSecurityIndex,
  type CollectiveSecurityIndex,
  type CsiMeasure,
} from "./scores/csi.ts";
export { checkDraft, signatureWarnings } from "./treaties/validate.ts";
export { WARNING_CODES, type Warning, type WarningCode } from "./treaties/contradictions.ts";
export { canReach, reachPath, reachableRegions } from "./enforcement/reach.ts";
export { effectiveAssistance } from "./enforcement/triggers.ts";
export { effectiveClause, isEuropean, namedAggressors } from "./treaties/terms.ts";
export { activeWars, atWar, enemiesOf } from "./war/aggression.ts";
export { generalWar } from "./war/general.ts";
export { warStrength } from "./war/strength.ts";
export * from "./replay/index.ts";
export * from "./class/index.ts";
export * from "./report/index.ts";
export * from "./deterrence/index.ts";
export * from "./epilogue/index.ts";
