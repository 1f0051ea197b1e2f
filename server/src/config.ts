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
    /** Joins and join-code look-ups per client address per minute. */
    joinsPerMinute: env.JOIN_LIMIT ? Number(env.JOIN_LIMIT) : undefined,
    /** Minutes a lobby with nobody connected lives on (a class's: `CLASS_LOBBY_TTL`). */
    lobbyTtlMinutes: env.LOBBY_TTL ? Number(env.LOBBY_TTL) : undefined,
    classLobbyTtlMinutes: env.CLASS_LOBBY_TTL ? Number(env.CLASS_LOBBY_TTL) : undefined,
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
    /** `pg` with DATABASE_URL: PostgreSQL, for several processes; SQLite otherwise. */
    storage: env.STORAGE === "pg" ? ("pg" as const) : ("sqlite" as const),
    databaseUrl: env.DATABASE_URL,
    /** The PostgreSQL schema (default `public`); tests give each run its own. */
    pgSchema: env.PG_SCHEMA,
    /** Redis for Colyseus presence and the room listing, shared by every process. */
    redisUrl: env.REDIS_URL,
    /** Where clients reach this process's rooms (`host:port/prefix`, through the proxy). */
    publicAddress: env.PUBLIC_ADDRESS,
    /** A process silent for longer than this (ms) is presumed dead; its matches move. */
    leaseMs: Number(env.LEASE_MS ?? 5000),
    /** Heartbeat and orphan scan period (ms). */
    beatMs: Number(env.BEAT_MS ?? 1000),
    /** Matches claimed at a time by one process after a failure. */
    claimBatch: Number(env.CLAIM_BATCH ?? 20),
  };
}
