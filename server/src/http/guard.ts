import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import { checkCreate } from "../create-options.ts";
import type { ScenarioRegistry } from "../scenarios.ts";
import { hasBody, readBounded, type ReadRequest } from "./body.ts";
import { refuseCreate, refuseJoins, tooManyCreates, tooManyPerMinute } from "./create-limit.ts";
import { bodyLimitFor, type HttpSettings } from "./settings.ts";
import { corsHeadersFor, setSecurityHeaders } from "./surface.ts";

/** Headers a client could set to pose as another address; only a trusted proxy may. */
const FORWARDED = ["x-real-ip", "x-forwarded-for", "x-client-ip"] as const;

/** Matchmaking calls that create a room (`client.create`, `client.joinOrCreate`). */
const CREATES = /^\/matchmake\/(create|joinOrCreate)\//;
/** Calls that join a match or look one up by its code. */
const JOINS = /^\/matchmake\/(join|joinById|joinOrCreate)\/|^\/api\/join\//;

export interface GuardOptions {
  /** New matches per client address per minute. */
  createsPerMinute: number;
  /** Joins and join-code look-ups per client address per minute. */
  joinsPerMinute: number;
  /** Behind a reverse proxy, believe its X-Forwarded-For; otherwise the socket's address. */
  trustProxy: boolean;
  http: HttpSettings;
  scenarios: ScenarioRegistry;
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

function answer(res: ServerResponse, status: number, body: object, headers: object): void {
  res
    .writeHead(status, { "content-type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

/** The path of a request URL, without its query. */
const pathOf = (req: IncomingMessage) => (req.url ?? "/").split("?")[0] ?? "/";

/**
 * Wraps the HTTP server's events before Colyseus sees them. Colyseus's matchmaking route runs
 * ahead of Express, reads bodies without a bound, learns a client's address only from headers
 * a client can forge (X-Forwarded-For…), and stores a created room at once — even if its
 * creator never joins. So here, where the socket is known, for every request:
 * - forged address headers are dropped (unless a proxy is trusted), which also keeps the
 *   wrong-code counters of WebSocket joins honest;
 * - the security headers are set (`surface.ts`);
 * - the body is read with a bound (`settings.ts`), past which the answer is 413;
 * - creating a match is rate-limited per address, and its options checked, before any room
 *   exists: a refused creation is a 4xx with a documented code.
 */
export function guardHttp(http: HttpServer, o: GuardOptions): void {
  const emit = http.emit.bind(http) as (event: string, ...args: unknown[]) => boolean;
  http.emit = ((event: string, ...args: unknown[]) => {
    if (event !== "request" && event !== "upgrade") return emit(event, ...args);
    const req = args[0] as ReadRequest;
    const ip = clientAddress(req, o.trustProxy);
    for (const h of FORWARDED) delete req.headers[h];
    req.headers["x-real-ip"] = ip;
    if (event !== "request") return emit(event, ...args);
    const res = args[1] as ServerResponse;
    setSecurityHeaders(res);
    const path = pathOf(req);
    if (!hasBody(req) && !CREATES.test(path) && !JOINS.test(path)) return emit(event, ...args);
    void handle(req, res, ip).catch(() => {
      if (!res.headersSent) answer(res, 500, { code: "ERR_INTERNAL", message: "ERR_INTERNAL" }, {});
    });
    return true;
  }) as typeof http.emit;

  async function handle(req: ReadRequest, res: ServerResponse, ip: string): Promise<void> {
    const path = pathOf(req);
    const cors = corsHeadersFor(req, o.http);
    if (hasBody(req) && !(await readBounded(req, res, bodyLimitFor(path, o.http), cors))) return;
    if (JOINS.test(path) && (await tooManyPerMinute("join", ip, o.joinsPerMinute))) {
      return refuseJoins(res, cors);
    }
    if (req.method !== "POST" || !CREATES.test(path)) {
      emit("request", req, res);
      return;
    }
    if (await tooManyCreates(ip, o.createsPerMinute)) return refuseCreate(res, cors);
    let options: unknown;
    try {
      options = JSON.parse(req.body || "{}");
    } catch {
      const message = "ERR_BAD_MESSAGE: The request body is not JSON.";
      return answer(res, 400, { code: "ERR_BAD_MESSAGE", message }, cors);
    }
    const checked = checkCreate(options, o.scenarios);
    if (!checked.ok) {
      const { code, status, message } = checked.error;
      return answer(res, status, { code, message: `${code}: ${message}` }, cors);
    }
    emit("request", req, res);
  }
}
