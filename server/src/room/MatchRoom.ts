import { Room, type AuthContext, type Client } from "@colyseus/core";
import {
  JoinOptionsSchema,
  PROTOCOL_VERSION,
  mayRead,
  normaliseJoinCode,
  type ChatMessage,
  type MatchInfo,
  type PowerId,
  type Viewer,
} from "@cs/shared";
import { tooManyBadCodes } from "../limits/badCodes.ts";
import { Bucket, type Limits } from "../limits/limits.ts";
import { Match, type MatchDeps } from "../match/match.ts";
import { refusal, type Refusal } from "../match/refusal.ts";
import { ViewStream } from "../match/views.ts";
import type { Storage } from "../storage/types.ts";
import { hashToken, newToken, sameHash } from "../tokens.ts";
import type { ClientData } from "./clientData.ts";
import type { AuthResult, RoomExtension, RoomHost } from "./extension.ts";
import { coreMessages } from "./messages.ts";
import { listen } from "./pipeline.ts";
import { refuseJoin } from "./refuse.ts";
import { RESTORE_KEY } from "./restoreKey.ts";
import { guardFrames } from "./frames.ts";
import { InfoFeed } from "./info-feed.ts";
import { broadcastViews, sendViews } from "./views-out.ts";
import { creationOf, displayName, frozen, newMatchRow, type RoomServices } from "./services.ts";

export type { AuthResult } from "./extension.ts";
export type { RoomServices } from "./services.ts";

/** The room class for these services: no process-wide state, one class per server. */
export function matchRoom(services: RoomServices): typeof MatchRoom {
  return class extends MatchRoom {
    protected override readonly services = services;
  };
}

/**
 * One match, as a Colyseus room: a thin adapter. The match itself (`Match`, without
 * sockets) holds the game, seats, clock and lifecycle; the room authenticates connections,
 * runs inbound messages through one pipeline (`pipeline.ts`), and sends each client its own
 * view. An extension (the classroom) decides what it is asked to; the room never imports it.
 */
export class MatchRoom extends Room implements RoomHost {
  protected readonly services!: RoomServices;
  private matchNow: Match | undefined; // made or restored by onCreate
  private extNow: RoomExtension | undefined;
  private creatorPending = false;
  /** The secret the creating request carried (`onAuth` below): only its bearer is the host. */
  private creatorProof: string | undefined;
  private hostTokenOnce: string | undefined;
  private lobbyExpiry: { clear(): void } | undefined;
  /** The match's public record as sent: in full to a joiner, then as patches (info-feed.ts). */
  private readonly infoFeed = new InfoFeed({
    info: () => this.info(),
    broadcast: (type, message) => this.broadcast(type, message),
    limits: () => this.limits,
    setTimeout: (fn, ms) => this.clock.setTimeout(fn, ms),
    extChanged: () => this.extNow?.changed(),
  });

  get match(): Match {
    if (!this.matchNow) throw new Error("the match is read before onCreate made it");
    return this.matchNow;
  }

  get ext(): RoomExtension | undefined {
    return this.extNow;
  }

  get storage(): Storage {
    return this.services.storage;
  }

  get limits(): Limits {
    return this.services.limits;
  }

  /**
   * Every matchmaking request (create, join, joinById) passes here first, with the very
   * options object the room is then created with and the seat reserved on: a fresh secret
   * put there (over anything a client sent under that name) reaches `onCreate` only through
   * the request that created the room, and `onAuth` again only through that request's
   * reservation — the proof that a connection is the creator's.
   */
  static override onAuth(_token: string, options: unknown): Promise<unknown> {
    if (typeof options === "object" && options !== null) {
      (options as Record<string, unknown>).creatorProof = newToken();
    }
    return Promise.resolve(true);
  }

