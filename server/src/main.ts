import { hostname } from "node:os";
import { matchMaker } from "@colyseus/core";
import { createServer, restoreMatches } from "./app.ts";
import { setHealth } from "./cluster/health.ts";
import { runOwner, type Owner } from "./cluster/owner.ts";
import { redisCluster } from "./cluster/redis.ts";
import { config } from "./config.ts";
import { ScenarioRegistry } from "./scenarios.ts";
import { openStorage } from "./storage/open.ts";
import { PgStorage } from "./storage/pg/pg.ts";
import { FencedError } from "./storage/claims.ts";

// node:sqlite prints an "experimental" warning on load; the rest still shows.
process.removeAllListeners("warning").on("warning", (w) => {
  if (w.name !== "ExperimentalWarning") console.warn(w);
});

// A write refused by fencing (a clock saved in the background, say) is expected once another
// process owns the match: the ownership loop closes the clients and stops this process.
process.on("unhandledRejection", (e) => {
  if (e instanceof FencedError) return;
  console.error("unhandled rejection:", e);
  process.exit(1);
});

const c = config();
const storage = await openStorage(c);
const scenarios = ScenarioRegistry.load(c.scenarioDir);
await scenarios.addModule("@cs/assets/scenarios");
const redis = c.redisUrl ? redisCluster(c.redisUrl) : undefined;
const address = c.publicAddress ?? `${hostname()}:${c.port}`;
const server = createServer({
  storage,
  scenarios,
  clientDir: c.clientDir,
  trustProxy: c.trustProxy,
  http: {
    origins: c.origins,
    ...(c.bodyLimit === undefined ? {} : { bodyLimit: c.bodyLimit }),
    ...(c.uploadLimit === undefined ? {} : { uploadLimit: c.uploadLimit }),
  },
  limits: {
    ...(c.createsPerMinute === undefined ? {} : { createsPerMinute: c.createsPerMinute }),
    ...(c.joinsPerMinute === undefined ? {} : { joinsPerMinute: c.joinsPerMinute }),
    ...(c.lobbyTtlMinutes === undefined ? {} : { lobbyTtlSeconds: c.lobbyTtlMinutes * 60 }),
    ...(c.classLobbyTtlMinutes === undefined
      ? {}
      : { classLobbyTtlSeconds: c.classLobbyTtlMinutes * 60 }),
  },
  ...(redis
    ? {
        cluster: {
          presence: redis.presence,
          driver: redis.driver,
          ...(c.publicAddress ? { publicAddress: c.publicAddress } : {}),
        },
      }
    : {}),
});
// On PostgreSQL, matches are owned: the heartbeat starts before listening (from `listen` on,
// Colyseus lists this process for rooms other processes route here, and those must be owned
// under a live lease), then this process claims the matches nobody runs, a batch at a time,
// now and every beat. On SQLite it is alone and restores every unfinished match.
await matchMaker.onReady;
let owner: Owner | undefined;
if (storage instanceof PgStorage) {
  owner = await runOwner(storage, {
    address,
    beatMs: c.beatMs,
    leaseMs: c.leaseMs,
    batch: c.claimBatch,
    ...(redis ? { forget: redis.forget, unreachable: redis.unreachable } : {}),
    onLost: () => setTimeout(() => process.exit(3), 200),
  });
  storage.onFenced = (match) => owner?.fenced(match);
} else {
  await storage.claims.join(address, matchMaker.processId);
}
await server.listen(c.port);
let restored = 0;
if (owner) {
  await owner.claim();
  restored = owner.owned().length;
} else {
  restored = (await restoreMatches(storage)).length;
}
setHealth({
  storage,
  kind: c.storage,
  address,
  ...(redis ? { redis: redis.state } : {}),
  ...(owner ? { lastBeat: owner.lastBeat } : {}),
});
console.log(
  `Collective Security server on http://localhost:${c.port} (process ${storage.claims.processId}, ` +
    `${c.storage === "pg" ? `PostgreSQL schema ${c.pgSchema ?? "public"}` : `data ${c.dataDir}`}` +
    `${redis ? `, Redis, public address ${address}` : ""}; ${restored} match(es) restored; ` +
    `scenarios ${scenarios
      .list()
      .map((s) => s.id)
      .join(", ")})`,
);

// SIGTERM drains: each match's clients are told it moved, and the match is given up for
// another process to claim at once; then the process leaves.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await owner?.drain();
      await server.gracefullyShutdown(false).catch(() => undefined);
      await storage.close();
      process.exit(0);
    })();
  });
}
