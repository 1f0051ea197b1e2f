import { Redis } from "ioredis";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import type { ServiceState } from "./health.ts";

/**
 * Colyseus's own Redis presence (pub/sub between processes, shared counters such as the rate
 * limits) and Redis driver (the room listing every process reads to route a join), on one
 * Redis. ioredis reconnects by itself after a Redis restart; the room listings lost with it
 * are written again by the ownership loop (owner.ts).
 */
export function redisCluster(url: string) {
  const options = {
    maxRetriesPerRequest: 2,
    retryStrategy: (n: number) => Math.min(n * 200, 2000),
  };
  const client = new Redis(url, options);
  const driverClient = new Redis(url, options);
  for (const c of [client, driverClient]) c.on("error", () => undefined);
  const presence = new RedisPresence(client);
  const driver = new RedisDriver(driverClient);
  const state = (): ServiceState =>
    client.status === "ready" && driverClient.status === "ready" ? "up" : "down";
  return { presence, driver, state };
}