  override async onCreate(given: Record<string, unknown>): Promise<void> {
    const { creatorProof, ...options } = given;
    this.creatorProof = typeof creatorProof === "string" ? creatorProof : undefined;
    const { storage, scenarios, extensions } = this.services;
    this.autoDispose = false;
    this.maxMessagesPerSecond = this.limits.hardCap;
    this.setPatchRate(null);
    const deps = (scenario: MatchDeps["scenario"]): MatchDeps => ({
      storage,
      scenario,
      timers: { setTimeout: (fn, ms) => this.clock.setTimeout(fn, ms) },
      events: {
        changed: (full) => this.broadcastViews(full),
        status: (status) => {
          this.autoDispose = status === "finished";
        },
        chat: (message) => this.deliverChat(message),
      },
      paced: () => this.extNow?.paces ?? false,
    });
    if (options.restore !== undefined) {
      // Only this process's own restore, of a match whose claim it holds (see app.ts).
      const claimed = storage.claims.epochOf(String(options.restore)) !== undefined;
      if (options.key !== RESTORE_KEY || !claimed)
        throw refuseJoin("ERR_BAD_MESSAGE", "Not a restore.");
      const row = await storage.getMatch(String(options.restore));
      const scenario = row && scenarios.resolve(row.scenario, row.start);
      if (!row || !scenario) throw new Error(`cannot restore match ${String(options.restore)}`);
      this.matchNow = await Match.restore(row, deps(scenario));
      for (const kind of extensions) {
        this.extNow = await kind.restore(this);
        if (this.extNow) break;
      }
      this.roomId = row.id;
      await this.opened();
      this.watchLobby();
      const gapMs = Number(options.gapMs ?? 0);
      void this.match.resumeClock(frozen(await storage.getClock(row.id), gapMs));
      return;
    }
    const { claim, settings, scenario } = creationOf(options, this.services);
    this.hostTokenOnce = newToken();
    const row = newMatchRow(settings, scenario, this.hostTokenOnce);
    this.matchNow = await Match.create(row, deps(scenario));
    this.creatorPending = true;
    this.roomId = row.id;
    if (claim) this.extNow = await claim.open(this);
    await this.opened();
    // A creator who never connects leaves a match nobody holds: it is removed.
    this.clock.setTimeout(() => {
      if (this.creatorPending) void this.abandon();
    }, this.limits.creatorWaitSeconds * 1000);
  }

  /**
   * A lobby with nobody connected expires after `lobbyTtlSeconds` (a class's after
   * `classLobbyTtlSeconds`): armed whenever the last connection goes (and on restore),
   * cleared when someone joins.
   */
  private watchLobby(): void {
    if (this.match.status !== "lobby" || this.clients.length > 0 || this.lobbyExpiry) return;
    const ttl = this.extNow ? this.limits.classLobbyTtlSeconds : this.limits.lobbyTtlSeconds;
    this.lobbyExpiry = this.clock.setTimeout(() => {
      this.lobbyExpiry = undefined;
      if (this.match.status === "lobby" && this.clients.length === 0) void this.abandon();
    }, ttl * 1000);
  }

  private async abandon(): Promise<void> {
    await this.match.abandon();
    await this.disconnect();
  }

  private async opened(): Promise<void> {
    await this.setPrivate(this.match.row.visibility === "private");
    guardFrames(
      this,
      (client) => this.data(client)?.limits.any.take() === true,
      (client) => this.refuse(client, refusal("ERR_BAD_MESSAGE", "That frame could not be read.")),
    );
    listen(this, this, [coreMessages(this), this.extNow?.messages ?? {}]);
  }

