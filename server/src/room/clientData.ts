import type { PowerId } from "@cs/shared";
import type { Bucket } from "../limits/limits.ts";
import type { ViewStream } from "../match/views.ts";

/** What the room keeps per connection (an extension keeps its own, by session id). */
export interface ClientData {
  /** The power this connection acts for, if any. */
  seat: PowerId | null;
  /** The match's host (a class's teacher). */
  host: boolean;
  name: string;
  /** The views sent so far, to send only what changed. */
  views: ViewStream;
  /** Whose objectives this connection was last sent (`objectivesScope`). */
  objectives?: string | undefined;
  limits: { any: Bucket; chat: Bucket };
}
