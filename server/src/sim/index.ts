/** The simulator as a library (`@cs/server/sim`), for benchmarks and tools. */
export { runGames, type RunOptions } from "./pool.ts";
export { summarise, type Summary } from "./summary.ts";
export { gameSeed, playGame, startState, type GamePlan, type GameRow } from "./game.ts";
export { timeShares, type TimeShares } from "./timing.ts";
export { presetSets, presetsOf, type Preset } from "./presets.ts";
export { buildPlan, milestonesOf, type PlanSpec } from "./plan.ts";
export { defaultScenarioId, MINI_SIM } from "./scenarios.ts";
