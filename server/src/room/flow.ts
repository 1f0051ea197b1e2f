import type { Action, PowerId } from "@cs/shared";
import { chooseActions } from "@cs/shared";
import type { ClockRow } from "../storage/types.ts";
import type { MatchRoom } from "./MatchRoom.ts";
import { services } from "./services.ts";
import { sendViews } from "./views.ts";

/**
 * The match's sequence of events, one at a time: a client's action, the clock's deadline,
 * the host's commands. Each step applies through the engine, commits, lets the bots
 * answer, ends the phase early when every human seat is ready, then sends the views.
 */
export class Flow {
  private readonly room: MatchRoom;
  private queue: Promise<unknown> = Promise.resolve();
  /** turn:phase of the phase whose deadline is armed. */
  private armed = "";
  /** A bots-only step is scheduled. */
  private stepping = false;

  constructor(room: MatchRoom) {
    this.room = room;
  }

  /** Run steps strictly in order: an async commit must not interleave with another step. */
  enqueue<T>(step: () => T | Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    this.queue = next.catch((e: unknown) => console.error(`match ${this.room.row.id}:`, e));
    return next;
  }

  /** A seat's action, already parsed: stale ids and pauses refused here, rules by the engine. */
  async act(seat: PowerId, stateId: number, action: Action): Promise<Refusal | undefined> {
    const { room } = this;
    if (room.status === "lobby")
      return refusal("ERR_NOT_STARTED", "The host has not started the match.");
    if (room.status === "paused") return refusal("ERR_PAUSED", "The match is paused.");
    if (room.status === "finished") return refusal("ERR_MATCH_OVER", "The match is over.");
    if (stateId !== room.game.state.stateId) {
      return refusal(
        "ERR_STALE_STATE",
        `Your view is at state ${stateId}; the match is at ${room.game.state.stateId}.`,
      );
    }
    return room.game.act(seat, action);
  }

  /** After anything changed: bots, early end, phase clock, finish, views. */
  async settle(): Promise<void> {
    const { room } = this;
    if (room.status === "running") {
      await room.game.runBots(room.seats.bots());
      for (let guard = 0; guard < 10 && this.everyoneReady(); guard++) {
        await this.advance();
      }
      this.armClock();
      if (room.game.ended) await this.finish();
      if (this.botsOnly()) this.scheduleStep();
    }
    sendViews(room.clients, room.game.state);
    room.broadcastInfo();
  }

  private everyoneReady(): boolean {
    const { game, seats } = this.room;
    const humans = seats.humans();
    return !game.ended && humans.length > 0 && humans.every((p) => game.state.powers[p]?.ready);
  }

  private async advance(): Promise<void> {
    const error = await this.room.game.act("system", { type: "advance" });
    if (error) throw new Error(`advance refused: ${error.code}`);
    await this.room.game.runBots(this.room.seats.bots());
  }

  /**
   * No person holds a seat and the phase has no clock: nobody would ever end it. Such a match
   * (bots only) moves on by itself once the bots have acted. A class is paced by its teacher.
   */
  private botsOnly(): boolean {
    const { room } = this;
    return (
      room.status === "running" &&
      !room.game.ended &&
      !room.classroom &&
      room.seats.humans().length === 0 &&
      !room.phaseClock.hasClock(room.game.state.phase)
    );
  }

  /**
   * One phase per step, on the room's clock: other rooms' messages run in between, and
   * spectators can follow the match rather than receive its end at once.
   */
  private scheduleStep(): void {
    if (this.stepping) return;
    this.stepping = true;
    this.room.clock.setTimeout(() => {
      void this.enqueue(async () => {
        this.stepping = false;
        if (!this.botsOnly()) return;
        await this.room.game.runBots(this.room.seats.bots());
        await this.advance();
        await this.settle();
      });
    }, BOT_STEP_MS);
  }

