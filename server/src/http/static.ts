import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

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

/** Serve the built client (a single-page app: unknown paths get index.html). */
export function serveClient(root: string) {
  const base = resolve(root);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const index = join(base, "index.html");
    if (!existsSync(index)) {
      res.writeHead(200, { "content-type": TYPES[".html"] }).end(NOT_BUILT);
      return;
    }
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const file = normalize(join(base, path));
    const target =
      file.startsWith(base) && existsSync(file) && statSync(file).isFile() ? file : index;
    res.writeHead(200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream" });
    createReadStream(target).pipe(res);
  };
}
