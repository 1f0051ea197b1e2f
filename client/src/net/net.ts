import { Client, type Room } from "@colyseus/sdk";
import {
  applyMatchInfoPatch,
  applyViewPatch,
  CLASS_REMOVED,
  normaliseJoinCode,
  shouldRejoin,
  ROOM_NAME,
  type Action,
  type ChatMessage,
  type ClassJoinOptions,
  type ClassServerMessages,
  type ClientMessage,
  type CreateMatchInput,
  type Ctx,
  type GameView,
  type MatchInfo,
  type Refusal,
  type ServerMessages,
} from "@cs/shared";
import { Emitter } from "./emitter.ts";
import {
  NOT_SENT,
  PendingActs,
  UNANSWERED,
  type ActResult,
  type ConnectionState,
  type NetEvents,
  type OutgoingMap,
} from "./net-types.ts";
import { resolveJoinCode } from "./http.ts";
import { follow, watchEnds, type FollowReason } from "./follow.ts";
import { MatchRules } from "./rules.ts";
import { ClassMessages, CLASS_MESSAGE_TYPES } from "./class-messages.ts";
import {
  clearSession,
  loadSession,
  memoryStore,
  Rejoin,
  rejoinOptions,
  saveSession,
  type KeyValueStore,
  type Session,
} from "./tokens.ts";

export type { ActResult, ConnectionState, NetEvents } from "./net-types.ts";

/**
 * The one module that talks to the server (architecture rule 8), for the player's page and
 * the class pages alike (teacher's dashboard, big screen, student). It owns the Colyseus SDK
 * client and the room, keeps the latest match info and view (applying patches; a lost patch
 * asks for a full view), the chat, and a class's messages; remembers the tokens to rejoin
 * with (kept in `store` across reloads); and emits typed events that panels subscribe to.
 *
 * Nothing fails silently: after a drop or a server restart it joins the same match again by
 * itself, wherever it runs now, with the tokens it holds; anything sent while it is not
 * connected is refused in words (a `refused` event with ERR_NOT_CONNECTED, and `lastRefusal`),
 * and an action whose answer the drop swallowed is settled the same way.
 */
export class Net extends Emitter<NetEvents> {
  readonly base: string;
  protected readonly client: Client;
  private readonly store: KeyValueStore;
  private room: Room | undefined;
  /** Stops the current room's heartbeat (a silent server's room is given up, and followed). */
  private unwatch: (() => void) | undefined;
  /** The match's rules as shipped, to which the objectives sent are added. */
  private readonly rulesOf = new MatchRules();
  /** Actions sent and not yet answered, by ref. */
  private readonly pending = new PendingActs();
  /** A class's own messages, listened to from the join on (see `onMessage`). */
  protected readonly classMessages = new ClassMessages();
  welcome: ServerMessages["welcome"] | undefined;
  match: MatchInfo | undefined;
  view: GameView | undefined;
  stateId = 0;
  /** A resync was asked for and its full view has not come yet. */
  private resyncing = false;
  chat: ChatMessage[] = [];
  rules: Ctx | undefined;
  /**
   * The objectives the server says this connection may know, with their words: the client
   * ships none, so the rules' scenario gets them from here (a hidden match: the seat's own).
   */
  objectives: ServerMessages["objectives"] | undefined;
  /** Where the connection stands; every page shows it. */
  state: ConnectionState = "idle";
  /** The latest refusal (the server's, or this module's own when nothing could be sent). */
  lastRefusal: Refusal | undefined;
  /** The match and tokens to join again with after a drop. */
  private readonly again: Rejoin;

  /** A page that keeps no session across reloads (the big screen) passes no store. */
  constructor(base: string, store: KeyValueStore = memoryStore()) {
    super();
    this.base = base;
    this.store = store;
    this.client = new Client(base);
    this.again = new Rejoin(store);
    // A student's own token comes in the class's welcome; a removed student does not come back.
    this.classMessages.on("classWelcome", (m) =>
      this.again.remember(undefined, { token: m.token }),
    );
    this.classMessages.on("removed", () => this.again.forget());
  }

  /** Redraw on any change; returns the unsubscribe function. */
  onChange(fn: () => void): () => void {
    return this.on("changed", fn);
  }

  override emit<K extends keyof NetEvents>(event: K, payload: NetEvents[K]): void {
    super.emit(event, payload);
    if (event !== "changed") super.emit("changed", undefined);
  }

  /** The teacher's token (handed out when the class was created, or carried by the link). */
  get hostToken(): string | undefined {
    return this.again.hostToken;
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
    await this.join(matchId, options);
    if (options["code"] && this.welcome)
      saveSession(this.store, { matchId: this.welcome.matchId, code: options["code"] });
  }

  /** A class page's join (teacher with a token, big screen with the code, a student). */
  async join(matchId: string, options: ClassJoinOptions): Promise<void> {
    this.again.start(matchId, options);
    await this.connect(() => this.client.joinById(matchId, options));
  }

  /** After a reload: back to the stored seat (or host role). False when nothing is stored. */
  async rejoin(): Promise<boolean> {
    const s = this.session;
    if (!s) return false;
    try {
      await this.join(s.matchId, rejoinOptions(s));
      return true;
    } catch (e) {
      // The match is gone or the token no longer works: forget it and start from home.
      clearSession(this.store);
      this.setState("closed", { error: String(e) });
      return false;
    }
  }

