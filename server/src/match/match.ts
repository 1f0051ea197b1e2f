import {
  type Action,
  type ChatMessage,
  type GameState,
  type MatchInfo,
  type MatchStatus,
  type Move,
  type PowerId,
  type Viewer,
} from "@cs/shared";
import type { ClockRow, MatchRow, SeatRow, Storage } from "../storage/types.ts";
import { PhaseClock } from "./clock.ts";
import type { MatchDeps } from "./deps.ts";
import { Game } from "./game.ts";
import { botSayings, matchInfo } from "./record.ts";
import { SerialQueue } from "./queue.ts";
import { notPlaying, refusal, type Refusal } from "./refusal.ts";
import { Seats } from "./seats.ts";
import { ViewCache, newViewCarry } from "./views.ts";

export type { MatchDeps } from "./deps.ts";

/** The pause between phases of a bots-only match. */
const BOT_STEP_MS = 100;

const keyOf = (s: GameState) => `${s.turn}:${s.phase}`;

/**
 * One match without Colyseus: its stored record, the game (engine state, applied and
 * committed through `Game`), who holds which seat, the phase clock and the lifecycle
 * (lobby → running ⇄ paused → finished). Every step runs on one serial queue: an action,
 * the clock's deadline, a host's command. After a step, `settle` lets the bots answer, ends
 * the phase early when every human seat is ready, arms the clock and tells `events`.
 */
export class Match {
  readonly row: MatchRow;
  readonly seats: Seats;
  readonly clock: PhaseClock;
  private statusNow: MatchStatus;
  private gameNow: Game;
  private readonly deps: MatchDeps;
  private readonly queue: SerialQueue;
  /** turn:phase of the phase whose deadline is armed. */
  private armed = "";
  /** A bots-only step is scheduled. */
  private stepping = false;
  /** Unloaded: no more steps of its own. */
  private halted = false;

  private constructor(row: MatchRow, game: Game, seats: readonly SeatRow[], deps: MatchDeps) {
    this.row = row;
    this.gameNow = game;
    this.deps = deps;
    this.statusNow = row.status;
    this.queue = new SerialQueue((e) => console.error(`match ${row.id}:`, e));
    this.seats = new Seats(game.ctx, row.settings.humanSeats, seats);
    this.clock = new PhaseClock(row.settings.timers, deps.timers);
    // Stored on every change, so that a restart resumes the time that was left.
    this.clock.onChange = () => {
      const { deadline, remaining } = this.clock;
      const clock =
        deadline === null && remaining === null
          ? null
          : { key: keyOf(this.state), deadline, remaining };
      void deps.storage.setClock(row.id, clock);
    };
  }

  /** A new match in the lobby, stored at once. */
  static async create(row: MatchRow, deps: MatchDeps): Promise<Match> {
    await deps.storage.createMatch(row);
    return new Match(row, Game.create(deps.storage, row, deps.scenario), [], deps);
  }

  /**
   * A stored match, rebuilt by replaying its log; its clock resumes with the time that was
   * left (`resumeClock`, once whoever carries it is ready to hear events).
   */
  static async restore(row: MatchRow, deps: MatchDeps): Promise<Match> {
    const game = await Game.restore(deps.storage, row, deps.scenario);
    return new Match(row, game, await deps.storage.seats(row.id), deps);
  }

  get status(): MatchStatus {
    return this.statusNow;
  }

  get game(): Game {
    return this.gameNow;
  }

  get state(): GameState {
    return this.gameNow.state;
  }

  get storage(): Storage {
    return this.deps.storage;
  }

  /** Run a step on the match's queue. */
  enqueue<T>(step: () => T | Promise<T>): Promise<T> {
    return this.queue.enqueue(step);
  }

  /** Resolves when every step queued so far has run (tests). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private viewCache: ViewCache | undefined;
  private readonly carry = newViewCarry();

  /** The views of the current state, computed once per viewer (until the state changes). */
  views(): ViewCache {
    const state = this.state;
    if (this.viewCache?.state !== state) this.viewCache = new ViewCache(state, this.carry);
    return this.viewCache;
  }

  /**
   * A seat's action, already parsed: stale views and pauses refused here, rules by the
   * engine. `version` is the version of the view the actor holds (`viewer`'s, the seat's
   * unless a layer says otherwise): stale only when what the actor sees has changed since.
   */
  async act(
    seat: PowerId,
    version: number,
    action: Action,
    viewer: Viewer = seat,
  ): Promise<Refusal | undefined> {
    const closed = notPlaying(this.status);
    if (closed) return closed;
    if (version !== this.views().version(viewer)) {
      return refusal("ERR_STALE_STATE", "What you see has changed since: look again.");
    }
    return this.gameNow.act(seat, action);
  }

