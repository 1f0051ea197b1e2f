import type { ClassServerMessages } from "@cs/shared";
import { Emitter } from "./emitter.ts";

type Events = { [K in keyof ClassServerMessages]: ClassServerMessages[K] };

/** Every class message type the server sends (shared/src/protocol/class.ts). */
export const CLASS_MESSAGE_TYPES: readonly (keyof ClassServerMessages)[] = [
  "classWelcome",
  "class",
  "memos",
  "debrief",
  "removed",
];

/**
 * A class's messages as the `Net` receives them: kept (the latest of each type) and handed to
 * subscribers, a late subscriber first receiving the latest one — a page that subscribes after
 * the join has resolved misses nothing, and needs no `sync` round trip.
 */
export class ClassMessages {
  private readonly emitter = new Emitter<Events>();
  private latest_: Partial<Events> = {};

  on<K extends keyof Events>(type: K, handler: (m: Events[K]) => void): () => void {
    const off = this.emitter.on(type, handler);
    const last = this.latest_[type];
    if (last !== undefined) handler(last);
    return off;
  }

  /** The latest message of a type since the join, if any. */
  latest<K extends keyof Events>(type: K): Events[K] | undefined {
    return this.latest_[type];
  }

  emit<K extends keyof Events>(type: K, m: Events[K]): void {
    this.latest_[type] = m;
    this.emitter.emit(type, m);
  }

  /** A new room: nothing of the old one's class is true any more. */
  reset(): void {
    this.latest_ = {};
  }
}
