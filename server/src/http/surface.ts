import type { IncomingMessage, ServerResponse } from "node:http";
import { matchMaker } from "@colyseus/core";
import type { HttpSettings } from "./settings.ts";

/**
 * What every response carries. The policy is the built client's: its scripts, styles, fonts
 * and data files all come from this server; Phaser's built-in textures are `data:` images;
 * the game talks to this server only (`'self'` covers its WebSocket in CSP 3). Nothing may
 * frame the game (clickjacking), and browsers must not guess content types.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

/**
 * The origin a request may be answered to, or undefined. The page's own origin needs no
 * CORS header at all (same-origin requests are not subject to it); only the origins the
 * deployment lists (`CORS_ORIGINS`) get `Access-Control-Allow-Origin`.
 */
function allowedOrigin(origin: string | undefined, s: HttpSettings): string | undefined {
  return origin !== undefined && s.origins.includes(origin) ? origin : undefined;
}

/**
 * Colyseus answers its matchmaking route to any origin, with credentials allowed, unless
 * told otherwise: its defaults are replaced by the deployment's list. Colyseus merges
 * `DEFAULT_CORS_HEADERS` with `getCorsHeaders` on every HTTP request it routes.
 */
export function restrictCors(s: HttpSettings): void {
  const c = matchMaker.controller;
  const defaults: Record<string, string> = {
    "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
    "Access-Control-Allow-Methods": "GET, HEAD, POST",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
  c.DEFAULT_CORS_HEADERS = defaults as typeof c.DEFAULT_CORS_HEADERS;
  c.getCorsHeaders = (headers: Headers): Record<string, string> => {
    const origin = allowedOrigin(headers.get("origin") ?? undefined, s);
    return origin === undefined
      ? {}
      : { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true" };
  };
}

/** CORS headers for answers the guard gives itself (before Colyseus sees the request). */
export function corsHeadersFor(req: IncomingMessage, s: HttpSettings): Record<string, string> {
  const origin = allowedOrigin(req.headers.origin, s);
  return origin === undefined
    ? { vary: "Origin" }
    : { "access-control-allow-origin": origin, vary: "Origin" };
}