  /** Arm the deadline when a new phase has begun (or after a restart or resume). */
  private armClock(force = false): void {
    const { state } = this.room.game;
    const key = `${state.turn}:${state.phase}`;
    if (!force && key === this.armed) return;
    this.armed = key;
    this.room.phaseClock.schedule(state.phase, () => void this.enqueue(() => this.deadline(key)));
  }

  /** The match (re)starts running: bots act, the clock is armed. */
  async phaseBegins(): Promise<void> {
    this.armed = "";
    await this.settle();
  }

  /**
   * After a restart: the phase's clock resumes with the time that was left when the server
   * stopped; a deadline that passed while it was down ends the phase at once, as it would
   * have (the bot answering for the late when the match says so). Without a stored clock for
   * this phase, the phase's timer starts in full.
   */
  async restore(saved: ClockRow | undefined): Promise<void> {
    const { state } = this.room.game;
    const key = `${state.turn}:${state.phase}`;
    if (saved?.key !== key || saved.deadline === null) return this.phaseBegins();
    this.armed = key;
    const left = saved.deadline - Date.now();
    if (left <= 0) return this.deadline(key);
    this.room.phaseClock.schedule(
      state.phase,
      () => void this.enqueue(() => this.deadline(key)),
      left,
    );
    await this.settle();
  }

  /** After a restart of a paused match: `resume` will give back the time that was left. */
  restorePaused(saved: ClockRow | undefined): void {
    const { state } = this.room.game;
    if (saved?.key === `${state.turn}:${state.phase}`)
      this.room.phaseClock.remaining = saved.remaining;
  }

  /** A missed deadline: the bot answers for humans who were not ready, then the phase ends. */
  private async deadline(key: string): Promise<void> {
    const { room } = this;
    const { state } = room.game;
    if (room.status !== "running" || key !== `${state.turn}:${state.phase}`) return;
    if (room.row.settings.botOnDeadline) {
      const late = room.seats.humans().filter((p) => !state.powers[p]?.ready);
      for (const seat of late) {
        for (const a of chooseActions(room.game.state, seat, room.game.ctx)) {
          if (await room.game.act(seat, a)) break;
        }
      }
    }
    await this.advance();
    await this.settle();
  }

  /** The teacher ends the phase now. */
  async advanceNow(): Promise<void> {
    await this.advance();
    await this.settle();
  }

  /** The teacher extends or shortens the phase's clock; false without a clock. */
  extend(seconds: number): boolean {
    const { state } = this.room.game;
    const key = `${state.turn}:${state.phase}`;
    return this.room.phaseClock.adjust(state.phase, seconds * 1000, () => {
      void this.enqueue(() => this.deadline(key));
    });
  }

  async start(): Promise<void> {
    const { room } = this;
    room.status = "running";
    await services().storage.setStatus(room.row.id, "running");
    await this.phaseBegins();
  }

  async pause(): Promise<void> {
    const { room } = this;
    room.status = "paused";
    room.phaseClock.pause();
    await services().storage.setStatus(room.row.id, "paused");
    room.broadcastInfo();
  }

  async resume(): Promise<void> {
    const { room } = this;
    room.status = "running";
    await services().storage.setStatus(room.row.id, "running");
    const { state } = room.game;
    const key = `${state.turn}:${state.phase}`;
    this.armed = key;
    room.phaseClock.resume(state.phase, () => void this.enqueue(() => this.deadline(key)));
    await this.settle();
  }

  async setHolder(power: PowerId, holder: "human" | "bot"): Promise<void> {
    const row = this.room.seats.setHolder(power, holder);
    if (row) await services().storage.putSeat(this.room.row.id, row);
    await this.settle();
  }

  private async finish(): Promise<void> {
    const { room } = this;
    room.status = "finished";
    room.phaseClock.clear();
    await services().storage.setStatus(room.row.id, "finished", Date.now());
    room.autoDispose = true;
  }
}

/** The pause between phases of a bots-only match. */
const BOT_STEP_MS = 100;

/** A refusal sent back to the sender only: an engine code or a protocol code. */
export interface Refusal {
  code: string;
  message: string;
}

const refusal = (code: string, message: string): Refusal => ({ code, message });