  async leave(): Promise<void> {
    clearSession(this.store);
    const room = this.room;
    this.room = undefined;
    this.again.forget();
    this.reset();
    this.unwatch?.();
    await room?.leave(true);
    this.setState("idle");
  }

  /** Send an engine action for our seat; resolves on the server's ack or refusal. */
  act(action: Action): Promise<ActResult> {
    const ref = this.pending.ref();
    return new Promise((resolve) => {
      const room = this.connectedRoom();
      if (!room) {
        resolve({ ok: false, ...NOT_SENT });
        return;
      }
      this.pending.wait(ref, resolve);
      const msg: ClientMessage<"action"> = { ref, stateId: this.stateId, action };
      room.send("action", msg);
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
    this.send("chat", { ref: this.pending.ref(), channel, text, ...(attach ? { attach } : {}) });
  }

  /**
   * Send a message of the protocol, or a class's `teacher`/`student` command. While the
   * connection is down nothing is queued (a click meant for the match as it was may no longer
   * fit it when the connection is back): it is refused in words, for the page to show.
   */
  send<K extends keyof OutgoingMap>(type: K, payload: OutgoingMap[K]): boolean {
    const room = this.connectedRoom();
    if (!room) {
      this.refuseLocally();
      return false;
    }
    room.send(type, payload);
    return true;
  }

  /** The room, when messages can go out now. */
  private connectedRoom(): Room | undefined {
    return this.state === "connected" ? this.room : undefined;
  }

  private refuseLocally(): void {
    this.lastRefusal = NOT_SENT;
    this.emit("refused", { ...NOT_SENT });
  }

  private setState(
    state: ConnectionState,
    more: { error?: string; reason?: FollowReason } = {},
  ): void {
    this.state = state;
    if (state === "connected" && this.lastRefusal?.code === "ERR_NOT_CONNECTED")
      this.lastRefusal = undefined;
    // Actions awaiting an answer the drop may have swallowed: the view, once back, says
    // whether they went through.
    if (state !== "connected") this.pending.settleAll({ ok: false, ...UNANSWERED });
    this.emit("connection", { state, ...more });
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

  protected async connect(open: () => Promise<Room>): Promise<void> {
    if (this.state !== "reconnecting") this.setState("connecting");
    const room = await open();
    // Handlers first: the server sends welcome, view and chat log right after the join.
    const old = this.room;
    this.reset();
    this.room = room;
    this.listen(room);
    if (old && old !== room) void old.leave(true);
    this.setState("connected");
  }

  private listen(room: Room): void {
    room.onMessage("welcome", (m: ServerMessages["welcome"]) => {
      this.welcome = m;
      const patch: Session = { matchId: m.matchId };
      if (m.hostToken) patch.hostToken = m.hostToken;
      if (m.code) patch.code = m.code;
      saveSession(this.store, patch);
      if (m.hostToken) this.again.remember(m.matchId, { hostToken: m.hostToken });
      this.emit("welcome", m);
    });
    room.onMessage("seatToken", (m: ServerMessages["seatToken"]) => {
      const matchId = this.welcome?.matchId ?? room.roomId;
      saveSession(this.store, { matchId, token: m.token });
      this.again.remember(matchId, { token: m.token });
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
    room.onMessage("objectives", (m: ServerMessages["objectives"]) => {
      this.objectives = m;
      this.emit("objectives", m);
      this.setRules();
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
      this.pending.settle(m.ref, { ok: true, stateId: m.stateId });
      this.emit("ack", m);
    });
    room.onMessage("refused", (m: ServerMessages["refused"]) => {
      this.pending.settle(m.ref, { ok: false, code: m.code, message: m.message });
      this.lastRefusal = { code: m.code, message: m.message };
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
      room.onMessage(type, (m: unknown) => {
        this.classMessages.emit(type, m as never);
        this.emit("changed", undefined);
      });
    }
    this.unwatch?.();
    this.unwatch = watchEnds(room, {
      current: () => this.room === room,
      state: (state) => this.setState(state),
      ended: (code) => {
        const id = this.again.matchId ?? this.welcome?.matchId;
        const rejoin = code === "silent" || (code !== CLASS_REMOVED && shouldRejoin(code));
        if (rejoin && id) return void this.follow(code, id);
        this.setState("closed", { error: `left (${code})` });
      },
    });
  }

  /** The match moved, its server went away or went silent: join it again (follow.ts). */
  private follow(code: number | "silent", matchId: string): Promise<void> {
    return follow(code, {
      options: () => this.again.options(matchId),
      reconnecting: (reason) => this.setState("reconnecting", { reason }),
      join: (options) => this.connect(() => this.client.joinById(matchId, options)),
      closed: () => this.setState("closed", { error: `left (${code})` }),
    });
  }

  /** The match's scenario, compiled (objectives added as they come), for legal previews. */
  private async loadRules(scenario: string, start: string): Promise<void> {
    if (await this.rulesOf.load(this.base, scenario, start)) this.setRules();
  }

  private setRules(): void {
    const rules = this.rulesOf.with(this.objectives?.objectives ?? []);
    if (!rules) return;
    this.rules = rules;
    this.emit("rules", rules);
  }
}
