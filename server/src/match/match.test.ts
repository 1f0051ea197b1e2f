import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateMatchSchema, MINI, replay, type CreateMatchInput } from "@cs/shared";
import { afterEach, describe, expect, test } from "vitest";
import { SqliteStorage } from "../storage/sqlite.ts";
import type { MatchRow } from "../storage/types.ts";
import { newMatch } from "./game.ts";
import { Match, type MatchDeps } from "./match.ts";
import { SerialQueue } from "./queue.ts";
import { nodeTimers } from "./timers.ts";
import { ViewCache, ViewStream } from "./views.ts";

/**
 * The match core without Colyseus and without sockets: a real SQLite storage in a temporary
 * directory, Node's timers, the MINI scenario. Waits are on the match's own events, never on
 * time.
 */
const opened: SqliteStorage[] = [];
const matches: Match[] = [];
afterEach(async () => {
  for (const m of matches.splice(0)) {
    m.halt();
    await m.idle();
  }
  for (const s of opened.splice(0)) await s.close();
});

let n = 0;
function rowOf(settings: CreateMatchInput): MatchRow {
  n++;
  return {
    id: `m${n}`,
    name: "test",
    settings: CreateMatchSchema.parse({ scenario: "mini", timers: null, ...settings }),
    scenario: "mini",
    start: MINI.start,
    seed: 7,
    status: "lobby",
    visibility: "public",
    code: null,
    hostHash: "x",
    created: 0,
    finished: null,
  };
}

/** A match and what it told its carrier: each `changed` (full or not), each status. */
function depsFor(storage: SqliteStorage, paced = false) {
  const told = { changed: [] as boolean[], status: [] as string[] };
  const waiters: (() => void)[] = [];
  const deps: MatchDeps = {
    storage,
    scenario: MINI,
    timers: nodeTimers,
    events: {
      changed: (full) => {
        told.changed.push(full);
        for (const w of waiters.splice(0)) w();
      },
      status: (s) => told.status.push(s),
    },
    paced: () => paced,
  };
  /** Resolves once the condition holds after some event of the match (never on a timer). */
  const until = async (cond: () => boolean) => {
    while (!cond()) await new Promise<void>((r) => waiters.push(r));
  };
  return { deps, told, until };
}

function storage(): SqliteStorage {
  const s = new SqliteStorage(mkdtempSync(join(tmpdir(), "cs-match-")));
  opened.push(s);
  return s;
}

