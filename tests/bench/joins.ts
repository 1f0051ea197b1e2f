/**
 * Joins (issue 15, item 7): JOINS spectators join one match, PARALLEL at a time, on a real
 * server and real @colyseus/sdk clients in one process. Measured twice in the same run: with
 * the match's record sent as what changed, gathered per tick (`infoUpdates: "delta"`, the
 * default), and as before (`"full"`: the whole record to every connection at every join).
 * Each mode runs in a child process of its own (a fresh Colyseus); figures printed, never
 * asserted. Run alone: `node tests/bench/joins.ts` (env JOINS, PARALLEL).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import { pack } from "msgpackr";
import { ROOM_NAME, applyMatchInfoPatch, type MatchInfo, type ServerMessages } from "@cs/shared";
import { ScenarioRegistry, SqliteStorage, createServer, type Limits } from "@cs/server";
import { countBytes } from "./bytes.ts";

type Mode = Limits["infoUpdates"];

export interface JoinFigures {
  mode: Mode;
  joins: number;
  parallel: number;
  /** From the first join asked to the last one answered (its view and record received). */
  joinSeconds: number;
  /** Until every connection holds the final record (everyone counted). */
  settledSeconds: number;
  /** Everything every connection received during the joins, views included. */
  bytesTotal: number;
  bytesPerJoin: number;
  /** Of which the match's record (`match` and `matchPatch` messages). */
  recordMessages: number;
  recordBytes: number;
}

const BENCH_LIMITS: Partial<Limits> = {
  any: { burst: 10_000, rate: 10_000 },
  chat: { burst: 10_000, rate: 10_000 },
  hardCap: 100_000,
  createsPerMinute: 100_000,
  joinsPerMinute: 100_000,
};

/** One connection: its bytes, its copy of the record. */
class Watcher {
  bytes = 0;
  recordMessages = 0;
  recordBytes = 0;
  info: MatchInfo | undefined;
  viewed = false;
  private wake: (() => void)[] = [];
  readonly room: Room;

  constructor(room: Room) {
    this.room = room;
    countBytes(room, (n) => (this.bytes += n));
    room.onMessage("match", (m: MatchInfo) => {
      this.info = m;
      this.record(m);
    });
    room.onMessage("matchPatch", (m: ServerMessages["matchPatch"]) => {
      if (this.info) this.info = applyMatchInfoPatch(this.info, m);
      this.record(m);
    });
    room.onMessage("view", () => {
      this.viewed = true;
      this.notify();
    });
    for (const t of ["welcome", "patch", "objectives", "chatLog", "chat", "seatToken"])
      room.onMessage(t, () => undefined);
  }

  private record(m: unknown) {
    this.recordMessages++;
    this.recordBytes += pack(m).length;
    this.notify();
  }

  private notify() {
    for (const w of this.wake.splice(0)) w();
  }

  async until(cond: () => boolean): Promise<void> {
    while (!cond()) await new Promise<void>((r) => this.wake.push(r));
  }
}

async function one(mode: Mode, joins: number, parallel: number): Promise<JoinFigures> {
  const dir = mkdtempSync(join(tmpdir(), "cs-bench-joins-"));
  const storage = new SqliteStorage(dir);
  const server = createServer({
    storage,
    scenarios: ScenarioRegistry.load(undefined),
    clientDir: join(dir, "no-client"),
    limits: { ...BENCH_LIMITS, infoUpdates: mode },
  });
  const port = 2700 + Math.floor(Math.random() * 200);
  await server.listen(port);
  const url = `http://127.0.0.1:${port}`;
  const hostRoom = await new Client(url).create(ROOM_NAME, {
    create: { scenario: "mini", timers: null },
    name: "Host",
  });
  const all = [new Watcher(hostRoom)];
  await all[0]?.until(() => all[0]?.info !== undefined);
  const before = all.map((w) => w.bytes);

  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < joins) {
      const i = next++;
      const room = await new Client(url).joinById(hostRoom.roomId, { name: `S${i}` });
      const w = new Watcher(room);
      all.push(w);
      await w.until(() => w.viewed && w.info !== undefined);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const joined = performance.now();
  // Everyone holds the final record: every joiner (and the host, who holds no seat) counted.
  await Promise.all(all.map((w) => w.until(() => w.info?.spectators === joins + 1)));
  const settled = performance.now();

  const bytesTotal = all.reduce((n, w, i) => n + w.bytes - (before[i] ?? 0), 0);
  const figures: JoinFigures = {
    mode,
    joins,
    parallel,
    joinSeconds: round((joined - t0) / 1000),
    settledSeconds: round((settled - t0) / 1000),
    bytesTotal,
    bytesPerJoin: Math.round(bytesTotal / joins),
    recordMessages: all.reduce((n, w) => n + w.recordMessages, 0) - 1,
    recordBytes: all.reduce((n, w) => n + w.recordBytes, 0),
  };
  await Promise.all(all.map((w) => w.room.leave(true).catch(() => undefined)));
  await server.gracefullyShutdown(false);
  await storage.close();
  return figures;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function main(): Promise<JoinFigures[]> {
  const out: JoinFigures[] = [];
  for (const mode of ["full", "delta"] as const) {
    const text = execFileSync(process.execPath, [import.meta.filename, "--one", mode], {
      env: process.env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    out.push(JSON.parse(text.trim().split("\n").at(-1) ?? "{}") as JoinFigures);
  }
  return out;
}

if (import.meta.main) {
  const joins = Number(process.env.JOINS ?? 300);
  const parallel = Number(process.env.PARALLEL ?? 10);
  const at = process.argv.indexOf("--one");
  if (at >= 0) {
    const figures = await one(process.argv[at + 1] as Mode, joins, parallel);
    console.log(JSON.stringify(figures));
    process.exit(0);
  } else {
    console.log(JSON.stringify(await main(), null, 2));
  }
}
