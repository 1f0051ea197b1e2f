import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import { matchMaker } from "@colyseus/core";

/** Headers a client could set to pose as another address; only a trusted proxy may. */
const FORWARDED = ["x-real-ip", "x-forwarded-for", "x-client-ip"] as const;

/** Matchmaking calls that create a room (`client.create`, `client.joinOrCreate`). */
const CREATES = /^\/matchmake\/(create|joinOrCreate)\//;

export interface GuardOptions {
  /** New matches per client address per minute. */
  createsPerMinute: number;
  /** Behind a reverse proxy, believe its X-Forwarded-For; otherwise the socket's address. */
  trustProxy: boolean;
}

/** The address a request comes from: the socket's, unless a trusted proxy says otherwise. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = req.headers["x-forwarded-for"];
    const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/**
 * Counts one more match created from this address this minute (in Colyseus presence, shared
 * by every process); true when past the limit.
 */
async function tooManyCreates(ip: string, perMinute: number): Promise<boolean> {
  const key = `cs:create:${ip}`;
  const n = await matchMaker.presence.incr(key);
  if (n === 1) await matchMaker.presence.expire(key, 60);
  return n > perMinute;
}

function refuse(req: IncomingMessage, res: ServerResponse): void {
  const body = JSON.stringify({
    code: "ERR_RATE_LIMIT",
    message: "ERR_RATE_LIMIT: Too many new matches from your address; wait a minute.",
  });
  res
    .writeHead(429, {
      "content-type": "application/json",
      "retry-after": "60",
      // A page served from elsewhere (a development build) must be able to read the refusal.
      "access-control-allow-origin": req.headers.origin ?? "*",
    })
    .end(body);
}

/**
 * Wraps the HTTP server's events before Colyseus sees them. Colyseus's matchmaking route runs
 * ahead of Express and learns a client's address only from headers a client can forge
 * (X-Forwarded-For…), and a created room is stored at once — even if its creator never joins.
 * So here, where the socket is known: forged address headers are dropped (unless a proxy is
 * trusted), which also keeps the wrong-code counters of WebSocket joins honest, and creating
 * matches is rate-limited per address before any room exists.
 */
export function guardHttp(http: HttpServer, o: GuardOptions): void {
  const emit = http.emit.bind(http) as (event: string, ...args: unknown[]) => boolean;
  http.emit = ((event: string, ...args: unknown[]) => {
    if (event !== "request" && event !== "upgrade") return emit(event, ...args);
    const req = args[0] as IncomingMessage;
    const ip = clientAddress(req, o.trustProxy);
    for (const h of FORWARDED) delete req.headers[h];
    req.headers["x-real-ip"] = ip;
    if (event !== "request" || req.method !== "POST" || !CREATES.test(req.url ?? "")) {
      return emit(event, ...args);
    }
    tooManyCreates(ip, o.createsPerMinute).then(
      (over) => (over ? refuse(req, args[1] as ServerResponse) : emit(event, ...args)),
      () => emit(event, ...args),
    );
    return true;
  }) as typeof http.emit;
}
