import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, isAbsolute, join, relative, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ico": "image/x-icon",
  ".md": "text/markdown; charset=utf-8",
  ".topojson": "application/json",
  ".wasm": "application/wasm",
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Collective Security 1933–1939</title>
<h1>Collective Security 1933–1939</h1>
<p>The server is running, but the client is not built. Run <code>npm start</code> (it builds
the client when it can) or <code>npm run build -w @cs/client</code>, then reload.</p>`;

/**
 * Whether `file` lies inside the folder `base`, compared by whole path segments: a sibling
 * folder whose name merely starts with the client folder's (`dist-old/`, `dist.bak/`) is
 * outside, however the request spells its way there.
 */
function inside(base: string, file: string): boolean {
  const rel = relative(base, file);
  return rel !== "" && !isAbsolute(rel) && rel.split(/[\\/]/)[0] !== "..";
}

/** Serve the built client (a single-page app: unknown paths get index.html). */
export function serveClient(root: string) {
  const base = resolve(root);
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json" });
      res.end(JSON.stringify({ code: "ERR_NOT_ALLOWED", message: "ERR_NOT_ALLOWED: GET only." }));
      return;
    }
    const index = join(base, "index.html");
    if (!existsSync(index)) {
      res.writeHead(200, { "content-type": TYPES[".html"] }).end(NOT_BUILT);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    } catch {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: "ERR_BAD_REQUEST", message: "ERR_BAD_REQUEST: Bad URL." }));
      return;
    }
    const file = resolve(base, `.${path.startsWith("/") ? "" : "/"}${path}`);
    const target = inside(base, file) && existsSync(file) && statSync(file).isFile() ? file : index;
    res.writeHead(200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream" });
    if (req.method === "HEAD") return void res.end();
    createReadStream(target).pipe(res);
  };
}
