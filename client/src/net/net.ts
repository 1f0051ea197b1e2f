import { Client, type Room } from "@colyseus/sdk";
import {
  applyMatchInfoPatch,
  applyViewPatch,
  CLOSE,
  normaliseJoinCode,
  REJOIN_ATTEMPTS,
  rejoinDelay,
  shouldRejoin,
  ROOM_NAME,
  type Action,
  type ChatMessage,
  type ClassServerMessages,
  type ClientMessage,
  type ClientMessageType,
  type CreateMatchInput,
  type Ctx,
  type GameView,
  type MatchInfo,
  type Refusal,
  type ServerMessages,
  type StudentCommand,
  type TeacherCommand,
} from "@cs/shared";
import { Emitter } from "./emitter.ts";
import { fetchScenario, resolveJoinCode } from "./http.ts";
import { bundledScenario, compileScenario } from "./rules.ts";
import { ClassMessages, CLASS_MESSAGE_TYPES } from "./class-messages.ts";
import {
  clearSession,
  loadSession,
  rejoinOptions,
  saveSession,
  type KeyValueStore,
  type Session,
} from "./tokens.ts";

export type ConnectionState = "idle" | "connecting" | "connected" | "reconnecting" | "closed";

export interface NetEvents extends Record<string, unknown> {
  connection: {
    state: ConnectionState;
    error?: string | undefined;
    /** While reconnecting: the match moved (a server was drained) or its server was lost. */
    reason?: "moved" | "lost" | undefined;
  };
  welcome: ServerMessages["welcome"];
  match: MatchInfo;
  view: GameView;
  chat: ChatMessage;
  chatLog: ChatMessage[];
  refused: ServerMessages["refused"];
  ack: ServerMessages["ack"];
  rules: Ctx;
}

export type ActResult = { ok: true; stateId: number } | ({ ok: false } & Refusal);

/**
 * The one module that talks to the server (architecture rule 8). It owns the Colyseus SDK
 * client and the room, keeps the latest match info and view (applying patches), remembers the
 * seat token for rejoining after a reload, and emits typed events that panels subscribe to.
 */
export class Net extends Emitter<NetEvents> {
  readonly base: string;
  private readonly client: Client;
  private readonly store: KeyValueStore;
  private room: Room | undefined;
  private nextRef = 1;
  private readonly pending = new Map<number, (r: ActResult) => void>();
  /** A class's own messages, listened to from the join on (see `onMessage`). */
  private readonly classMessages = new ClassMessages();
  welcome: ServerMessages["welcome"] | undefined;
  match: MatchInfo | undefined;
  view: GameView | undefined;
  stateId = 0;
  /** A resync was asked for and its full view has not come yet. */
  private resyncing = false;
  chat: ChatMessage[] = [];
  rules: Ctx | undefined;

  constructor(base: string, store: KeyValueStore) {
    super();
    this.base = base;
    this.store = store;
    this.client = new Client(base);
  }

  get session(): Session | undefined {
    return loadSession(this.store);
  }

  get seat(): string | null {
    return this.welcome?.seat ?? null;
  }

  async create(settings: CreateMatchInput, name?: string): Promise<void> {
    await this.connect(() =>
      this.client.create(ROOM_NAME, { create: settings, ...(name ? { name } : {}) }),
    );
  }

  async joinByCode(code: string, name?: string): Promise<void> {
    const clean = normaliseJoinCode(code);
    const matchId = await resolveJoinCode(this.base, clean);
    await this.joinById(matchId, { code: clean, ...(name ? { name } : {}) });
  }

  async joinById(matchId: string, options: Record<string, string> = {}): Promise<void> {
    await this.connect(() => this.client.joinById(matchId, options));
    if (options["code"] && this.welcome)
      saveSession(this.store, { matchId: this.welcome.matchId, code: options["code"] });
  }