  /** A system action (a teacher's inject, an event fired by hand), then settle. */
  async system(action: Action): Promise<Refusal | undefined> {
    const refused = await this.gameNow.act("system", action);
    if (refused) return refused;
    await this.settle();
    return undefined;
  }

  /** After anything changed: bots, early end, phase clock, finish, then events. */
  async settle(): Promise<void> {
    if (this.status === "running") {
      await this.runBots();
      for (let guard = 0; guard < 10 && this.everyoneReady(); guard++) await this.advance();
      this.armClock();
      if (this.gameNow.ended) await this.finish();
      if (this.botsOnly()) this.scheduleStep();
    }
    await this.deps.events.changed(false);
  }

  private everyoneReady(): boolean {
    const humans = this.seats.humans();
    return (
      !this.gameNow.ended && humans.length > 0 && humans.every((p) => this.state.powers[p]?.ready)
    );
  }

  private async advance(): Promise<void> {
    const error = await this.gameNow.act("system", { type: "advance" });
    if (error) throw new Error(`advance refused: ${error.code}`);
    await this.runBots();
  }

  /**
   * No person holds a seat and the phase has no clock: nobody would ever end it. Such a match
   * (bots only) moves on by itself once the bots have acted, unless someone paces it.
   */
  private botsOnly(): boolean {
    return (
      this.status === "running" &&
      !this.gameNow.ended &&
      !(this.deps.paced?.() ?? false) &&
      this.seats.humans().length === 0 &&
      !this.clock.hasClock(this.state.phase)
    );
  }

  /**
   * One phase per step, on the match's timers: other matches' messages run in between, and
   * spectators can follow the match rather than receive its end at once.
   */
  private scheduleStep(): void {
    if (this.stepping) return;
    this.stepping = true;
    this.deps.timers.setTimeout(() => {
      void this.enqueue(async () => {
        this.stepping = false;
        if (this.halted || !this.botsOnly()) return;
        await this.runBots();
        await this.advance();
        await this.settle();
      });
    }, BOT_STEP_MS);
  }

  private onDeadline(key: string): () => void {
    return () => void this.enqueue(() => this.deadline(key));
  }

  /** Arm the deadline when a new phase has begun (or after a restart or resume). */
  private armClock(): void {
    const key = keyOf(this.state);
    if (key === this.armed) return;
    this.armed = key;
    this.clock.schedule(this.state.phase, this.onDeadline(key));
  }

  /** The match (re)starts running: bots act, the clock is armed afresh. */
  async phaseBegins(): Promise<void> {
    this.armed = "";
    await this.settle();
  }

  /**
   * After a restart: a running match's clock resumes with the time that was left when the
   * server stopped; a deadline that passed while it was down ends the phase at once, as it
   * would have. Without a stored clock for this phase, the phase's timer starts in full. A
   * paused match keeps the time left for `resume`.
   */
  async resumeClock(saved: ClockRow | undefined): Promise<void> {
    const key = keyOf(this.state);
    if (this.status === "paused") {
      if (saved?.key === key) this.clock.remaining = saved.remaining;
      return;
    }
    if (this.status !== "running") return;
    await this.enqueue(async () => {
      if (saved?.key !== key || saved.deadline === null) return this.phaseBegins();
      this.armed = key;
      if (saved.deadline <= Date.now()) return this.deadline(key);
      this.clock.scheduleAt(this.onDeadline(key), saved.deadline);
      await this.settle();
    });
  }

  /** A missed deadline: the bot answers for humans who were not ready, then the phase ends. */
  private async deadline(key: string): Promise<void> {
    if (this.status !== "running" || key !== keyOf(this.state)) return;
    if (this.row.settings.botOnDeadline) {
      const late = this.seats.humans().filter((p) => !this.state.powers[p]?.ready);
      await this.gameNow.runBots(late, undefined, 1);
    }
    await this.advance();
    await this.settle();
  }

  /** End the phase now (a teacher's command). */
  async advanceNow(): Promise<Refusal | undefined> {
    if (this.status !== "running") return refusal("ERR_NOT_ALLOWED", "The match is not running.");
    await this.advance();
    await this.settle();
    return undefined;
  }

  /** Extend or shorten the phase's clock. */
  async extend(seconds: number): Promise<Refusal | undefined> {
    const key = keyOf(this.state);
    const ok = this.clock.adjust(this.state.phase, seconds * 1000, this.onDeadline(key));
    if (!ok) return refusal("ERR_NO_TIMER", "This phase has no clock to extend.");
    await this.deps.events.changed(false);
    return undefined;
  }

  async start(): Promise<Refusal | undefined> {
    if (this.status !== "lobby") return refusal("ERR_ALREADY_DONE", "The match has started.");
    await this.setStatus("running");
    await this.phaseBegins();
    return undefined;
  }

