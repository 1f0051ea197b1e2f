import type { ChatMessage, MatchStatus, Scenario } from "@cs/shared";
import type { Storage } from "../storage/types.ts";
import type { Timers } from "./timers.ts";

/** What the match tells whoever carries it (the room): nothing about sockets. */
interface MatchEvents {
  /**
   * The state or the match's record may have changed: send views (in full when asked). The
   * returned promise, if any, settles once every connection has been sent its view.
   */
  changed(full: boolean): void | Promise<void>;
  /** The lifecycle moved (a finished match may be unloaded once everyone has left). */
  status(status: MatchStatus): void;
  /** A chat message the match itself wrote (a bot's answer in words), already archived. */
  chat?(message: ChatMessage): void;
}

export interface MatchDeps {
  storage: Storage;
  scenario: Scenario;
  timers: Timers;
  events: MatchEvents;
  /**
   * Someone outside paces the match (a class's teacher): a match without people does not
   * move on by itself. Read on every step, so an extension may decide late.
   */
  paced?: () => boolean;
}
