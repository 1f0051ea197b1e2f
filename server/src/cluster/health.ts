import type { Storage } from "../storage/types.ts";

export type ServiceState = "up" | "down" | "unused";

/** What `/healthz` tells of this process beyond its load figures. */
export interface HealthSource {
  storage: Storage;
  kind: "sqlite" | "pg";
  address: string | undefined;
  /** Redis (presence and driver) state; undefined without Redis. */
  redis?: () => ServiceState;
  /** Last accepted heartbeat (ms since epoch), in a cluster. */
  lastBeat?: () => number;
}

let source: HealthSource | undefined;

export function setHealth(s: HealthSource): void {
  source = s;
}

/** Process id, owned matches, PostgreSQL's and Redis's state; `ok` false if one is down. */
export async function health() {
  if (!source) return { ok: true };
  const db = (await source.storage.ping()) ? "up" : "down";
  const postgres: ServiceState = source.kind === "pg" ? db : "unused";
  const redis: ServiceState = source.redis?.() ?? "unused";
  const owned = source.storage.claims.owned();
  return {
    ok: db === "up" && redis !== "down",
    process: {
      id: source.storage.claims.processId,
      pid: process.pid,
      address: source.address,
      lastBeat: source.lastBeat?.(),
    },
    storage: source.kind,
    postgres,
    redis,
    matches: { owned: owned.length, ids: owned },
  };
}
