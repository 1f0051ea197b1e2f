export { createServer, restoreMatches, type AppOptions } from "./app.ts";
export { config } from "./config.ts";
export { ScenarioRegistry, type ScenarioInfo } from "./scenarios.ts";
export { SqliteStorage } from "./storage/sqlite.ts";
export type { MatchRow, SeatRow, Storage } from "./storage/types.ts";
export { LIMITS, type Limits } from "./limits/limits.ts";