describe("the match core", () => {
  test("lifecycle: refusals by status, start, pause, resume; stored at each step", async () => {
    const st = storage();
    const { deps, told } = depsFor(st);
    const m = await Match.create(rowOf({ humanSeats: ["FRA"] }), deps);
    const seat = await m.takeSeat("FRA", "Léon");
    expect(seat).toMatchObject({ power: "FRA" });
    const ready = { type: "ready", ready: true } as const;
    expect(await m.act("FRA", m.views().version("FRA"), ready)).toMatchObject({
      code: "ERR_NOT_STARTED",
    });
    expect(await m.pause()).toMatchObject({ code: "ERR_NOT_ALLOWED" });
    expect(await m.start()).toBeUndefined();
    expect(await m.start()).toMatchObject({ code: "ERR_ALREADY_DONE" });
    expect((await st.getMatch(m.row.id))?.status).toBe("running");
    expect(await m.act("FRA", m.views().version("FRA") + 1, ready)).toMatchObject({
      code: "ERR_STALE_STATE",
    });
    expect(await m.pause()).toBeUndefined();
    expect(await m.act("FRA", m.views().version("FRA"), ready)).toMatchObject({
      code: "ERR_PAUSED",
    });
    expect((await st.getMatch(m.row.id))?.status).toBe("paused");
    expect(await m.resume()).toBeUndefined();
    expect(told.status).toEqual(["running", "paused", "running"]);
    expect(told.changed.length).toBeGreaterThan(0);
  });

  test("a seat's action is committed to the log before the state moves; every ready human ends the phase", async () => {
    const st = storage();
    const { deps } = depsFor(st);
    const m = await Match.create(rowOf({ humanSeats: ["FRA"] }), deps);
    await m.takeSeat("FRA", "Léon");
    await m.start();
    const { turn, phase } = m.state;
    expect(
      await m.act("FRA", m.views().version("FRA"), { type: "ready", ready: true }),
    ).toBeUndefined();
    const log = await st.readLog(m.row.id);
    expect(log.at(-1)).toMatchObject({ by: "FRA", action: { type: "ready" } });
    await m.settle();
    expect(`${m.state.turn}:${m.state.phase}`).not.toBe(`${turn}:${phase}`);
    // The stored log replays to the live state.
    const again = replay({
      scenario: MINI,
      match: newMatch(m.row),
      log: await st.readLog(m.row.id),
    });
    expect(again.ok && again.state).toEqual(m.state);
  });

  test("a match of bots only moves on by itself; a paced one waits", async () => {
    const st = storage();
    const free = depsFor(st);
    const m = await Match.create(rowOf({}), free.deps);
    matches.push(m);
    await m.start();
    const turn = m.state.turn;
    await free.until(() => m.state.turn > turn);
    expect(m.state.turn).toBeGreaterThan(turn);

    const paced = depsFor(st, true);
    const p = await Match.create(rowOf({}), paced.deps);
    await p.start();
    const at = `${p.state.turn}:${p.state.phase}:${p.state.stateId}`;
    // The free match stepping on proves timers ran; the paced one has not moved meanwhile.
    const t2 = m.state.turn;
    await free.until(() => m.state.turn > t2 || m.state.phase === "ended");
    await p.idle();
    expect(`${p.state.turn}:${p.state.phase}:${p.state.stateId}`).toBe(at);
    expect(await p.advanceNow()).toBeUndefined();
    expect(p.state.stateId).toBeGreaterThan(Number(at.split(":")[2]));
  });

  test("rewind: the log is cut, the game rebuilt from it, readiness cleared, full views", async () => {
    const st = storage();
    const { deps, told } = depsFor(st, true);
    const m = await Match.create(rowOf({ humanSeats: ["FRA"] }), deps);
    await m.takeSeat("FRA", "Léon");
    await m.start();
    const keep = m.state.stateId;
    const kept = structuredClone(m.state);
    await m.act("FRA", m.views().version("FRA"), { type: "ready", ready: true });
    await m.settle();
    expect(m.state.stateId).toBeGreaterThan(keep);
    await m.rewind(async () => {
      // What a class's rollback stores: the log cut after the last entry kept.
      const log = await st.readLog(m.row.id);
      await st.classes.rollback(m.row.id, {
        at: keep,
        turn: kept.turn,
        time: 0,
        undone: log.filter((e) => e.id > keep),
      });
    });
    expect(m.state.turn).toBe(kept.turn);
    expect(m.state.phase).toBe(kept.phase);
    expect(m.state.powers.FRA?.ready).toBe(false);
    expect(told.changed).toContain(true);
    const log = await st.readLog(m.row.id);
    const again = replay({ scenario: MINI, match: newMatch(m.row), log });
    expect(again.ok && again.state).toEqual(m.state);
  });

  test("restore: a stored match is rebuilt from its log, seats included", async () => {
    const st = storage();
    const { deps } = depsFor(st, true);
    const m = await Match.create(rowOf({ humanSeats: ["FRA"] }), deps);
    const seat = await m.takeSeat("FRA", "Léon");
    await m.start();
    await m.act("FRA", m.views().version("FRA"), { type: "ready", ready: true });
    const row = await st.getMatch(m.row.id);
    if (!row || "code" in seat) throw new Error("not stored");
    const back = await Match.restore(row, deps);
    expect(back.state).toEqual(m.state);
    expect(back.status).toBe("running");
    expect(back.seats.byToken(seat.token)).toBe("FRA");
  });

  test("seats: taken once, given up to a bot; chat is archived with an id", async () => {
    const st = storage();
    const { deps } = depsFor(st, true);
    const m = await Match.create(rowOf({ humanSeats: ["FRA", "GBR"] }), deps);
    expect(await m.takeSeat("FRA", "a")).toMatchObject({ power: "FRA" });
    expect(await m.takeSeat("FRA", "b")).toMatchObject({ code: "ERR_SEAT_TAKEN" });
    expect(await m.takeSeat("DEU", "c")).toMatchObject({ code: "ERR_SEAT_TAKEN" });
    await m.leaveSeat("FRA");
    expect(m.seats.free()).toContain("FRA");
    expect(await st.seats(m.row.id)).toEqual([]);
    const msg = { channel: "public", from: "GBR", text: "hi", turn: 1, at: 0 };
    const a = await m.archiveChat(msg);
    const b = await m.archiveChat(msg);
    expect(b.id).toBeGreaterThan(a.id);
    expect((await st.readChat(m.row.id)).map((c) => c.text)).toEqual(["hi", "hi"]);
  });
});

describe("views and the queue", () => {
  test("a connection gets a full view, then patches, then nothing when nothing changed", async () => {
    const st = storage();
    const { deps } = depsFor(st, true);
    const m = await Match.create(rowOf({}), deps);
    const stream = new ViewStream();
    expect(stream.next(new ViewCache(m.state), "FRA")?.type).toBe("view");
    expect(stream.next(new ViewCache(m.state), "FRA")).toBeUndefined();
    await m.start();
    await m.advanceNow();
    expect(stream.next(new ViewCache(m.state), "FRA")?.type).toBe("patch");
    expect(stream.next(new ViewCache(m.state), "GBR")?.type).toBe("view");
    expect(stream.next(new ViewCache(m.state), "GBR", true)?.type).toBe("view");
  });

  test("steps run one at a time, in order, and a failed step does not stop the queue", async () => {
    const seen: string[] = [];
    const errors: unknown[] = [];
    const q = new SerialQueue((e) => errors.push(e));
    const slow = q.enqueue(async () => {
      await new Promise((r) => setImmediate(r));
      seen.push("slow");
    });
    const bad = q.enqueue(() => {
      throw new Error("boom");
    });
    const fast = q.enqueue(() => seen.push("fast"));
    await Promise.allSettled([slow, bad, fast]);
    expect(seen).toEqual(["slow", "fast"]);
    await expect(bad).rejects.toThrow("boom");
    expect(errors).toHaveLength(1);
  });
});
