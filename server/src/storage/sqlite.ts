import { extrasJson, readExtras } from "./chat-json.ts";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { ChatMessage, LogEntry, MatchStatus } from "@cs/shared";
import { startCheckpointer } from "./checkpointer.ts";
import { LocalClaims, UNFINISHED } from "./claims.ts";
import { SqliteClassStore, type ClassStore } from "./classStore.ts";
import type { ClockRow, MatchRow, SeatRow, Storage } from "./types.ts";

/**
 * node:sqlite, built into Node ≥ 22.13: no native build (better-sqlite3 12 builds against
 * Node 20 only), one file under DATA_DIR. WAL with synchronous=NORMAL survives a killed
 * process (only a power cut can lose the last transactions).
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, settings TEXT NOT NULL, scenario TEXT NOT NULL,
  start TEXT NOT NULL, seed INTEGER NOT NULL, status TEXT NOT NULL, visibility TEXT NOT NULL,
  code TEXT UNIQUE, host_hash TEXT NOT NULL, created INTEGER NOT NULL, finished INTEGER
);
CREATE INDEX IF NOT EXISTS matches_status ON matches(status);
CREATE TABLE IF NOT EXISTS log (
  match TEXT NOT NULL, id INTEGER NOT NULL, by TEXT NOT NULL, action TEXT NOT NULL,
  PRIMARY KEY (match, id)
);
CREATE TABLE IF NOT EXISTS seats (
  match TEXT NOT NULL, power TEXT NOT NULL, token_hash TEXT NOT NULL, name TEXT NOT NULL,
  holder TEXT NOT NULL, PRIMARY KEY (match, power)
);
CREATE TABLE IF NOT EXISTS chat (
  id INTEGER PRIMARY KEY AUTOINCREMENT, match TEXT NOT NULL, channel TEXT NOT NULL,
  "from" TEXT NOT NULL, name TEXT, text TEXT NOT NULL, attach TEXT, turn INTEGER NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chat_match ON chat(match, id);
CREATE TABLE IF NOT EXISTS clocks (
  match TEXT PRIMARY KEY, key TEXT NOT NULL, deadline INTEGER, remaining INTEGER
);
`;

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

export class SqliteStorage implements Storage {
  readonly db: DatabaseSync;
  readonly classes: ClassStore;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, "matches.sqlite");
    this.db = new DatabaseSync(file);
    // Checkpoints run in a worker (checkpointer.ts), not inside a room's commit.
    // A connection still closing (the checkpointer's, a restart's) is waited for, not an error.
    this.db.exec(
      "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; " +
        "PRAGMA journal_size_limit = 67108864;",
    );
    this.db.exec(SCHEMA);
    this.classes = new SqliteClassStore(this.db);
    this.stopCheckpointer = startCheckpointer(file);
  }

  private readonly stopCheckpointer: () => Promise<void>;
  readonly claims = new LocalClaims(async () =>
    (await this.listMatches(UNFINISHED)).map((m) => m.id),
  );

  async ping(): Promise<boolean> {
    return this.db.isOpen;
  }

  async createMatch(m: MatchRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO matches (id, name, settings, scenario, start, seed, status, visibility, code,
         host_hash, created, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
      );
    this.claims.adopt(m.id);
  }

  async getMatch(id: string): Promise<MatchRow | undefined> {
    const r = this.db.prepare("SELECT * FROM matches WHERE id = ?").get(id);
    return r ? toMatch(r) : undefined;
  }

  async matchIdByCode(code: string): Promise<string | undefined> {
    const r = this.db.prepare("SELECT id FROM matches WHERE code = ?").get(code);
    return r ? String(r.id) : undefined;
  }

  async listMatches(statuses: readonly MatchStatus[]): Promise<MatchRow[]> {
    const marks = statuses.map(() => "?").join(", ");
    return this.db
      .prepare(`SELECT * FROM matches WHERE status IN (${marks}) ORDER BY created`)
      .all(...statuses)
      .map(toMatch);
  }

  async setStatus(id: string, status: MatchStatus, finished?: number): Promise<void> {
    this.db
      .prepare("UPDATE matches SET status = ?, finished = ? WHERE id = ?")
      .run(status, finished ?? null, id);
  }

  async appendLog(match: string, e: LogEntry): Promise<void> {
    this.db
      .prepare("INSERT INTO log (match, id, by, action) VALUES (?, ?, ?, ?)")
      .run(match, e.id, e.by, JSON.stringify(e.action));
  }

  async readLog(match: string): Promise<LogEntry[]> {
    return this.db
      .prepare("SELECT id, by, action FROM log WHERE match = ? ORDER BY id")
      .all(match)
      .map((r) => ({
        id: Number(r.id),
        by: String(r.by),
        action: JSON.parse(String(r.action)) as LogEntry["action"],
      }));
  }

  async putSeat(match: string, s: SeatRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO seats (match, power, token_hash, name, holder) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (match, power) DO UPDATE SET token_hash = excluded.token_hash,
         name = excluded.name, holder = excluded.holder`,
      )
      .run(match, s.power, s.tokenHash, s.name, s.holder);
  }

  async deleteSeat(match: string, power: string): Promise<void> {
    this.db.prepare("DELETE FROM seats WHERE match = ? AND power = ?").run(match, power);
  }

  async seats(match: string): Promise<SeatRow[]> {
    return this.db
      .prepare("SELECT power, token_hash, name, holder FROM seats WHERE match = ? ORDER BY power")
      .all(match)
      .map((r) => ({
        power: String(r.power),
        tokenHash: String(r.token_hash),
        name: String(r.name),
        holder: r.holder === "bot" ? "bot" : "human",
      }));
  }

  async appendChat(match: string, m: Omit<ChatMessage, "id">): Promise<number> {
    const r = this.db
      .prepare(
        `INSERT INTO chat (match, channel, "from", name, text, attach, turn, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(match, m.channel, m.from, m.name ?? null, m.text, extrasJson(m), m.turn, m.at);
    return Number(r.lastInsertRowid);
  }

  async readChat(match: string): Promise<ChatMessage[]> {
    return this.db
      .prepare("SELECT * FROM chat WHERE match = ? ORDER BY id")
      .all(match)
      .map((r) => ({
        id: Number(r.id),
        channel: String(r.channel),
        from: String(r.from),
        name: r.name === null ? undefined : String(r.name),
        text: String(r.text),
        turn: Number(r.turn),
        at: Number(r.at),
        ...readExtras(r.attach),
      }));
  }

  async setClock(match: string, c: ClockRow | null): Promise<void> {
    if (!c) {
      this.db.prepare("DELETE FROM clocks WHERE match = ?").run(match);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO clocks (match, key, deadline, remaining) VALUES (?, ?, ?, ?)
         ON CONFLICT (match) DO UPDATE SET key = excluded.key, deadline = excluded.deadline,
         remaining = excluded.remaining`,
      )
      .run(match, c.key, c.deadline, c.remaining);
  }

  async getClock(match: string): Promise<ClockRow | undefined> {
    const r = this.db
      .prepare("SELECT key, deadline, remaining FROM clocks WHERE match = ?")
      .get(match);
    if (!r) return undefined;
    return {
      key: String(r.key),
      deadline: r.deadline === null ? null : Number(r.deadline),
      remaining: r.remaining === null ? null : Number(r.remaining),
    };
  }

  /** The checkpointer's connection is gone before this resolves: the file can be reopened. */
  async close(): Promise<void> {
    await this.stopCheckpointer();
    if (this.db.isOpen) this.db.close();
  }
}
