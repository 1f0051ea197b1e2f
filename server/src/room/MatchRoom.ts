import { Room, type AuthContext, type Client } from "@colyseus/core";
import { refuseJoin } from "./refuse.ts";
import {
  ClassJoinOptionsSchema,
  CreateMatchSchema,
  JoinOptionsSchema,
  PROTOCOL_VERSION,
  normaliseJoinCode,
  type MatchInfo,
  type MatchStatus,
  type PowerId,
} from "@cs/shared";
import type { ClockRow, MatchRow } from "../storage/types.ts";
import { hashToken, newJoinCode, newMatchId, newSeed, newToken, sameHash } from "../tokens.ts";
import { PhaseClock } from "./clock.ts";
import type { ClientData } from "./clientData.ts";
import { Game } from "./game.ts";
import { Bucket } from "./limits.ts";
import { registerHandlers } from "./handlers.ts";
import { Seats } from "./seats.ts";
import { RESTORE_KEY, services } from "./services.ts";
import { sendViews } from "./views.ts";
import { sendChatLog } from "./chatLog.ts";
import { tooManyBadCodes } from "./badCodes.ts";
import { Flow } from "./flow.ts";
import { ClassSession } from "../class/session.ts";
import { classAuth, classJoin, type ClassAuth } from "../class/join.ts";
import { registerClassHandlers } from "../class/commands.ts";
import { sendClassInfo } from "../class/notify.ts";
import { classStoreFor } from "../storage/classStore.ts";

export interface AuthResult {
  seat: PowerId | null;
  host: boolean;
  hostToken?: string | undefined;
  /** In a class: who joins (teacher, student, new student, big screen). */
  class?: ClassAuth | undefined;
}

/**
 * One match. A thin adapter: messages are parsed, handed to the engine through `Game`,
 * committed, and each client is sent its own view. Rules live in @cs/shared only.
 */
export class MatchRoom extends Room {
  row!: MatchRow;
  game!: Game;
  seats!: Seats;
  phaseClock!: PhaseClock;
  flow!: Flow;
  status: MatchStatus = "lobby";
  /** Set when this match is a class (classroom mode). */
  classroom: ClassSession | undefined;
  private creatorPending = false;
  private hostTokenOnce: string | undefined;

