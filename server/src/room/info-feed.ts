import type { Client } from "@colyseus/core";
import { diffMatchInfo, type MatchInfo } from "@cs/shared";
import type { Limits } from "../limits/limits.ts";

/** What the feed needs of its room. */
export interface InfoHost {
  info(): MatchInfo;
  broadcast(type: "match" | "matchPatch", message: unknown): void;
  limits(): Limits;
  setTimeout(fn: () => void, ms: number): { clear(): void };
  /** The extension's share of the record (a class's roster) changed. */
  extChanged(): void;
}

/**
 * The match's public record (seats, status, deadline) as the room sends it: in full to a
 * connection that joins or comes back (the record every other holds), then only what moved
 * (`matchPatch`) to everyone. Joins and leaves are gathered over `infoBatchMs`, so that 300
 * joins do not each send everything to every connection; `infoUpdates: "full"` keeps the
 * former behaviour (the whole record whenever it changed) for comparison.
 */
export class InfoFeed {
  private readonly host: InfoHost;
  private sent: MatchInfo | undefined;
  private flushing: { clear(): void } | undefined;
  private extDirty = false;
  /** The last record sent in full (infoUpdates: "full"). */
  private lastFull = "";

  constructor(host: InfoHost) {
    this.host = host;
  }

  /** A step of the match changed the record: send what moved at once. */
  broadcast(): void {
    if (this.host.limits().infoUpdates === "full") this.broadcastFull();
    else this.flush();
  }

  /** Joins and leaves: the record and the extension's share, gathered over a short while. */
  othersChanged(): void {
    if (this.host.limits().infoUpdates === "full") {
      this.broadcastFull();
      this.host.extChanged();
      return;
    }
    this.extDirty = true;
    this.flushing ??= this.host.setTimeout(() => {
      this.flushing = undefined;
      this.flush();
    }, this.host.limits().infoBatchMs);
  }

  /**
   * A connection that joins or comes back starts from the record every other holds; the
   * batch's patch brings them all to the present together.
   */
  send(client: Client): void {
    if (this.host.limits().infoUpdates === "full") return client.send("match", this.host.info());
    this.sent ??= this.host.info();
    client.send("match", this.sent);
  }

  clear(): void {
    this.flushing?.clear();
  }

  private flush(): void {
    const next = this.host.info();
    const patch = this.sent && diffMatchInfo(this.sent, next);
    this.sent = next;
    if (patch) this.host.broadcast("matchPatch", patch);
    if (this.extDirty) {
      this.extDirty = false;
      this.host.extChanged();
    }
  }

  private broadcastFull(): void {
    const info = this.host.info();
    const text = JSON.stringify(info);
    if (text === this.lastFull) return;
    this.lastFull = text;
    this.host.broadcast("match", info);
  }
}