  async pause(): Promise<Refusal | undefined> {
    if (this.status !== "running") return refusal("ERR_NOT_ALLOWED", "The match is not running.");
    this.clock.pause();
    await this.setStatus("paused");
    await this.deps.events.changed(false);
    return undefined;
  }

  async resume(): Promise<Refusal | undefined> {
    if (this.status !== "paused") return refusal("ERR_NOT_ALLOWED", "The match is not paused.");
    await this.setStatus("running");
    const key = keyOf(this.state);
    this.armed = key;
    this.clock.resume(this.state.phase, this.onDeadline(key));
    await this.settle();
    return undefined;
  }

  /** A lobby nobody came to: stored as abandoned, never listed nor restored again. */
  async abandon(): Promise<void> {
    if (this.status !== "lobby") return;
    this.halt();
    await this.setStatus("abandoned");
  }

  private async setStatus(status: MatchStatus, finished?: number): Promise<void> {
    this.statusNow = status;
    await this.deps.storage.setStatus(this.row.id, status, finished);
    this.deps.events.status(status);
  }

  /** End the match now, whatever its phase (a class's teacher at the bell). */
  async end(): Promise<Refusal | undefined> {
    if (this.status === "finished") return refusal("ERR_ALREADY_DONE", "The match is over.");
    await this.finish();
    await this.deps.events.changed(false);
    return undefined;
  }

  private async finish(): Promise<void> {
    this.clock.clear();
    await this.setStatus("finished", Date.now());
  }

  /**
   * Go back to an earlier point of the log. `cut` stores the cut (the log shortened, and
   * whatever archive goes with it); the game is then rebuilt from the stored log, `after`
   * actions are applied (a news entry saying what happened), powers that had marked
   * themselves ready are unmarked, and a finished match runs again. State ids went back:
   * every connection is sent a full view.
   */
  async rewind(cut: () => Promise<void>, after: readonly Action[] = []): Promise<void> {
    await cut();
    this.gameNow = await Game.restore(this.deps.storage, this.row, this.deps.scenario);
    for (const a of after) {
      const refused = await this.gameNow.act("system", a);
      if (refused) throw new Error(`rewind: ${refused.code}`);
    }
    for (const p of Object.keys(this.state.powers)) {
      if (this.state.powers[p]?.ready) await this.gameNow.act(p, { type: "ready", ready: false });
    }
    if (this.status === "finished") await this.setStatus("running");
    await this.deps.events.changed(true);
    await this.phaseBegins();
  }

  /** A person takes a free seat (or a random one) and is given its token. */
  async takeSeat(
    power: PowerId | "random",
    name: string,
  ): Promise<{ power: PowerId; token: string } | Refusal> {
    if (this.status === "finished") return refusal("ERR_MATCH_OVER", "The match is over.");
    const claimed = this.seats.claim(power, name);
    if (!claimed) return refusal("ERR_SEAT_TAKEN", "That seat is not open to you.");
    await this.deps.storage.putSeat(this.row.id, claimed.row);
    this.seats.take(claimed.row.power, claimed.row);
    return { power: claimed.row.power, token: claimed.token };
  }

  /** A seat given up: its token is revoked and a bot plays it. */
  async leaveSeat(power: PowerId): Promise<void> {
    await this.deps.storage.deleteSeat(this.row.id, power);
    this.seats.release(power);
  }

  /** A person's seat is taken over by a bot, or given back to its person. */
  async setHolder(power: PowerId, holder: "human" | "bot"): Promise<void> {
    const row = this.seats.setHolder(power, holder);
    if (row) await this.deps.storage.putSeat(this.row.id, row);
    await this.settle();
  }

  /** The bots play; what they said to a person is posted in the treaty's channel (botSayings). */
  private async runBots(): Promise<void> {
    const said: Array<{ seat: PowerId; move: Move }> = [];
    await this.gameNow.runBots(this.seats.bots(), (seat, move) => said.push({ seat, move }));
    for (const message of botSayings(this.state, said, this.seats.humans(), Date.now())) {
      this.deps.events.chat?.(await this.archiveChat(message));
    }
  }

  /** Store a chat message (checked by the caller); its id comes back with it. */
  async archiveChat(message: Omit<ChatMessage, "id">): Promise<ChatMessage> {
    const id = await this.deps.storage.appendChat(this.row.id, message);
    return { id, ...message };
  }

  /** The match's public record (seats, status, deadline). */
  info(spectators: number): MatchInfo {
    return matchInfo(this.row, this.status, this.state, this.clock, this.seats, spectators);
  }

  /** Stop the clock without telling anyone: the match is unloaded, its stored clock stays. */
  halt(): void {
    this.halted = true;
    this.clock.halt();
  }
}
