import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import pg from "pg";
import { CreateMatchSchema, type Action, type LogEntry } from "@cs/shared";
import { FencedError } from "./claims.ts";
import { PgStorage } from "./pg/pg.ts";
import { ident, migrate, MIGRATIONS } from "./pg/migrations.ts";
import { SqliteStorage } from "./sqlite.ts";
import type { MatchRow, Storage } from "./types.ts";

/**
 * One contract, two databases: the embedded SQLite default and PostgreSQL (DATABASE_URL, or
 * the local service the project's machines run). Each run of this file has its own
 * PostgreSQL schema, dropped at the end, so parallel runs do not collide.
 */
const URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const SCHEMA = `cs_test_${process.pid}_${Date.now().toString(36)}`;
const opened: Storage[] = [];

const open = {
  sqlite: async () => new SqliteStorage(mkdtempSync(join(tmpdir(), "cs-storage-"))),
  pg: async () => PgStorage.open({ url: URL, schema: SCHEMA, max: 4 }),
} as const;

async function storageOf(kind: keyof typeof open): Promise<Storage> {
  const s = await open[kind]();
  opened.push(s);
  return s;
}

afterAll(async () => {
  for (const s of opened) await s.close();
  const admin = new pg.Client({ connectionString: URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${ident(SCHEMA)} CASCADE`);
  await admin.end();
});

let n = 0;
function row(over: Partial<MatchRow> = {}): MatchRow {
  n++;
  return {
    id: `m${n}-${SCHEMA}`,
    name: "Test match",
    settings: CreateMatchSchema.parse({ name: "Test match" }),
    scenario: "mini",
    start: "1933-I",
    seed: 12345 + n,
    status: "lobby",
    visibility: "private",
    code: `CODE${n}${Date.now()}`,
    hostHash: "hash",
    created: 1_700_000_000_000 + n,
    finished: null,
    ...over,
  };
}

// Keys in an order no serialiser would choose, non-ASCII text and a line separator: a jsonb
// column would hand them back reordered; the log must come back as written.
const odd = {
  type: "chat",
  zeta: 1,
  alpha: { é: "Société des Nations — « sécurité »", b: [3, 1, 2] },
  sep: "a\u2028b",
} as unknown as Action;

describe.each(["sqlite", "pg"] as const)("storage on %s", (kind) => {
  test("matches: create, find by id and code, list by status, finish", async () => {
    const s = await storageOf(kind);
    const a = row();
    const b = row({ visibility: "public", code: null });
    await s.createMatch(a);
    await s.createMatch(b);
    expect(await s.getMatch(a.id)).toEqual(a);
    expect(await s.matchIdByCode(a.code ?? "")).toBe(a.id);
    expect(await s.matchIdByCode("NOPE")).toBeUndefined();
    await s.setStatus(a.id, "finished", 1_700_000_999_000);
    const open = (await s.listMatches(["lobby"])).map((m) => m.id);
    expect(open).toContain(b.id);
    expect(open).not.toContain(a.id);
    expect((await s.getMatch(a.id))?.finished).toBe(1_700_000_999_000);
  });

  test("the log comes back byte for byte, in order; an id is taken once", async () => {
    const s = await storageOf(kind);
    const m = row();
    await s.createMatch(m);
    const entries: LogEntry[] = [
      { id: 1, by: "system", action: { type: "advance" } },
      { id: 2, by: "FRA", action: odd },
    ];
    for (const e of entries) await s.appendLog(m.id, e);
    const back = await s.readLog(m.id);
    expect(back.map((e) => JSON.stringify(e))).toEqual(entries.map((e) => JSON.stringify(e)));
    await expect(s.appendLog(m.id, entries[0] as LogEntry)).rejects.toThrow();
  });

  test("seats, chat and the clock", async () => {
    const s = await storageOf(kind);
    const m = row();
    await s.createMatch(m);
    await s.putSeat(m.id, { power: "FRA", tokenHash: "t1", name: "Ana", holder: "human" });
    await s.putSeat(m.id, { power: "FRA", tokenHash: "t2", name: "Ana", holder: "bot" });
    await s.putSeat(m.id, { power: "GBR", tokenHash: "t3", name: "Bo", holder: "human" });
    await s.deleteSeat(m.id, "GBR");
    expect(await s.seats(m.id)).toEqual([
      { power: "FRA", tokenHash: "t2", name: "Ana", holder: "bot" },
    ]);
    const first = await s.appendChat(m.id, {
      channel: "public",
      from: "FRA",
      text: "Bonjour !",
      turn: 1,
      at: 5,
    });
    const second = await s.appendChat(m.id, {
      channel: "public",
      from: "GBR",
      name: "Bo",
      text: "Hello",
      turn: 1,
      at: 6,
    });
    expect(second).toBeGreaterThan(first);
    expect((await s.readChat(m.id)).map((c) => [c.id, c.text, c.name])).toEqual([
      [first, "Bonjour !", undefined],
      [second, "Hello", "Bo"],
    ]);
    await s.setClock(m.id, { key: "1:diplomacy", deadline: 1_700_000_123_456, remaining: null });
    expect(await s.getClock(m.id)).toEqual({
      key: "1:diplomacy",
      deadline: 1_700_000_123_456,
      remaining: null,
    });
    await s.setClock(m.id, null);
    expect(await s.getClock(m.id)).toBeUndefined();
    expect(await s.ping()).toBe(true);
  });

  test("the class store: roster, memos, and a rollback that archives and cuts in one go", async () => {
    const s = await storageOf(kind);
    const c = s.classes;
    const m = row();
    await s.createMatch(m);
    await c.putStudent(m.id, {
      id: "s1",
      tokenHash: "h",
      name: "Léa",
      power: "FRA",
      roles: [],
      prefs: ["FRA"],
      briefingRead: true,
      joined: 3,
    });
    expect((await c.students(m.id)).map((x) => [x.name, x.briefingRead, x.prefs])).toEqual([
      ["Léa", true, ["FRA"]],
    ]);
    const memo = await c.appendMemo(m.id, {
      turn: 1,
      power: "FRA",
      student: "s1",
      name: "Léa",
      text: "Note",
      at: 9,
    });
    expect((await c.memos(m.id)).map((x) => x.id)).toEqual([memo]);
    for (let id = 1; id <= 4; id++)
      await s.appendLog(m.id, { id, by: "system", action: { type: "advance" } });
    const undone = (await s.readLog(m.id)).slice(2);
    await c.rollback(m.id, { at: 2, turn: 1, time: 99, undone });
    expect((await s.readLog(m.id)).map((e) => e.id)).toEqual([1, 2]);
    expect(await c.rollbacks(m.id)).toEqual([{ at: 2, turn: 1, time: 99, undone }]);
  });
});

describe("PostgreSQL: one owner per match", () => {
  test("migrations run once when several processes start together", async () => {
    const schema = `${SCHEMA}_mig`;
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: URL, max: 1 }));
    try {
      const ran = await Promise.all(pools.map((p) => migrate(p, schema)));
      expect(ran.flat().sort()).toEqual(MIGRATIONS.map((m) => m.id));
      const r = await pools[0]!.query(
        `SELECT id FROM ${ident(schema)}.schema_migrations ORDER BY id`,
      );
      expect(r.rows.map((x: { id: number }) => x.id)).toEqual(MIGRATIONS.map((m) => m.id));
    } finally {
      await pools[0]!.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`);
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  test("a claim fences the previous owner: its writes are refused, the new owner's land", async () => {
    const a = (await storageOf("pg")) as PgStorage;
    const b = (await storageOf("pg")) as PgStorage;
    const m = row();
    await a.createMatch(m);
    await a.appendLog(m.id, { id: 1, by: "system", action: { type: "advance" } });
    const fenced: string[] = [];
    a.onFenced = (id) => fenced.push(id);
    const claim = await b.claims.claim(m.id, 1);
    expect(claim?.epoch).toBe(2);
    await expect(a.appendLog(m.id, { id: 2, by: "FRA", action: odd })).rejects.toBeInstanceOf(
      FencedError,
    );
    await expect(a.setClock(m.id, null)).rejects.toBeInstanceOf(FencedError);
    expect(fenced[0]).toBe(m.id);
    await b.appendLog(m.id, { id: 2, by: "GBR", action: odd });
    expect((await b.readLog(m.id)).map((e) => [e.id, e.by])).toEqual([
      [1, "system"],
      [2, "GBR"],
    ]);
    // A stale claim (the epoch it saw is gone) loses.
    expect(await a.claims.claim(m.id, 1)).toBeUndefined();
  });

  test("two processes racing to claim one match: exactly one wins", async () => {
    const owner = (await storageOf("pg")) as PgStorage;
    const racers = [(await storageOf("pg")) as PgStorage, (await storageOf("pg")) as PgStorage];
    for (let round = 0; round < 10; round++) {
      const m = row();
      await owner.createMatch(m);
      const wins = await Promise.all(racers.map((r) => r.claims.claim(m.id, 1)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    }
  });

  test("a process whose lease lapsed is an orphan's owner; its own heartbeat is refused", async () => {
    const dead = await PgStorage.open({ url: URL, schema: SCHEMA, max: 2, leaseMs: 300 });
    const live = await PgStorage.open({ url: URL, schema: SCHEMA, max: 2, leaseMs: 300 });
    opened.push(dead, live);
    await dead.claims.join("127.0.0.1:1/dead", `dead-${SCHEMA}`);
    await live.claims.join("127.0.0.1:2/live", `live-${SCHEMA}`);
    const m = row();
    await dead.createMatch(m);
    expect((await live.claims.orphans(1000)).map((o) => o.match)).not.toContain(m.id);
    // No heartbeat from `dead` for longer than the lease (the live one keeps beating).
    let orphan;
    while (!orphan) {
      expect(await live.claims.beat()).toBe(true);
      orphan = (await live.claims.orphans(1000)).find((o) => o.match === m.id);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(orphan.epoch).toBe(1);
    expect(orphan.dead).toBe(`dead-${SCHEMA}`); // whose listings the claimant removes
    expect(await dead.claims.beat()).toBe(false);
    const claim = await live.claims.claim(m.id, 1);
    expect(claim?.gapMs).toBeGreaterThanOrEqual(300);
  });

  test("a dead process's row is removed once its matches are claimed, not before", async () => {
    const dead = await PgStorage.open({ url: URL, schema: SCHEMA, max: 2, leaseMs: 300 });
    const live = await PgStorage.open({ url: URL, schema: SCHEMA, max: 2, leaseMs: 300 });
    opened.push(dead, live);
    const deadId = `swept-${SCHEMA}`;
    await dead.claims.join("127.0.0.1:3/dead", deadId);
    await live.claims.join("127.0.0.1:4/live", `sweeper-${SCHEMA}`);
    const m = row();
    await dead.createMatch(m);
    const rows = async () =>
      (await live.pool.query("SELECT id FROM processes WHERE id = $1", [deadId])).rowCount;
    let orphan;
    while (!orphan) {
      expect(await live.claims.beat()).toBe(true);
      orphan = (await live.claims.orphans(1000)).find((o) => o.match === m.id);
      await new Promise((r) => setTimeout(r, 50));
    }
    // Dead, but still the owner of an unfinished match: kept (its last beat dates the gap).
    await live.claims.sweep();
    expect(await rows()).toBe(1);
    const claim = await live.claims.claim(m.id, 1);
    expect(claim?.gapMs).toBeGreaterThanOrEqual(300);
    expect(await live.claims.sweep()).toBeGreaterThanOrEqual(1);
    expect(await rows()).toBe(0);
    // The live process is never swept; the dead one, should it wake, is refused.
    expect(await live.claims.beat()).toBe(true);
    expect(await dead.claims.beat()).toBe(false);
  });
});