  override async onCreate(options: Record<string, unknown>): Promise<void> {
    const { storage, scenarios } = services();
    let savedClock: ClockRow | undefined;
    this.autoDispose = false;
    this.maxMessagesPerSecond = services().limits.hardCap;
    this.setPatchRate(null);
    if (options.restore !== undefined) {
      if (options.key !== RESTORE_KEY) throw refuseJoin("ERR_BAD_MESSAGE", "Not a restore.");
      const row = await storage.getMatch(String(options.restore));
      const scenario = row && scenarios.resolve(row.scenario, row.start);
      if (!row || !scenario) throw new Error(`cannot restore match ${String(options.restore)}`);
      this.row = row;
      this.game = await Game.restore(storage, row, scenario);
      this.status = row.status;
      this.classroom = await ClassSession.load(classStoreFor(storage), row.id);
      savedClock = await storage.getClock(row.id);
    } else {
      // A class is a private match created with `class` settings; its creator is the teacher.
      const parsed = ClassJoinOptionsSchema.safeParse(options);
      const klass = parsed.success ? parsed.data.class : undefined;
      const asked = parsed.success ? { ...parsed.data.create } : {};
      if (klass) Object.assign(asked, { visibility: "private" });
      const settings = parsed.success ? CreateMatchSchema.safeParse(asked) : parsed;
      if (!settings.success) {
        throw refuseJoin("ERR_BAD_SETTINGS", settings.error.issues[0]?.message ?? "bad settings");
      }
      const s = settings.data;
      const scenarioId = s.scenario ?? scenarios.defaultId();
      const scenario = scenarios.resolve(scenarioId, s.start);
      if (!scenario)
        throw refuseJoin("ERR_UNKNOWN_SCENARIO", `No scenario ${scenarioId} ${s.start ?? ""}.`);
      this.hostTokenOnce = newToken();
      this.row = {
        id: newMatchId(),
        name: s.name ?? `${scenario.id} ${scenario.start}`,
        settings: s,
        scenario: scenario.id,
        start: scenario.start,
        seed: newSeed(),
        status: "lobby",
        visibility: s.visibility,
        code: s.visibility === "private" ? newJoinCode() : null,
        hostHash: hashToken(this.hostTokenOnce),
        created: Date.now(),
        finished: null,
      };
      await storage.createMatch(this.row);
      this.game = Game.create(storage, this.row, scenario);
      this.creatorPending = true;
      if (klass)
        this.classroom = await ClassSession.create(classStoreFor(storage), this.row.id, klass);
    }
    this.roomId = this.row.id;
    this.seats = new Seats(
      this.game.ctx,
      this.row.settings.humanSeats,
      await storage.seats(this.row.id),
    );
    this.phaseClock = new PhaseClock(this.row.settings.timers, (fn, ms) =>
      this.clock.setTimeout(fn, ms),
    );
    // Stored on every change (the SQLite storage writes at once, in order), for a restart.
    this.phaseClock.onChange = () => {
      const { deadline, remaining } = this.phaseClock;
      const { turn, phase } = this.game.state;
      const row =
        deadline === null && remaining === null
          ? null
          : { key: `${turn}:${phase}`, deadline, remaining };
      void storage.setClock(this.row.id, row);
    };
    this.flow = new Flow(this);
    await this.setPrivate(this.row.visibility === "private");
    registerHandlers(this);
    if (this.classroom) registerClassHandlers(this);
    if (this.status === "running") void this.flow.enqueue(() => this.flow.restore(savedClock));
    else if (this.status === "paused") this.flow.restorePaused(savedClock);
  }

  override async onAuth(
    _client: Client,
    options: unknown,
    context: AuthContext,
  ): Promise<AuthResult> {
    if (this.classroom && !this.creatorPending)
      return classAuth(this, options, context.ip ?? "unknown");
    const parsed = (this.classroom ? ClassJoinOptionsSchema : JoinOptionsSchema).safeParse(
      options ?? {},
    );
    if (!parsed.success)
      throw refuseJoin("ERR_BAD_MESSAGE", parsed.error.issues[0]?.message ?? "bad options");
    const o = parsed.data;
    const ip = context.ip ?? "unknown";
    if (o.create && this.creatorPending) {
      this.creatorPending = false;
      return { seat: null, host: true, hostToken: this.hostTokenOnce };
    }
    if (o.token !== undefined || o.hostToken !== undefined) {
      if (await tooManyBadCodes(this.presence, ip, false))
        throw refuseJoin("ERR_RATE_LIMIT", "Too many wrong tokens; wait a minute.");
      const seat = o.token !== undefined ? this.seats.byToken(o.token) : undefined;
      const host = o.hostToken !== undefined && sameHash(this.row.hostHash, hashToken(o.hostToken));
      if ((o.token !== undefined && !seat) || (o.hostToken !== undefined && !host)) {
        await tooManyBadCodes(this.presence, ip, true);
        throw refuseJoin(
          "ERR_BAD_TOKEN",
          "That token is not valid for this match (forged, or the seat was given up).",
        );
      }
      return { seat: seat ?? null, host };
    }
    if (this.row.visibility === "private") {
      if (await tooManyBadCodes(this.presence, ip, false))
        throw refuseJoin("ERR_RATE_LIMIT", "Too many wrong codes; wait a minute.");
      const code = o.code === undefined ? "" : normaliseJoinCode(o.code);
      if (code !== this.row.code) {
        await tooManyBadCodes(this.presence, ip, true);
        throw refuseJoin("ERR_BAD_CODE", "That join code is not this match's.");
      }
    }
    return { seat: null, host: false };
  }

