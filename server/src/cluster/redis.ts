import { Redis } from "ioredis";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import type { ServiceState } from "./health.ts";

/**
 * Colyseus's names in Redis: the room listings (its Redis driver's hash, room id -> listing
 * naming the process that runs it) and each process's room count (its presence's hash, read
 * to pick a process and to health-check the others).
 */
const ROOMCACHES = "roomcaches";
const ROOMCOUNT = "roomcount";

/**
 * Remove a dead process's listings and room count, in one step on Redis's side: a listing the
 * match's new owner wrote meanwhile names that owner, and stays.
 */
const FORGET = `
local n = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local ok, room = pcall(cjson.decode, all[i + 1])
  if ok and type(room) == 'table' and room.processId == ARGV[1] then
    redis.call('HDEL', KEYS[1], all[i])
    n = n + 1
  end
end
redis.call('HDEL', KEYS[2], ARGV[1])
return n`;

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
  /**
   * A process declared dead (its lease lapsed): its listings go at once, so that a join goes
   * straight to the match's new room, or is told "not found" and tries again, instead of
   * waiting on the dead process (Colyseus's seat reservation and health check, 2 s each).
   */
  const forget = async (processId: string): Promise<number> =>
    Number(await driverClient.eval(FORGET, 2, ROOMCACHES, ROOMCOUNT, processId));
  /**
   * Processes Colyseus counts (its room count hash) that no longer listen on their channel:
   * their Redis connections are gone, as a killed process's are at once (the kernel closes
   * its sockets). A stalled process keeps its connections, and is not among them.
   */
  const unreachable = async (): Promise<string[]> => {
    const counted = await driverClient.hkeys(ROOMCOUNT);
    if (counted.length === 0) return [];
    const live = new Set(
      ((await driverClient.pubsub("CHANNELS", "p:*")) as string[]).map((c) => c.slice(2)),
    );
    return counted.filter((id) => !live.has(id));
  };
  return { presence, driver, state, forget, unreachable };
}
