import { resolve } from "node:path";

/** Settings from the environment, with the defaults `npm start` uses. */
export function config(env: NodeJS.ProcessEnv = process.env) {
  const root = resolve(import.meta.dirname, "../..");
  return {
    port: Number(env.PORT ?? 2567),
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    clientDir: resolve(env.CLIENT_DIR ?? `${root}/client/dist`),
    scenarioDir: resolve(env.SCENARIO_DIR ?? `${root}/assets/scenarios`),
    /** New matches per client address per minute (the load benchmark raises it). */
    createsPerMinute: env.CREATE_LIMIT ? Number(env.CREATE_LIMIT) : undefined,
    /** Set behind a reverse proxy, so that its X-Forwarded-For names the client. */
    trustProxy: env.TRUST_PROXY === "1",
    /** Bytes a request body may have; replay uploads have their own (larger) bound. */
    bodyLimit: env.BODY_LIMIT ? Number(env.BODY_LIMIT) : undefined,
    uploadLimit: env.UPLOAD_LIMIT ? Number(env.UPLOAD_LIMIT) : undefined,
    /** Origins besides the page's own allowed to call the API (comma-separated). */
    origins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter((o) => o !== ""),
  };
}
