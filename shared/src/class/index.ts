export * from "./types.ts";
export * from "./roles.ts";
export * from "./rollback.ts";
export * from "./debrief.ts";
export * from "./assign.ts";
export * from "./csv.ts";
export * from "./presets.ts";
