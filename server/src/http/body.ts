import type { IncomingMessage, ServerResponse } from "node:http";

/** A request whose body the guard has read (bounded) before any route sees it. */
export type ReadRequest = IncomingMessage & { body?: string };

export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}

/**
 * Reads a request's body into `req.body` (a string, as Colyseus's router and ours expect),
 * refusing at once a body that declares or reaches more than `limit` bytes: the bytes past
 * the limit are never kept, so no request can grow the process or stall its event loop.
 * Resolves false when it answered the request itself (413).
 */
export function readBounded(
  req: ReadRequest,
  res: ServerResponse,
  limit: number,
  headers: Record<string, string>,
): Promise<boolean> {
  const tooLarge = () => {
    res.writeHead(413, { "content-type": "application/json", connection: "close", ...headers }).end(
      JSON.stringify({
        code: "ERR_TOO_LARGE",
        message: `ERR_TOO_LARGE: A request body may have at most ${limit} bytes.`,
      }),
    );
    // Stop reading: the rest of the body is dropped with the connection once answered.
    req.pause();
    res.once("finish", () => req.destroy());
  };
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    tooLarge();
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.off("end", onEnd);
        chunks.length = 0;
        tooLarge();
        return resolve(false);
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      req.body = Buffer.concat(chunks).toString("utf8");
      resolve(true);
    };
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", () => resolve(false));
  });
}
