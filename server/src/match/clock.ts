import type { Phase, PhaseTimers } from "@cs/shared";
import type { Timer, Timers } from "./timers.ts";

/**
 * The phase clock: one deadline at a time, per the match's timers (none for long games),
 * paused and resumed by the host. `schedule` is called whenever a phase begins. `onChange`
 * hears every change, so the room can store the deadline and a restart resume it.
 */
export class PhaseClock {
  deadline: number | null = null;
  remaining: number | null = null;
  onChange: () => void = () => undefined;
  private timer: Timer | undefined;
  private readonly phaseTimers: PhaseTimers | null;
  private readonly timers: Timers;

  constructor(phaseTimers: PhaseTimers | null, timers: Timers) {
    this.phaseTimers = phaseTimers;
    this.timers = timers;
  }

  private secondsFor(phase: Phase): number | null {
    return phase === "ended" || !this.phaseTimers ? null : this.phaseTimers[phase];
  }

  /** Whether this phase runs on a clock (the teacher's ±1 minute needs one). */
  hasClock(phase: Phase): boolean {
    return this.secondsFor(phase) !== null;
  }

  schedule(phase: Phase, onDeadline: () => void, ms?: number): void {
    this.stop();
    const seconds = this.secondsFor(phase);
    const wait = ms ?? (seconds === null ? null : seconds * 1000);
    if (wait !== null) {
      this.deadline = Date.now() + wait;
      this.timer = this.timers.setTimeout(onDeadline, wait);
    }
    this.onChange();
  }

  /** Keep a deadline already set (after a restart): exactly it, not "now + what was left". */
  scheduleAt(onDeadline: () => void, deadline: number): void {
    this.stop();
    this.deadline = deadline;
    this.timer = this.timers.setTimeout(onDeadline, Math.max(0, deadline - Date.now()));
    this.onChange();
  }

  pause(): void {
    this.remaining = this.deadline === null ? null : Math.max(0, this.deadline - Date.now());
    this.stop();
    this.onChange();
  }

  resume(phase: Phase, onDeadline: () => void): void {
    const left = this.remaining;
    this.remaining = null;
    if (left === null) this.schedule(phase, onDeadline);
    else this.schedule(phase, onDeadline, left);
  }

  /** Add (or take away) time on the running or paused phase; false when there is no clock. */
  adjust(phase: Phase, ms: number, onDeadline: () => void): boolean {
    if (this.remaining !== null) {
      this.remaining = Math.max(0, this.remaining + ms);
      this.onChange();
      return true;
    }
    if (this.deadline === null) return false;
    const left = Math.max(0, this.deadline - Date.now() + ms);
    this.schedule(phase, onDeadline, left);
    return true;
  }

  clear(): void {
    this.stop();
    this.onChange();
  }

  /** Stop the timer without telling anyone: the room is going away, its stored clock stays. */
  halt(): void {
    this.stop();
  }

  private stop(): void {
    this.timer?.clear();
    this.timer = undefined;
    this.deadline = null;
  }
}
