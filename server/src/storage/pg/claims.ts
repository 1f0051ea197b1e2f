import type { Pool } from "pg";
import { UNFINISHED, newProcessId, type Claim, type Claims, type Orphan } from "../claims.ts";

/**
 * Claims in PostgreSQL: `processes` holds each live process's heartbeat (the database's clock),
 * `owners` each match's owner and epoch. A process whose heartbeat is older than the lease is
 * presumed dead; its matches are orphans that any other process may claim.
 */
export class PgClaims implements Claims {
  processId = newProcessId();
  private readonly pool: Pool;
  /** Heartbeats, on a connection of their own: never queued behind the matches' writes. */
  private readonly beats: Pool;
  private readonly leaseMs: number;
  private readonly epochs = new Map<string, number>();
  private address = "";

  constructor(pool: Pool, leaseMs: number, beats: Pool = pool) {
    this.pool = pool;
    this.beats = beats;
    this.leaseMs = leaseMs;
  }

  adopt(match: string, epoch: number): void {
    this.epochs.set(match, epoch);
  }

  async join(address: string, processId: string): Promise<void> {
    if (this.epochs.size > 0) throw new Error("join before owning any match");
    this.processId = processId;
    this.address = address;
    await this.pool.query(
      `INSERT INTO processes (id, address) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET address = excluded.address, beat = now()`,
      [this.processId, address],
    );
  }

  async beat(): Promise<boolean> {
    // Refused once the lease has lapsed: others may already run this process's matches.
    const r = await this.beats.query(
      `UPDATE processes SET beat = now()
       WHERE id = $1 AND beat > now() - $2::int * interval '1 millisecond'`,
      [this.processId, this.leaseMs],
    );
    return r.rowCount === 1;
  }

  async orphans(limit: number): Promise<Orphan[]> {
    // Dead: no owner row, an owner that left or was released, a lapsed lease, or an earlier
    // incarnation at this process's own address (we hold its port: it cannot be running).
    const r = await this.pool.query<{ match: string; epoch: number | null; dead: string | null }>(
      `SELECT m.id AS match, o.epoch, NULLIF(o.process, '') AS dead FROM matches m
       LEFT JOIN owners o ON o.match = m.id
       LEFT JOIN processes p ON p.id = o.process
       WHERE m.status = ANY($1) AND o.process IS DISTINCT FROM $2
         AND (p.id IS NULL OR p.beat < now() - $3::int * interval '1 millisecond'
              OR (p.address = $4 AND p.started < (SELECT started FROM processes WHERE id = $2)))
       ORDER BY m.created LIMIT $5`,
      [UNFINISHED, this.processId, this.leaseMs, this.address, limit],
    );
    return r.rows.map((row) => ({ match: row.match, epoch: row.epoch, dead: row.dead }));
  }

  async claim(match: string, seen: number | null): Promise<Claim | undefined> {
    if (seen === null) {
      const r = await this.pool.query(
        `INSERT INTO owners (match, process, epoch) VALUES ($1, $2, 1)
         ON CONFLICT (match) DO NOTHING`,
        [match, this.processId],
      );
      if (r.rowCount !== 1) return undefined;
      this.epochs.set(match, 1);
      return { match, epoch: 1, gapMs: 0 };
    }
    // Compare-and-swap on the epoch seen; the previous owner's last sign of life gives the gap
    // over which the match's clock is frozen.
    const r = await this.pool.query<{ epoch: number; gap: number }>(
      `WITH prev AS (
         SELECT GREATEST(COALESCE(p.beat, o.claimed), o.claimed) AS alive FROM owners o
         LEFT JOIN processes p ON p.id = o.process WHERE o.match = $1 AND o.epoch = $3)
       UPDATE owners SET process = $2, epoch = epoch + 1, claimed = now()
       WHERE match = $1 AND epoch = $3
       RETURNING epoch, GREATEST(0, extract(epoch FROM now() - (SELECT alive FROM prev)) * 1000)::float8 AS gap`,
      [match, this.processId, seen],
    );
    const row = r.rows[0];
    if (!row) return undefined;
    this.epochs.set(match, row.epoch);
    return { match, epoch: row.epoch, gapMs: Math.round(row.gap) };
  }

  async release(match: string, held?: number): Promise<void> {
    const epoch = held ?? this.epochs.get(match);
    this.epochs.delete(match);
    if (epoch === undefined) return;
    await this.pool.query(
      `UPDATE owners SET process = '', claimed = now()
       WHERE match = $1 AND epoch = $2 AND process = $3`,
      [match, epoch, this.processId],
    );
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

  async leave(): Promise<void> {
    await this.pool.query("DELETE FROM processes WHERE id = $1", [this.processId]);
  }

  async sweep(): Promise<number> {
    const r = await this.pool.query(
      `DELETE FROM processes p
       WHERE p.id <> $1 AND p.beat < now() - $2::int * interval '1 millisecond'
         AND NOT EXISTS (SELECT 1 FROM owners o JOIN matches m ON m.id = o.match
                         WHERE o.process = p.id AND m.status = ANY($3))`,
      [this.processId, this.leaseMs, UNFINISHED],
    );
    return r.rowCount ?? 0;
  }
}
