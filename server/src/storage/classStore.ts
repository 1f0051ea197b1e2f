import type { DatabaseSync } from "node:sqlite";
import type { ClassSettings, LogEntry, Memo, Role } from "@cs/shared";

/** A student of a class: a display name and a hashed token, no account. */
export interface StudentRow {
  id: string;
  tokenHash: string;
  name: string;
  power: string | null;
  roles: Role[];
  prefs: string[];
  briefingRead: boolean;
  joined: number;
}

export interface RollbackRow {
  /** The last state id kept; the log resumes after it. */
  at: number;
  turn: number;
  time: number;
  undone: LogEntry[];
}

/**
 * Classroom storage, beside the match tables and additive to them: a class's settings, its
 * roster, its memos and its rollbacks (the undone log entries are archived, not lost).
 */
export interface ClassStore {
  putClass(match: string, settings: ClassSettings & { askMemos: boolean }): Promise<void>;
  getClass(match: string): Promise<(ClassSettings & { askMemos: boolean }) | undefined>;
  putStudent(match: string, s: StudentRow): Promise<void>;
  deleteStudent(match: string, id: string): Promise<void>;
  students(match: string): Promise<StudentRow[]>;
  appendMemo(match: string, m: Omit<Memo, "id">): Promise<number>;
  memos(match: string): Promise<Memo[]>;
  /** Archive the undone entries and cut the log after `at`, in one transaction. */
  rollback(match: string, r: RollbackRow): Promise<void>;
  rollbacks(match: string): Promise<RollbackRow[]>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS class_settings (match TEXT PRIMARY KEY, settings TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS class_students (
  match TEXT NOT NULL, id TEXT NOT NULL, token_hash TEXT NOT NULL, name TEXT NOT NULL,
  power TEXT, roles TEXT NOT NULL, prefs TEXT NOT NULL, briefing INTEGER NOT NULL,
  joined INTEGER NOT NULL, PRIMARY KEY (match, id)
);
CREATE TABLE IF NOT EXISTS class_memos (
  id INTEGER PRIMARY KEY AUTOINCREMENT, match TEXT NOT NULL, turn INTEGER NOT NULL,
  power TEXT NOT NULL, student TEXT NOT NULL, name TEXT NOT NULL, text TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS class_memos_match ON class_memos(match, id);
CREATE TABLE IF NOT EXISTS class_rollbacks (
  id INTEGER PRIMARY KEY AUTOINCREMENT, match TEXT NOT NULL, at INTEGER NOT NULL,
  turn INTEGER NOT NULL, time INTEGER NOT NULL, undone TEXT NOT NULL
);
`;

export class SqliteClassStore implements ClassStore {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
    this.db.exec(SCHEMA);
  }

  async putClass(match: string, settings: ClassSettings & { askMemos: boolean }): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO class_settings (match, settings) VALUES (?, ?)
         ON CONFLICT (match) DO UPDATE SET settings = excluded.settings`,
      )
      .run(match, JSON.stringify(settings));
  }

  async getClass(match: string) {
    const r = this.db.prepare("SELECT settings FROM class_settings WHERE match = ?").get(match);
    return r
      ? (JSON.parse(String(r.settings)) as ClassSettings & { askMemos: boolean })
      : undefined;
  }

  async putStudent(match: string, s: StudentRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO class_students (match, id, token_hash, name, power, roles, prefs, briefing, joined)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (match, id) DO UPDATE SET token_hash = excluded.token_hash,
         name = excluded.name, power = excluded.power, roles = excluded.roles,
         prefs = excluded.prefs, briefing = excluded.briefing`,
      )
      .run(
        match,
        s.id,
        s.tokenHash,
        s.name,
        s.power,
        JSON.stringify(s.roles),
        JSON.stringify(s.prefs),
        s.briefingRead ? 1 : 0,
        s.joined,
      );
  }

  async deleteStudent(match: string, id: string): Promise<void> {
    this.db.prepare("DELETE FROM class_students WHERE match = ? AND id = ?").run(match, id);
  }

  async students(match: string): Promise<StudentRow[]> {
    return this.db
      .prepare("SELECT * FROM class_students WHERE match = ? ORDER BY joined, id")
      .all(match)
      .map((r) => ({
        id: String(r.id),
        tokenHash: String(r.token_hash),
        name: String(r.name),
        power: r.power === null ? null : String(r.power),
        roles: JSON.parse(String(r.roles)) as Role[],
        prefs: JSON.parse(String(r.prefs)) as string[],
        briefingRead: Number(r.briefing) === 1,
        joined: Number(r.joined),
      }));
  }

  async appendMemo(match: string, m: Omit<Memo, "id">): Promise<number> {
    const r = this.db
      .prepare(
        `INSERT INTO class_memos (match, turn, power, student, name, text, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(match, m.turn, m.power, m.student, m.name, m.text, m.at);
    return Number(r.lastInsertRowid);
  }

  async memos(match: string): Promise<Memo[]> {
    return this.db
      .prepare("SELECT * FROM class_memos WHERE match = ? ORDER BY id")
      .all(match)
      .map((r) => ({
        id: Number(r.id),
        turn: Number(r.turn),
        power: String(r.power),
        student: String(r.student),
        name: String(r.name),
        text: String(r.text),
        at: Number(r.at),
      }));
  }

  async rollback(match: string, r: RollbackRow): Promise<void> {
    this.db.exec("BEGIN");
    try {
      this.db
        .prepare(
          "INSERT INTO class_rollbacks (match, at, turn, time, undone) VALUES (?, ?, ?, ?, ?)",
        )
        .run(match, r.at, r.turn, r.time, JSON.stringify(r.undone));
      this.db.prepare("DELETE FROM log WHERE match = ? AND id > ?").run(match, r.at);
      this.db.exec("COMMIT");
    } catch (e) {
      this.db.exec("ROLLBACK");
      throw e;
    }
  }

  async rollbacks(match: string): Promise<RollbackRow[]> {
    return this.db
      .prepare("SELECT at, turn, time, undone FROM class_rollbacks WHERE match = ? ORDER BY id")
      .all(match)
      .map((r) => ({
        at: Number(r.at),
        turn: Number(r.turn),
        time: Number(r.time),
        undone: JSON.parse(String(r.undone)) as LogEntry[],
      }));
  }
}