  /** After a reload: back to the stored seat (or host role). False when nothing is stored. */
  async rejoin(): Promise<boolean> {
    const s = this.session;
    if (!s) return false;
    try {
      await this.connect(() => this.client.joinById(s.matchId, rejoinOptions(s)));
      return true;
    } catch (e) {
      // The match is gone or the token no longer works: forget it and start from home.
      clearSession(this.store);
      this.emit("connection", { state: "closed", error: String(e) });
      return false;
    }
  }

  async leave(): Promise<void> {
    clearSession(this.store);
    const room = this.room;
    this.room = undefined;
    this.reset();
    await room?.leave(true);
    this.emit("connection", { state: "idle" });
  }

  /** Send an engine action for our seat; resolves on the server's ack or refusal. */
  act(action: Action): Promise<ActResult> {
    const ref = this.nextRef++;
    return new Promise((resolve) => {
      if (!this.room) {
        resolve({ ok: false, code: "ERR_NOT_CONNECTED", message: "Not connected." });
        return;
      }
      this.pending.set(ref, resolve);
      const msg: ClientMessage<"action"> = { ref, stateId: this.stateId, action };
      this.room.send("action", msg);
    });
  }

  takeSeat(power: string): void {
    this.send("takeSeat", { power });
  }

  leaveSeat(): void {
    this.send("leaveSeat", {});
  }

  lobbyReady(ready: boolean): void {
    this.send("lobbyReady", { ready });
  }

  host(cmd: ClientMessage<"host">): void {
    this.send("host", cmd);
  }

  sendChat(channel: string, text: string, attach?: ClientMessage<"chat">["attach"]): void {
    this.send("chat", { ref: this.nextRef++, channel, text, ...(attach ? { attach } : {}) });
  }

  /** Send a message of the protocol, or a class's `teacher`/`student` command. */
  send<K extends keyof OutgoingMap>(type: K, payload: OutgoingMap[K]): void {
    this.room?.send(type, payload);
  }

  /**
   * A class's messages (`class`, `classWelcome`, `memos`, `debrief`). Their listeners are on the
   * room from the join on, so nothing sent right after it is lost; a new subscriber first gets
   * the latest message of its type, if any. Returns the unsubscribe function.
   */
  onMessage<K extends keyof ClassServerMessages>(
    type: K,
    handler: (m: ClassServerMessages[K]) => void,
  ): () => void {
    return this.classMessages.on(type, handler);
  }

  private reset(): void {
    this.welcome = undefined;
    this.match = undefined;
    this.view = undefined;
    this.stateId = 0;
    this.chat = [];
    this.classMessages.reset();
  }

  private async connect(open: () => Promise<Room>): Promise<void> {
    this.emit("connection", { state: "connecting" });
    const room = await open();
    // Handlers first: the server sends welcome, view and chat log right after the join.
    const old = this.room;
    this.reset();
    this.room = room;
    this.listen(room);
    if (old && old !== room) void old.leave(true);
    this.emit("connection", { state: "connected" });
  }

