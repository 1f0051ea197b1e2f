/**
 * The HTTP surface's settings (server/README.md, "Limits and settings"). Every body is
 * bounded; only replay uploads get more room, since a whole match's log travels in them.
 */
export interface HttpSettings {
  /** Bytes any request body may have (matchmaking, every API route). */
  bodyLimit: number;
  /** Bytes a replay upload (`POST /api/replays`, `/api/replays/branch`) may have. */
  uploadLimit: number;
  /**
   * Origins, besides the page's own, whose scripts may call the API and matchmaking
   * (`CORS_ORIGINS`, e.g. the Vite development server `http://localhost:5173`).
   */
  origins: readonly string[];
}

export const HTTP_DEFAULTS: HttpSettings = {
  /** A creation request with every option is under 2 KB; 16 KiB leaves room and nothing more. */
  bodyLimit: 16 * 1024,
  /** 50 000 log entries of ~150 bytes: a generous bound for any 1933–1939 match. */
  uploadLimit: 8 * 1024 * 1024,
  origins: [],
};

/** Routes whose body is a replay file. */
const UPLOADS = /^\/api\/replays(\/branch)?\/?$/;

/** The most bytes this path's body may have. */
export function bodyLimitFor(path: string, s: HttpSettings): number {
  return UPLOADS.test(path) ? s.uploadLimit : s.bodyLimit;
}