  override async onAuth(
    _client: Client,
    options: unknown,
    context: AuthContext,
  ): Promise<AuthResult> {
    const ip = context.ip ?? "unknown";
    const { creatorProof, ...given } = (options ?? {}) as Record<string, unknown>;
    options = given;
    // Only the request that created the room holds its proof; creation options prove nothing.
    if (this.creatorPending && this.creatorProof !== undefined) {
      if (creatorProof === this.creatorProof) {
        this.creatorPending = false;
        return { seat: null, host: true, hostToken: this.hostTokenOnce };
      }
    }
    if (this.extNow) return this.extNow.auth(options, ip);
    const parsed = JoinOptionsSchema.safeParse(options ?? {});
    if (!parsed.success)
      throw refuseJoin("ERR_BAD_MESSAGE", parsed.error.issues[0]?.message ?? "bad options");
    const o = parsed.data;
    const { row, seats } = this.match;
    if (o.token !== undefined || o.hostToken !== undefined) {
      const seat = o.token !== undefined ? seats.byToken(o.token) : undefined;
      const host = o.hostToken !== undefined && sameHash(row.hostHash, hashToken(o.hostToken));
      if ((o.token !== undefined && !seat) || (o.hostToken !== undefined && !host)) {
        await this.wrongTry(ip);
        throw refuseJoin(
          "ERR_BAD_TOKEN",
          "That token is not valid for this match (forged, or the seat was given up).",
        );
      }
      return { seat: seat ?? null, host };
    }
    if (row.visibility === "private") {
      const code = o.code === undefined ? "" : normaliseJoinCode(o.code);
      if (code !== row.code) {
        await this.wrongTry(ip);
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
    const { limits } = this;
    this.lobbyExpiry?.clear();
    this.lobbyExpiry = undefined;
    const data: ClientData = {
      seat: null,
      host: auth.host,
      name: displayName(options?.name),
      views: new ViewStream(),
      limits: {
        any: new Bucket(limits.any.burst, limits.any.rate),
        chat: new Bucket(limits.chat.burst, limits.chat.rate),
      },
    };
    client.userData = data;
    if (auth.seat) this.setSeat(client, auth.seat);
    await this.extNow?.join(client, data, auth);
    client.send("welcome", { ...this.welcomeFor(data), hostToken: auth.hostToken });
    const seat = auth.seat;
    if (seat && this.match.seats.get(seat)?.holder === "bot") {
      void this.match.enqueue(() => this.match.setHolder(seat, "human"));
    }
    this.sendViews([client], true);
    void this.match.enqueue(() => this.sendChatLog(client));
    this.infoFeed.send(client);
    this.infoFeed.othersChanged();
  }

  /** What a client is told of itself on joining (again when its seat changes). */
  private welcomeFor(data: ClientData) {
    const { row } = this.match;
    return {
      protocol: PROTOCOL_VERSION,
      matchId: row.id,
      role: data.seat ? ("player" as const) : ("spectator" as const),
      seat: data.seat,
      host: data.host,
      code: data.host ? (row.code ?? undefined) : undefined,
    };
  }

  welcome(client: Client): void {
    const data = this.data(client);
    if (data) client.send("welcome", this.welcomeFor(data));
  }

  /** A dropped connection may come back within 20 s with Colyseus's reconnection token. */
  override onDrop(client: Client): void {
    this.offline(client);
    // Rejected when the time is up or the room is being disposed: then it is a plain leave.
    Promise.resolve(this.allowReconnection(client, 20)).catch(() => undefined);
  }

  override onReconnect(client: Client): void {
    const data = this.data(client);
    if (data?.seat) this.match.seats.connect(data.seat, client.sessionId);
    if (data) this.extNow?.online(client, data, true);
    this.sendViews([client], true);
    this.infoFeed.send(client);
    this.infoFeed.othersChanged();
  }

  override onLeave(client: Client): void {
    this.offline(client);
    this.extNow?.left(client);
    this.watchLobby();
  }

  private offline(client: Client): void {
    const data = this.data(client);
    if (data?.seat) this.match.seats.disconnect(data.seat, client.sessionId);
    if (data) this.extNow?.online(client, data, false);
    this.infoFeed.othersChanged();
  }

  override onDispose(): void {
    // Undefined when onCreate refused the options: then there is nothing to halt.
    this.infoFeed.clear();
    this.matchNow?.halt();
    if (this.matchNow) this.storage.claims.forget(this.matchNow.row.id);
  }

  data(client: Client): ClientData | undefined {
    return client.userData as ClientData | undefined;
  }

  connections(): readonly Client[] {
    return this.clients;
  }

  setSeat(client: Client, power: PowerId | null): void {
    const data = this.data(client);
    if (!data) return;
    if (data.seat && data.seat !== power) this.match.seats.disconnect(data.seat, client.sessionId);
    data.seat = power;
    if (power) this.match.seats.connect(power, client.sessionId);
  }

  viewerOf(client: Client, data: ClientData): Viewer {
    return this.extNow?.viewer(client) ?? data.seat ?? "spectator";
  }

  /** Each client its own view: computed once per viewer, then full or a patch per client. */
  sendViews(clients: Iterable<Client>, full = false): void {
    sendViews(this, clients, full);
  }

  private async broadcastViews(full: boolean): Promise<void> {
    await broadcastViews(this, [...this.clients], full);
    this.broadcastInfo();
  }

  /** Who reads a channel follows from the viewer (a class's teacher reads them all). */
  private reads(client: Client, channel: string): boolean {
    const data = this.data(client);
    return data !== undefined && mayRead(channel, this.viewerOf(client, data));
  }

  deliverChat(message: ChatMessage): void {
    for (const c of this.clients) if (this.reads(c, message.channel)) c.send("chat", message);
  }

  /** On join: the archive of the channels this client may read (the last 500 messages). */
  private async sendChatLog(client: Client): Promise<void> {
    const all = await this.storage.readChat(this.match.row.id);
    const messages = all.filter((m) => this.reads(client, m.channel)).slice(-500);
    client.send("chatLog", { messages });
  }

  info(): MatchInfo {
    return this.match.info(this.clients.filter((c) => !this.data(c)?.seat).length);
  }

  /**
   * The match's public record (seats, status, deadline) to everyone, when it changed: only
   * what moved (`matchPatch`). A step of the match (a phase, a seat taken, the start) sends it
   * at once, after the step's views.
   */
  broadcastInfo(): void {
    this.infoFeed.broadcast();
  }

  badCodes(ip: string, record: boolean): Promise<boolean> {
    return tooManyBadCodes(this.presence, ip, record, this.limits.badCodesPerMinute);
  }

  /**
   * A wrong code or token: counted against the address; past the limit the refusal says so.
   * Only wrong tries are ever checked against the count — a right code or token always gets
   * in, so one student's typos behind a school's address lock nobody else out. Guessing stays
   * hopeless: codes are ~49.5 bits, tokens 192, and joins per address are limited (`guard.ts`).
   */
  async wrongTry(ip: string): Promise<void> {
    if (await this.badCodes(ip, true))
      throw refuseJoin("ERR_RATE_LIMIT", "Too many wrong codes or tokens; wait a minute.");
  }

  refuse(client: Client, r: Refusal, ref?: number): void {
    client.send("refused", { ref, code: r.code, message: r.message });
  }
}
