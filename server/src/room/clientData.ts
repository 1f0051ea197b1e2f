import type { GameView, PowerId, Viewer } from "@cs/shared";
import type { Bucket } from "./limits.ts";

/** What the room keeps per connection. */
export interface ClientData {
  seat: PowerId | null;
  host: boolean;
  name: string;
  /** The last view sent, to send only what changed. */
  last?: { viewer: Viewer; stateId: number; view: GameView } | undefined;
  limits: { any: Bucket; chat: Bucket };
}
