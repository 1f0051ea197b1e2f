import { randomBytes } from "node:crypto";
import type { MatchStatus } from "@cs/shared";

/** The statuses whose matches need a room (and so an owner). */
export const UNFINISHED: readonly MatchStatus[] = ["lobby", "running", "paused"];

/** A match this process now owns: its epoch, and how long its previous owner had been silent. */
export interface Claim {
  match: string;
  epoch: number;
  /** Milliseconds between the previous owner's last sign of life and this claim (0: none). */
  gapMs: number;
}

/**
 * A match without a live owner, the epoch a claim must find (null: never owned), and the
 * process that owned it when that one is dead (null: never owned, or given up by a drain).
 */
export interface Orphan {
  match: string;
  epoch: number | null;
  dead: string | null;
}

/**
 * Who runs which match. A match is run by exactly one process: the one holding its claim, at
 * an epoch that only grows. A claim is a compare-and-swap on the epoch last seen, so of two
 * processes racing for a match exactly one wins; every write of a match checks the epoch (in
 * the same statement), so a process that lost a match cannot write to it any more.
 */
export interface Claims {
  readonly processId: string;
  /**
   * Register this process and where its rooms are reached (its `publicAddress`), under
   * Colyseus's own process id, so that the database, Redis and `/healthz` name it alike.
   */
  join(address: string, processId: string): Promise<void>;
  /** Heartbeat. False: the lease lapsed and others may have taken this process's matches. */
  beat(): Promise<boolean>;
  /** Unfinished matches whose owner is gone, stalled past the lease or released; oldest first. */
  orphans(limit: number): Promise<Orphan[]>;
  /** Take a match if its epoch is still `seen`; undefined when another process was first. */
  claim(match: string, seen: number | null): Promise<Claim | undefined>;
  /** Give a match up (draining), so that another process claims it at once. */
  release(match: string, epoch?: number): Promise<void>;
  /** Forget a match locally (its room was disposed: finished, or lost). */
  forget(match: string): void;
  epochOf(match: string): number | undefined;
  owned(): string[];
  /** Leave the cluster: stop being a live process (matches not released stay to be claimed). */
  leave(): Promise<void>;
  /**
   * Forget the processes dead past the lease once they own no unfinished match (theirs were
   * claimed): the number removed. Kept until then, since a claim reads the dead owner's last
   * heartbeat to resume the match's clock with the time that was left.
   */
  sweep(): Promise<number>;
}

/** Raised by a write whose epoch is no longer the match's: another process owns it now. */
export class FencedError extends Error {
  readonly match: string;
  constructor(match: string) {
    super(`match ${match}: this process no longer owns it (fenced)`);
    this.name = "FencedError";
    this.match = match;
  }
}

export const newProcessId = () => randomBytes(6).toString("base64url");

/**
 * One process on its own database file (SQLite): it owns every match. Claims are kept in
 * memory only; there is nobody to fence.
 */
export class LocalClaims implements Claims {
  processId = newProcessId();
  private readonly epochs = new Map<string, number>();
  private readonly unfinished: () => Promise<string[]>;

  constructor(unfinished: () => Promise<string[]>) {
    this.unfinished = unfinished;
  }

  /** A match this process has just created. */
  adopt(match: string): void {
    this.epochs.set(match, 1);
  }
  async join(_address: string, processId: string): Promise<void> {
    this.processId = processId;
  }
  async beat(): Promise<boolean> {
    return true;
  }
  async orphans(limit: number): Promise<Orphan[]> {
    const ids = await this.unfinished();
    return ids
      .filter((id) => !this.epochs.has(id))
      .slice(0, limit)
      .map((match) => ({ match, epoch: null, dead: null }));
  }
  async claim(match: string): Promise<Claim | undefined> {
    if (this.epochs.has(match)) return undefined;
    this.epochs.set(match, 1);
    return { match, epoch: 1, gapMs: 0 };
  }
  async release(match: string): Promise<void> {
    this.epochs.delete(match);
  }
  forget(match: string): void {
    this.epochs.delete(match);
  }
  epochOf(match: string): number | undefined {
    return this.epochs.get(match);
  }
  owned(): string[] {
    return [...this.epochs.keys()];
  }
  async leave(): Promise<void> {}
  async sweep(): Promise<number> {
    return 0;
  }
}
