import { extrasJson, readExtras } from "../chat-json.ts";
import pg from "pg";
import type { ChatMessage, LogEntry, MatchStatus } from "@cs/shared";
import { FencedError } from "../claims.ts";
import type { ClockRow, MatchRow, SeatRow, Storage } from "../types.ts";
import { PgClaims } from "./claims.ts";
import { PgClassStore } from "./classStore.ts";
import { ident, migrate } from "./migrations.ts";

export interface PgOptions {
  /** `postgres://…` (DATABASE_URL). */
  url: string;
  /** The schema the tables live in (PG_SCHEMA; tests use one per run). */
  schema?: string;
  /** A process silent for longer than this is presumed dead (LEASE_MS). */
  leaseMs?: number;
  /** Connections in the pool. */
  max?: number;
}

type Row = Record<string, unknown>;

function toMatch(r: Row): MatchRow {
  return {
    id: String(r.id),
    name: String(r.name),
    settings: JSON.parse(String(r.settings)) as MatchRow["settings"],
    scenario: String(r.scenario),
    start: String(r.start),
    seed: Number(r.seed),
    status: String(r.status) as MatchStatus,
    visibility: r.visibility === "private" ? "private" : "public",
    code: r.code === null ? null : String(r.code),
    hostHash: String(r.host_hash),
    created: Number(r.created),
    finished: r.finished === null ? null : Number(r.finished),
  };
}

const OWNED = "SELECT 1 FROM owners WHERE match = $1 AND epoch = $2 AND process = $3 FOR SHARE";

/**
 * PostgreSQL storage, for several processes. Every write of a match is fenced in the same
 * statement: it locks the match's owner row at this process's epoch (FOR SHARE) and writes
 * only if that row is still there. A claim by another process updates the row, so it waits
 * for writes in flight and every later write of the old owner finds nothing and is refused
 * (FencedError). Log actions are stored as the text written, so replays are byte for byte.
 */
export class PgStorage implements Storage {
  readonly pool: pg.Pool;
  readonly claims: PgClaims;
  readonly classes: PgClassStore;
  readonly schema: string;
  /** Called once per refused write, before it throws (the cluster stops the process). */
  onFenced: (match: string) => void = () => undefined;

  private readonly beats: pg.Pool;

  private constructor(pool: pg.Pool, beats: pg.Pool, schema: string, leaseMs: number) {
    this.pool = pool;
    this.beats = beats;
    this.schema = schema;
    this.claims = new PgClaims(pool, leaseMs, beats);
    this.classes = new PgClassStore(pool, (match, sql, params, also) =>
      this.fenced(match, sql, params, also),
    );
  }

  /** Connect and migrate (under the advisory lock). */
  static async open(o: PgOptions): Promise<PgStorage> {
    const schema = o.schema ?? "public";
    const connect = (max: number) => {
      const pool = new pg.Pool({
        connectionString: o.url,
        max,
        options: `-c search_path=${ident(schema)}`,
        // A dead database fails requests instead of queueing them for ever.
        connectionTimeoutMillis: 5000,
      });
      // An idle client losing its connection (PostgreSQL restarted) must not kill the process.
      pool.on("error", (e) => console.error("PostgreSQL:", e.message));
      return pool;
    };
    const pool = connect(o.max ?? 10);
    await migrate(pool, schema);
    return new PgStorage(pool, connect(1), schema, o.leaseMs ?? 5000);
  }

  /**
   * Run `write` (which reads the owner row through the CTE `o`: `… FROM o`, or
   * `WHERE EXISTS (SELECT 1 FROM o)`) only while this process owns the match at its epoch.
   * $1..$3 are the match, the epoch and the process; the write's own parameters follow.
   * `also` adds data-modifying CTEs that run in the same statement (hence transaction).
   */
  private async fenced(match: string, write: string, params: unknown[], also = ""): Promise<Row[]> {
    const epoch = this.claims.epochOf(match);
    if (epoch !== undefined) {
      const r = await this.pool.query(
        `WITH o AS (${OWNED}), ${also ? `${also}, ` : ""}w AS (${write})
         SELECT (SELECT count(*) FROM o)::int AS owned, w.* FROM (SELECT 1) one
         LEFT JOIN w ON true`,
        [match, epoch, this.claims.processId, ...params],
      );
      if (r.rows[0]?.owned === 1) return r.rows as Row[];
    }
    this.claims.forget(match);
    this.onFenced(match);
    throw new FencedError(match);
  }

