import { mkdtempSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import type { Server } from "@colyseus/core";
// The test server's class alone: `boot(server)` listens on its own fixed port (2568) whatever
// port it is given, which parallel test files cannot share.
import { ColyseusTestServer } from "@colyseus/testing/TestServer";
import {
  ROOM_NAME,
  applyMatchInfoPatch,
  applyViewPatch,
  type Action,
  type CreateMatchInput,
  type GameView,
  type JoinOptions,
  type MatchInfo,
  type ServerMessages,
} from "@cs/shared";
import {
  ScenarioRegistry,
  SqliteStorage,
  createServer,
  restoreMatches,
  type AppOptions,
  type Limits,
} from "@cs/server";

export interface Running {
  server: Server;
  /** Colyseus's test helpers over this server: rooms by id, server-side waits, `createRoom`. */
  colyseus: ColyseusTestServer;
  storage: SqliteStorage;
  scenarios: ScenarioRegistry;
  dataDir: string;
  url: string;
  stop(): Promise<void>;
}

/** The real server in this process, on its own port, with a fresh data directory. */
/** Machine-speed players: only the rate-limit test keeps the production limits. */
export const FAST = {
  any: { burst: 10_000, rate: 10_000 },
  chat: { burst: 10_000, rate: 10_000 },
  hardCap: 100_000,
  createsPerMinute: 100_000,
  joinsPerMinute: 100_000,
};

/** Further settings of a test server: a client folder to serve, the HTTP surface's. */
export type MoreOptions = Pick<AppOptions, "clientDir" | "http" | "trustProxy">;

export async function startServer(
  port: number,
  dataDir = tempDir(),
  limits: Partial<Limits> = FAST,
  more: Partial<MoreOptions> = {},
): Promise<Running> {
  const storage = new SqliteStorage(dataDir);
  const scenarios = ScenarioRegistry.load(undefined);
  // The shipped scenarios take a moment to compose: only when a test asks for one.
  if (process.env.CS_SCENARIO && process.env.CS_SCENARIO !== "mini") {
    await scenarios.addModule("@cs/assets/scenarios");
  }
  const server = createServer({
    storage,
    scenarios,
    clientDir: join(dataDir, "no-client"),
    limits,
    ...more,
  });
  await server.listen(port);
  await restoreMatches(storage);
  return {
    server,
    colyseus: new ColyseusTestServer(server),
    storage,
    scenarios,
    dataDir,
    url: `http://localhost:${port}`,
    async stop() {
      await server.gracefullyShutdown(false);
      await storage.close();
    },
  };
}

/** A port no one listens on now (the system's pick), so parallel runs do not collide. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createNetServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

export const tempDir = () => mkdtempSync(join(tmpdir(), "cs-server-"));

type Received = { type: string; payload: unknown };

/**
 * A player on a real @colyseus/sdk client: keeps its view up to date from `view` and
 * `patch` messages, records every message it receives (for the secrecy test), and waits on
 * conditions rather than on time.
 */
export class Player {
  readonly received: Received[] = [];
  /** Every action sent with `act`, by its ref. */
  readonly sent: { ref: number; action: Action | Record<string, unknown> }[] = [];
  /** Every view this client held, in order (full views and patched ones). */
  readonly history: GameView[] = [];
  view: GameView | undefined;
  stateId = -1;
  info: MatchInfo | undefined;
  seat: string | null = null;
  token: string | undefined;
  hostToken: string | undefined;
  code: string | undefined;
  matchId = "";
  private ref = 0;
  private waiters: (() => void)[] = [];

  readonly room: Room;

  constructor(room: Room) {
    this.room = room;
    room.onMessage("*", (type: string | number, payload: unknown) => {
      this.received.push({ type: String(type), payload });
      this.handle(String(type), payload);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async create(url: string, settings: CreateMatchInput, name = "Host"): Promise<Player> {
    const room = await new Client(url).create(ROOM_NAME, {
      create: settings,
      name,
    } satisfies JoinOptions);
    const p = new Player(room);
    await p.until(() => p.view !== undefined && p.matchId !== "");
    return p;
  }

  static async join(url: string, matchId: string, options: JoinOptions = {}): Promise<Player> {
    const room = await new Client(url).joinById(matchId, options);
    const p = new Player(room);
    await p.until(() => p.view !== undefined && p.matchId !== "");
    return p;
  }

  private handle(type: string, payload: unknown): void {
    if (type === "welcome") {
      const w = payload as ServerMessages["welcome"];
      this.matchId = w.matchId;
      this.seat = w.seat;
      this.hostToken = w.hostToken ?? this.hostToken;
      this.code = w.code ?? this.code;
    } else if (type === "seatToken") {
      const s = payload as ServerMessages["seatToken"];
      this.seat = s.power;
      this.token = s.token;
    } else if (type === "view") {
      const v = payload as ServerMessages["view"];
      this.view = v.view;
      this.stateId = v.stateId;
      this.history.push(v.view);
    } else if (type === "patch") {
      const p = payload as ServerMessages["patch"];
      if (this.view && p.from === this.stateId) this.view = applyViewPatch(this.view, p.ops);
      else throw new Error(`patch from ${p.from} on a view at ${this.stateId}`);
      this.stateId = p.stateId;
      this.history.push(this.view);
    } else if (type === "match") {
      this.info = payload as MatchInfo;
    } else if (type === "matchPatch" && this.info) {
      this.info = applyMatchInfoPatch(this.info, payload as ServerMessages["matchPatch"]);
    }
  }

  /** Resolves when the condition holds after some message (never on a timer). */
  async until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /**
   * Caught up with everything the server did before now: a resync goes through the match's
   * queue behind every step already queued, and answers with the full view of that moment.
   * (Views carry their own version, not the match's action count, so players cannot compare
   * versions to know they are level.)
   */
  async sync(): Promise<void> {
    const before = this.messages("view").length;
    this.room.send("resync", {});
    await this.until(() => this.messages("view").length > before);
  }

  messages<K extends keyof ServerMessages>(type: K): ServerMessages[K][] {
    return this.received.filter((r) => r.type === type).map((r) => r.payload as ServerMessages[K]);
  }

  /** Send an action quoting the version of the view held; resolves with the ack or the refusal. */
  async act(action: Action | Record<string, unknown>, stateId = this.stateId) {
    const ref = ++this.ref;
    this.sent.push({ ref, action });
    this.room.send("action", { ref, stateId, action });
    return this.reply(ref);
  }

  async reply(
    ref: number,
  ): Promise<{ ok: true; stateId: number } | { ok: false; code: string; message: string }> {
    let found:
      { ok: true; stateId: number } | { ok: false; code: string; message: string } | undefined;
    await this.until(() => {
      const ack = this.messages("ack").find((a) => a.ref === ref);
      const no = this.messages("refused").find((r) => r.ref === ref);
      if (ack) found = { ok: true, stateId: ack.stateId };
      else if (no) found = { ok: false, code: no.code, message: no.message };
      return found !== undefined;
    });
    return found as NonNullable<typeof found>;
  }

  /** Send any message (also malformed ones) and wait for the refusal it must cause. */
  async expectRefusal(type: string, payload: unknown): Promise<{ code: string; message: string }> {
    const before = this.messages("refused").length;
    this.room.send(type, payload);
    await this.until(() => this.messages("refused").length > before);
    return this.messages("refused")[before] as { code: string; message: string };
  }

  async takeSeat(power: string): Promise<void> {
    this.room.send("takeSeat", { power });
    await this.until(() => this.seat === power && this.view?.viewer === power);
  }

  chat(channel: string, text: string, ref?: number): void {
    this.room.send("chat", { channel, text, ref });
  }

  async leave(): Promise<void> {
    await this.room.leave(true);
  }
}

/** No deadlines: phases end only when every human seat is ready (no timed assertions). */
export const UNTIMED: CreateMatchInput = { scenario: "mini", timers: null };
