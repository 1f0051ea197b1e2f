export * from "./client.ts";
export * from "./server.ts";
export * from "./viewPatch.ts";
export * from "./class.ts";
export * from "./close.ts";
export * from "./refusals.ts";
export * from "./matchInfo.ts";