  override async onJoin(
    client: Client,
    options: { name?: string } | undefined,
    auth: AuthResult,
  ): Promise<void> {
    const { limits } = services();
    const data: ClientData = {
      seat: auth.seat,
      host: auth.host,
      name: typeof options?.name === "string" ? options.name.slice(0, 40) : "Player",
      limits: {
        any: new Bucket(limits.any.burst, limits.any.rate),
        chat: new Bucket(limits.chat.burst, limits.chat.rate),
      },
    };
    client.userData = data;
    if (this.classroom) await classJoin(this, client, data, auth);
    client.send("welcome", { ...this.welcomeFor(data), hostToken: auth.hostToken });
    if (auth.seat) {
      this.seats.connect(auth.seat, client.sessionId);
      if (this.seats.get(auth.seat)?.holder === "bot") {
        void this.flow.enqueue(() => this.flow.setHolder(auth.seat as PowerId, "human"));
      }
    }
    sendViews([client], this.game.state, true);
    void this.flow.enqueue(() => sendChatLog(this, client));
    client.send("match", this.info());
    this.broadcastInfo();
    sendClassInfo(this);
  }

  /** What a client is told of itself on joining (again when a class moves a student). */
  welcomeFor(data: ClientData) {
    return {
      protocol: PROTOCOL_VERSION,
      matchId: this.row.id,
      role: data.seat ? ("player" as const) : ("spectator" as const),
      seat: data.seat,
      host: data.host,
      code: data.host ? (this.row.code ?? undefined) : undefined,
    };
  }

  /** A dropped connection may come back within 20 s with Colyseus's reconnection token. */
  override onDrop(client: Client): void {
    const data = client.userData as ClientData | undefined;
    if (data?.seat) this.seats.disconnect(data.seat, client.sessionId);
    if (data?.student) this.classroom?.disconnect(data.student, client.sessionId);
    this.broadcastInfo();
    sendClassInfo(this);
    // Rejected when the time is up or the room is being disposed: then it is a plain leave.
    Promise.resolve(this.allowReconnection(client, 20)).catch(() => undefined);
  }

  override onReconnect(client: Client): void {
    const data = client.userData as ClientData | undefined;
    if (data?.seat) this.seats.connect(data.seat, client.sessionId);
    if (data?.student) this.classroom?.connect(data.student, client.sessionId);
    sendViews([client], this.game.state, true);
    client.send("match", this.info());
    this.broadcastInfo();
    sendClassInfo(this);
  }

  override onLeave(client: Client): void {
    const data = client.userData as ClientData | undefined;
    if (data?.seat) this.seats.disconnect(data.seat, client.sessionId);
    if (data?.student) this.classroom?.disconnect(data.student, client.sessionId);
    this.broadcastInfo();
    sendClassInfo(this);
  }

  override onDispose(): void {
    this.phaseClock.halt();
  }

  info(): MatchInfo {
    const state = this.game.state;
    return {
      id: this.row.id,
      name: this.row.name,
      scenario: this.row.scenario,
      start: this.row.start,
      status: this.status,
      visibility: this.row.visibility,
      phase: state.phase,
      turn: state.turn,
      deadline: this.phaseClock.deadline,
      remaining: this.phaseClock.remaining,
      seats: this.seats.info(),
      spectators: this.clients.filter((c) => !(c.userData as ClientData | undefined)?.seat).length,
    };
  }

  private lastInfo = "";

  /** The match's public record (seats, status, deadline), sent only when it changed. */
  broadcastInfo(): void {
    const info = this.info();
    const text = JSON.stringify(info);
    if (text === this.lastInfo) return;
    this.lastInfo = text;
    this.broadcast("match", info);
  }

  refuse(client: Client, code: string, message: string, ref?: number): void {
    client.send("refused", { ref, code, message });
  }
}