  async createMatch(m: MatchRow): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO matches (id, name, settings, scenario, start, seed, status, visibility,
         code, host_hash, created, finished) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          m.id,
          m.name,
          JSON.stringify(m.settings),
          m.scenario,
          m.start,
          m.seed,
          m.status,
          m.visibility,
          m.code,
          m.hostHash,
          m.created,
          m.finished,
        ],
      );
      await client.query("INSERT INTO owners (match, process, epoch) VALUES ($1, $2, 1)", [
        m.id,
        this.claims.processId,
      ]);
      await client.query("COMMIT");
      this.claims.adopt(m.id, 1);
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async getMatch(id: string): Promise<MatchRow | undefined> {
    const r = await this.pool.query("SELECT * FROM matches WHERE id = $1", [id]);
    return r.rows[0] ? toMatch(r.rows[0] as Row) : undefined;
  }

  async matchIdByCode(code: string): Promise<string | undefined> {
    const r = await this.pool.query("SELECT id FROM matches WHERE code = $1", [code]);
    return r.rows[0] ? String((r.rows[0] as Row).id) : undefined;
  }

  async listMatches(statuses: readonly MatchStatus[]): Promise<MatchRow[]> {
    const r = await this.pool.query(
      "SELECT * FROM matches WHERE status = ANY($1) ORDER BY created, id",
      [statuses],
    );
    return r.rows.map((row) => toMatch(row as Row));
  }

  async setStatus(id: string, status: MatchStatus, finished?: number): Promise<void> {
    await this.fenced(
      id,
      `UPDATE matches SET status = $4, finished = $5::bigint WHERE id = $1 AND EXISTS (SELECT 1 FROM o)
       RETURNING 1 AS done`,
      [status, finished ?? null],
    );
  }

  async appendLog(match: string, e: LogEntry): Promise<void> {
    await this.fenced(
      match,
      "INSERT INTO log (match, id, by, action) SELECT $1, $4::int, $5, $6 FROM o RETURNING 1 AS done",
      [e.id, e.by, JSON.stringify(e.action)],
    );
  }

  async readLog(match: string): Promise<LogEntry[]> {
    const r = await this.pool.query("SELECT id, by, action FROM log WHERE match = $1 ORDER BY id", [
      match,
    ]);
    return r.rows.map((row: Row) => ({
      id: Number(row.id),
      by: String(row.by),
      action: JSON.parse(String(row.action)) as LogEntry["action"],
    }));
  }

  async putSeat(match: string, s: SeatRow): Promise<void> {
    await this.fenced(
      match,
      `INSERT INTO seats (match, power, token_hash, name, holder) SELECT $1, $4, $5, $6, $7 FROM o
       ON CONFLICT (match, power) DO UPDATE SET token_hash = excluded.token_hash,
       name = excluded.name, holder = excluded.holder RETURNING 1 AS done`,
      [s.power, s.tokenHash, s.name, s.holder],
    );
  }

  async deleteSeat(match: string, power: string): Promise<void> {
    await this.fenced(
      match,
      `DELETE FROM seats WHERE match = $1 AND power = $4 AND EXISTS (SELECT 1 FROM o)
       RETURNING 1 AS done`,
      [power],
    );
  }

  async seats(match: string): Promise<SeatRow[]> {
    const r = await this.pool.query(
      "SELECT power, token_hash, name, holder FROM seats WHERE match = $1 ORDER BY power",
      [match],
    );
    return r.rows.map((row: Row) => ({
      power: String(row.power),
      tokenHash: String(row.token_hash),
      name: String(row.name),
      holder: row.holder === "bot" ? "bot" : "human",
    }));
  }

  async appendChat(match: string, m: Omit<ChatMessage, "id">): Promise<number> {
    const rows = await this.fenced(
      match,
      `INSERT INTO chat (match, channel, "from", name, text, attach, turn, at)
       SELECT $1, $4, $5, $6, $7, $8, $9::int, $10::bigint FROM o RETURNING id`,
      [m.channel, m.from, m.name ?? null, m.text, extrasJson(m), m.turn, m.at],
    );
    return Number(rows[0]?.id);
  }

  async readChat(match: string): Promise<ChatMessage[]> {
    const r = await this.pool.query("SELECT * FROM chat WHERE match = $1 ORDER BY id", [match]);
    return r.rows.map((row: Row) => ({
      id: Number(row.id),
      channel: String(row.channel),
      from: String(row.from),
      name: row.name === null ? undefined : String(row.name),
      text: String(row.text),
      turn: Number(row.turn),
      at: Number(row.at),
      ...readExtras(row.attach),
    }));
  }

  async setClock(match: string, c: ClockRow | null): Promise<void> {
    if (!c) {
      await this.fenced(
        match,
        "DELETE FROM clocks WHERE match = $1 AND EXISTS (SELECT 1 FROM o) RETURNING 1 AS done",
        [],
      );
      return;
    }
    await this.fenced(
      match,
      `INSERT INTO clocks (match, key, deadline, remaining) SELECT $1, $4, $5::bigint, $6::bigint FROM o
       ON CONFLICT (match) DO UPDATE SET key = excluded.key, deadline = excluded.deadline,
       remaining = excluded.remaining RETURNING 1 AS done`,
      [c.key, c.deadline, c.remaining],
    );
  }

  async getClock(match: string): Promise<ClockRow | undefined> {
    const r = await this.pool.query(
      "SELECT key, deadline, remaining FROM clocks WHERE match = $1",
      [match],
    );
    const row = r.rows[0] as Row | undefined;
    if (!row) return undefined;
    return {
      key: String(row.key),
      deadline: row.deadline === null ? null : Number(row.deadline),
      remaining: row.remaining === null ? null : Number(row.remaining),
    };
  }

  /** Is the database answering? (for /healthz) */
  async ping(): Promise<boolean> {
    try {
      await this.pool.query("SELECT 1");
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.beats.end()]);
  }
}
