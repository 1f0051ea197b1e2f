import { request } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request exactly as written — the path is not normalised (`/../x` stays), the body
 * may be streamed in chunks without a length — as a probe would send it.
 */
export function raw(
  url: string,
  o: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer | undefined;
    /** Stream this many chunks of `body` (chunked transfer, no content-length). */
    chunks?: number;
  },
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, method: o.method ?? "GET", path: o.path, headers: o.headers ?? {} },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts).toString("utf8"),
          }),
        );
      },
    );
    // The server may answer and close before the whole body is sent: that is the point.
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE" && e.code !== "ECONNRESET") reject(e);
    });
    if (o.body !== undefined && o.chunks) {
      for (let i = 0; i < o.chunks; i++) req.write(o.body);
      req.end();
    } else req.end(o.body);
  });
}
