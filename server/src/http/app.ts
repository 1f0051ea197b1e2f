import type { IncomingMessage, ServerResponse } from "node:http";

type Req = IncomingMessage & { params: Record<string, string>; ip?: string };
type Handler = (req: Req, res: ServerResponse) => void | Promise<void>;
export type ErrorHandler = (err: unknown, req: Req, res: ServerResponse, next: () => void) => void;

/** The slice of an Express app the routes use. */
export interface App {
  get(path: string, handler: Handler): void;
  post(path: string, handler: Handler): void;
  use(handler: Handler | ErrorHandler): void;
  disable(setting: string): void;
  set(setting: string, value: unknown): void;
}
