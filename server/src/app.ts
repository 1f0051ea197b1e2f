import { createServer as createHttpServer } from "node:http";
import {
  defineRoom,
  defineServer,
  matchMaker,
  type MatchMakerDriver,
  type Presence,
  type Server,
} from "@colyseus/core";
import { Transport } from "./transport.ts";
import { ROOM_NAME } from "@cs/shared";
import { guardHttp } from "./http/guard.ts";
import { HTTP_DEFAULTS, type HttpSettings } from "./http/settings.ts";
import { restrictCors } from "./http/surface.ts";
import { routes, type App } from "./http/routes.ts";
import { classroom } from "./classroom/extension.ts";
import { LIMITS, type Limits } from "./limits/limits.ts";
import { matchRoom } from "./room/MatchRoom.ts";
import { RESTORE_KEY } from "./room/restoreKey.ts";
import type { ScenarioRegistry } from "./scenarios.ts";
import type { Claim } from "./storage/claims.ts";
import type { Storage } from "./storage/types.ts";

export interface AppOptions {
  storage: Storage;
  scenarios: ScenarioRegistry;
  /** The built client, served at `/`. */
  clientDir: string;
  /** Rate limits; tests that play at machine speed raise them. */
  limits?: Partial<Limits>;
  /** Behind a reverse proxy: take client addresses from its X-Forwarded-For. */
  trustProxy?: boolean;
  /** Body limits and the origins allowed besides the page's own (`http/settings.ts`). */
  http?: Partial<HttpSettings>;
  /** Several processes: Colyseus's Redis presence and driver, and this process's address. */
  cluster?: { presence: Presence; driver: MatchMakerDriver; publicAddress?: string };
}

/** The Colyseus server: the match room, the HTTP API and the client, on one port. */
export function createServer(o: AppOptions): Server {
  const limits = { ...LIMITS, ...o.limits };
  // The room knows the classroom only as an extension kind, given here.
  const room = matchRoom({
    storage: o.storage,
    scenarios: o.scenarios,
    limits,
    extensions: [classroom],
  });
  const settings: HttpSettings = { ...HTTP_DEFAULTS, ...o.http };
  const http = createHttpServer();
  guardHttp(http, {
    createsPerMinute: limits.createsPerMinute,
    joinsPerMinute: limits.joinsPerMinute,
    trustProxy: o.trustProxy ?? false,
    http: settings,
    scenarios: o.scenarios,
  });
  restrictCors(settings);
  return defineServer({
    transport: new Transport({ server: http }),
    greet: false,
    gracefullyShutdown: false,
    ...(o.cluster ?? {}),
    // A match is created on the process that took the HTTP request (the proxy spreads those):
    // routing it by Colyseus's room counts would send it, over Redis, to a process that may
    // be dead (killed, not yet swept: a 2 s wait) or slow (the room then made twice).
    ...(o.cluster ? { selectProcessIdToCreateRoom: async () => matchMaker.processId } : {}),
    rooms: { [ROOM_NAME]: defineRoom(room) },
    express: (app: unknown) =>
      routes(app as App, {
        storage: o.storage,
        scenarios: o.scenarios,
        clientDir: o.clientDir,
        createsPerMinute: limits.createsPerMinute,
        badCodesPerMinute: limits.badCodesPerMinute,
        trustProxy: o.trustProxy ?? false,
      }),
  });
}

/**
 * Claim unfinished matches that have no live owner (at most `limit`), and rebuild each here,
 * by replaying its log, under its own id. Rooms are created on this process only, the one
 * that holds the claim: never routed elsewhere, never twice (two processes racing for a
 * match: one claim wins). One process on SQLite restores all of them at boot.
 */
export async function restoreMatches(storage: Storage, limit = Infinity): Promise<string[]> {
  const restored: string[] = [];
  for (const orphan of await storage.claims.orphans(limit)) {
    const claim = await storage.claims.claim(orphan.match, orphan.epoch);
    if (claim && (await restoreClaimed(storage, claim))) restored.push(claim.match);
  }
  return restored;
}

/** Rebuild a match this process has just claimed; on failure the claim is given back. */
export async function restoreClaimed(storage: Storage, claim: Claim): Promise<boolean> {
  try {
    await matchMaker.handleCreateRoom(ROOM_NAME, {
      restore: claim.match,
      key: RESTORE_KEY,
      gapMs: claim.gapMs,
    });
    return true;
  } catch (e) {
    console.error(`match ${claim.match} not restored:`, e);
    await storage.claims.release(claim.match).catch(() => undefined);
    return false;
  }
}