  private listen(room: Room): void {
    room.onMessage("welcome", (m: ServerMessages["welcome"]) => {
      this.welcome = m;
      const patch: Session = { matchId: m.matchId };
      if (m.hostToken) patch.hostToken = m.hostToken;
      if (m.code) patch.code = m.code;
      saveSession(this.store, patch);
      this.emit("welcome", m);
    });
    room.onMessage("seatToken", (m: ServerMessages["seatToken"]) => {
      const matchId = this.welcome?.matchId ?? room.roomId;
      saveSession(this.store, { matchId, token: m.token });
      if (this.welcome) this.welcome = { ...this.welcome, seat: m.power, role: "player" };
      if (this.welcome) this.emit("welcome", this.welcome);
    });
    room.onMessage("match", (m: MatchInfo) => {
      this.match = m;
      void this.loadRules(m.scenario, m.start);
      this.emit("match", m);
    });
    room.onMessage("matchPatch", (m: ServerMessages["matchPatch"]) => {
      if (!this.match) return;
      this.match = applyMatchInfoPatch(this.match, m);
      this.emit("match", this.match);
    });
    room.onMessage("view", (m: ServerMessages["view"]) => {
      this.resyncing = false;
      this.stateId = m.stateId;
      this.view = m.view;
      this.emit("view", m.view);
    });
    room.onMessage("patch", (m: ServerMessages["patch"]) => {
      if (!this.view || m.from !== this.stateId) {
        // A message was lost: this patch cannot apply. Ask for the view in full, once.
        if (!this.resyncing) room.send("resync", {});
        this.resyncing = true;
        return;
      }
      this.view = applyViewPatch(this.view, m.ops);
      this.stateId = m.stateId;
      this.emit("view", this.view);
    });
    room.onMessage("ack", (m: ServerMessages["ack"]) => {
      this.settle(m.ref, { ok: true, stateId: m.stateId });
      this.emit("ack", m);
    });
    room.onMessage("refused", (m: ServerMessages["refused"]) => {
      this.settle(m.ref, { ok: false, code: m.code, message: m.message });
      this.emit("refused", m);
    });
    room.onMessage("chat", (m: ChatMessage) => {
      this.chat = [...this.chat, m];
      this.emit("chat", m);
    });
    room.onMessage("chatLog", (m: ServerMessages["chatLog"]) => {
      this.chat = m.messages;
      this.emit("chatLog", m.messages);
    });
    for (const type of CLASS_MESSAGE_TYPES) {
      room.onMessage(type, (m: unknown) => this.classMessages.emit(type, m as never));
    }
    // The SDK's own reconnection (same process) is kept short: when the process is gone,
    // `follow` finds the match wherever it runs now.
    room.reconnection.maxRetries = 3;
    room.onDrop(() => {
      if (this.room === room) this.emit("connection", { state: "reconnecting" });
    });
    room.onLeave((code: number) => {
      if (this.room !== room) return;
      if (shouldRejoin(code) && this.welcome) return void this.follow(code, this.welcome.matchId);
      this.emit("connection", { state: "closed", error: `left (${code})` });
    });
  }

  /**
   * The match moved to another server process (drained, or its process died or stalled):
   * join it again, wherever it runs now, with the tokens this browser keeps; no reload.
   */
  private async follow(code: number, matchId: string): Promise<void> {
    const reason = code === CLOSE.moved ? "moved" : "lost";
    for (let attempt = 1; attempt <= REJOIN_ATTEMPTS; attempt++) {
      const kept = this.session;
      const s = kept?.matchId === matchId ? kept : { matchId };
      this.emit("connection", { state: "reconnecting", reason });
      await new Promise((r) => setTimeout(r, rejoinDelay(attempt)));
      try {
        await this.connect(() => this.client.joinById(s.matchId, rejoinOptions(s)));
        return;
      } catch (e) {
        // A refused token will not work later either; a missing room may be on its way.
        if (String(e).includes("ERR_BAD_TOKEN")) break;
      }
    }
    this.emit("connection", { state: "closed", error: `left (${code})` });
  }

  private settle(ref: number | undefined, r: ActResult): void {
    if (ref === undefined) return;
    this.pending.get(ref)?.(r);
    this.pending.delete(ref);
  }

  private rulesFor: string | undefined;
  /** The match's scenario, compiled, so panels can ask the engine what is legal. */
  private async loadRules(scenario: string, start: string): Promise<void> {
    const key = `${scenario}@${start}`;
    if (this.rulesFor === key) return;
    this.rulesFor = key;
    let ctx = await bundledScenario(scenario, start).catch(() => undefined);
    if (!ctx) {
      try {
        ctx = compileScenario(await fetchScenario(this.base, scenario, start));
      } catch (e) {
        console.warn(`no rules for scenario ${key}: legal previews are off`, e);
        return;
      }
    }
    this.rules = ctx;
    this.emit("rules", ctx);
  }
}

type ClientMessagesMap = { [K in ClientMessageType]: ClientMessage<K> };
type OutgoingMap = ClientMessagesMap & { teacher: TeacherCommand; student: StudentCommand };
