import type { Pool } from "pg";
import type { ClassSettings, LogEntry, Memo, Role } from "@cs/shared";
import type { ClassStore, RollbackRow, StudentRow } from "../classStore.ts";

type Row = Record<string, unknown>;
/** A write fenced by the match's epoch (see PgStorage.fenced). */
export type Fenced = (
  match: string,
  write: string,
  params: unknown[],
  also?: string,
) => Promise<Row[]>;

/** The classroom tables in PostgreSQL; writes fenced like the match's own. */
export class PgClassStore implements ClassStore {
  private readonly pool: Pool;
  private readonly fenced: Fenced;

  constructor(pool: Pool, fenced: Fenced) {
    this.pool = pool;
    this.fenced = fenced;
  }

  async putClass(match: string, settings: ClassSettings & { askMemos: boolean }): Promise<void> {
    await this.fenced(
      match,
      `INSERT INTO class_settings (match, settings) SELECT $1, $4 FROM o
       ON CONFLICT (match) DO UPDATE SET settings = excluded.settings RETURNING 1 AS done`,
      [JSON.stringify(settings)],
    );
  }

  async getClass(match: string) {
    const r = await this.pool.query("SELECT settings FROM class_settings WHERE match = $1", [
      match,
    ]);
    const row = r.rows[0] as Row | undefined;
    return row
      ? (JSON.parse(String(row.settings)) as ClassSettings & { askMemos: boolean })
      : undefined;
  }

  async putStudent(match: string, s: StudentRow): Promise<void> {
    await this.fenced(
      match,
      `INSERT INTO class_students (match, id, token_hash, name, power, roles, prefs, briefing, joined)
       SELECT $1, $4, $5, $6, $7, $8, $9, $10::boolean, $11::bigint FROM o
       ON CONFLICT (match, id) DO UPDATE SET token_hash = excluded.token_hash,
       name = excluded.name, power = excluded.power, roles = excluded.roles,
       prefs = excluded.prefs, briefing = excluded.briefing RETURNING 1 AS done`,
      [
        s.id,
        s.tokenHash,
        s.name,
        s.power,
        JSON.stringify(s.roles),
        JSON.stringify(s.prefs),
        s.briefingRead,
        s.joined,
      ],
    );
  }

  async deleteStudent(match: string, id: string): Promise<void> {
    await this.fenced(
      match,
      `DELETE FROM class_students WHERE match = $1 AND id = $4 AND EXISTS (SELECT 1 FROM o)
       RETURNING 1 AS done`,
      [id],
    );
  }

  async students(match: string): Promise<StudentRow[]> {
    const r = await this.pool.query(
      "SELECT * FROM class_students WHERE match = $1 ORDER BY joined, id",
      [match],
    );
    return r.rows.map((row: Row) => ({
      id: String(row.id),
      tokenHash: String(row.token_hash),
      name: String(row.name),
      power: row.power === null ? null : String(row.power),
      roles: JSON.parse(String(row.roles)) as Role[],
      prefs: JSON.parse(String(row.prefs)) as string[],
      briefingRead: row.briefing === true,
      joined: Number(row.joined),
    }));
  }

  async appendMemo(match: string, m: Omit<Memo, "id">): Promise<number> {
    const rows = await this.fenced(
      match,
      `INSERT INTO class_memos (match, turn, power, student, name, text, at)
       SELECT $1, $4::int, $5, $6, $7, $8, $9::bigint FROM o RETURNING id`,
      [m.turn, m.power, m.student, m.name, m.text, m.at],
    );
    return Number(rows[0]?.id);
  }

  async memos(match: string): Promise<Memo[]> {
    const r = await this.pool.query("SELECT * FROM class_memos WHERE match = $1 ORDER BY id", [
      match,
    ]);
    return r.rows.map((row: Row) => ({
      id: Number(row.id),
      turn: Number(row.turn),
      power: String(row.power),
      student: String(row.student),
      name: String(row.name),
      text: String(row.text),
      at: Number(row.at),
    }));
  }

  /** The archive and the cut are one statement, hence one transaction, fenced together. */
  async rollback(match: string, r: RollbackRow): Promise<void> {
    await this.fenced(
      match,
      `INSERT INTO class_rollbacks (match, at, turn, time, undone)
       SELECT $1, $4::int, $5::int, $6::bigint, $7 FROM o RETURNING 1 AS done`,
      [r.at, r.turn, r.time, JSON.stringify(r.undone)],
      "cut AS (DELETE FROM log WHERE match = $1 AND id > $4::int AND EXISTS (SELECT 1 FROM o))",
    );
  }

  async rollbacks(match: string): Promise<RollbackRow[]> {
    const r = await this.pool.query(
      "SELECT at, turn, time, undone FROM class_rollbacks WHERE match = $1 ORDER BY id",
      [match],
    );
    return r.rows.map((row: Row) => ({
      at: Number(row.at),
      turn: Number(row.turn),
      time: Number(row.time),
      undone: JSON.parse(String(row.undone)) as LogEntry[],
    }));
  }
}
