import { createServer as createHttpServer } from "node:http";
import { defineRoom, defineServer, matchMaker, type Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
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
    trustProxy: o.trustProxy ?? false,
    http: settings,
    scenarios: o.scenarios,
  });
  restrictCors(settings);
  return defineServer({
    transport: new WebSocketTransport({ server: http }),
    greet: false,
    gracefullyShutdown: false,
    rooms: { [ROOM_NAME]: defineRoom(room) },
    express: (app: unknown) =>
      routes(app as App, {
        storage: o.storage,
        scenarios: o.scenarios,
        clientDir: o.clientDir,
        createsPerMinute: limits.createsPerMinute,
        trustProxy: o.trustProxy ?? false,
      }),
  });
}

/** Recreate a room for every unfinished match, each rebuilt by replaying its log. */
export async function restoreMatches(storage: Storage): Promise<string[]> {
  const rows = await storage.listMatches(["lobby", "running", "paused"]);
  const restored: string[] = [];
  for (const row of rows) {
    try {
      await matchMaker.createRoom(ROOM_NAME, { restore: row.id, key: RESTORE_KEY });
      restored.push(row.id);
    } catch (e) {
      console.error(`match ${row.id} not restored:`, e);
    }
  }
  return restored;
}
