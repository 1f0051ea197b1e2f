import { watchEnds } from "@cs/client/follow";
import { CLOSE, REJOIN_ATTEMPTS, rejoinDelay, shouldRejoin, type JoinOptions } from "@cs/shared";
import { Player } from "./harness.ts";

/**
 * An SDK client that behaves as the game's client does (client/src/net): when its match
 * leaves the process (moved, fenced, the process died) or the process goes silent (the
 * client's own heartbeat, wired by the client's `watchEnds`), it joins the same match again
 * with the tokens it keeps, on the same rejoin policy (shared/src/protocol/close.ts), through
 * the proxy, wherever the match runs now.
 */
export class Follower {
  player: Player;
  readonly url: string;
  readonly options: JoinOptions;
  /** Close codes seen, in order ("silent": a ping went unanswered); rejoins done. */
  readonly closes: (number | "silent")[] = [];
  rejoins = 0;
  private back: Promise<void> = Promise.resolve();
  private waiting: (() => void)[] = [];
  private unwatch: () => void = () => undefined;
  private leaving = false;

  private constructor(url: string, player: Player, options: JoinOptions) {
    this.url = url;
    this.player = player;
    this.options = options;
    this.watch();
  }

  /** Follow a player that holds a seat (its token) or the host token. */
  static of(url: string, player: Player): Follower {
    const options: JoinOptions = {};
    if (player.token) options.token = player.token;
    if (player.hostToken) options.hostToken = player.hostToken;
    return new Follower(url, player, options);
  }

  get matchId(): string {
    return this.player.matchId;
  }

  private watch(): void {
    const room = this.player.room;
    this.unwatch = watchEnds(room, {
      current: () => this.player.room === room && !this.leaving,
      state: () => undefined,
      ended: (code) => {
        this.closes.push(code);
        if (code === "silent" || shouldRejoin(code)) this.back = this.rejoin();
      },
    });
  }

  private async rejoin(): Promise<void> {
    for (let attempt = 1; attempt <= REJOIN_ATTEMPTS; attempt++) {
      await new Promise((r) => setTimeout(r, rejoinDelay(attempt, Math.random())));
      try {
        this.player = await Player.join(this.url, this.matchId, this.options);
        this.rejoins++;
        this.watch();
        for (const w of this.waiting.splice(0)) w();
        return;
      } catch {
        // Not found yet (the match is being claimed elsewhere): try again.
      }
    }
    throw new Error(`match ${this.matchId}: could not rejoin`);
  }

  /** Resolves once this client has rejoined `n` times in all. */
  async rejoined(n: number): Promise<void> {
    while (this.rejoins < n) await new Promise<void>((ok) => this.waiting.push(ok));
    await this.back;
  }

  moved(): boolean {
    return this.closes.some((c) => c === CLOSE.moved || c === CLOSE.fenced);
  }

  async leave(): Promise<void> {
    this.leaving = true;
    this.unwatch();
    this.player.room.removeAllListeners();
    await this.player.leave().catch(() => undefined);
  }
}
