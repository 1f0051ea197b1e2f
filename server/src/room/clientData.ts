import type { GameView, PowerId, Viewer } from "@cs/shared";
import type { Bucket } from "./limits.ts";

/** What the room keeps per connection. */
export interface ClientData {
  seat: PowerId | null;
  host: boolean;
  /** The teacher of a class: the omniscient view and every channel. */
  teacher?: boolean | undefined;
  /** In a class: the student this connection belongs to (several may share a power). */
  student?: string | undefined;
  /** In a class: the projector's big screen (a spectator). */
  screen?: boolean | undefined;
  name: string;
  /** The last view sent, to send only what changed. */
  last?: { viewer: Viewer; stateId: number; view: GameView } | undefined;
  limits: { any: Bucket; chat: Bucket };
}
