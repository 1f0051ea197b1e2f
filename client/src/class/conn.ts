import { Client, type Room } from "@colyseus/sdk";
import {
  applyMatchInfoPatch,
  applyViewPatch,
  CLASS_REMOVED,
  REJOIN_ATTEMPTS,
  rejoinDelay,
  ROOM_NAME,
  shouldRejoin,
  type ChatMessage,
  type ClassInfo,
  type ClassJoinOptions,
  type ClassServerMessages,
  type GameView,
  type MatchInfo,
  type Memo,
  type ServerMessages,
  type StudentCommand,
  type TeacherCommand,
} from "@cs/shared";

/** Where a page's connection stands; every class page shows it (connectionBadge). */
export type ConnState = "connecting" | "connected" | "reconnecting" | "lost";

/**
 * A class page's own connection (teacher's dashboard, big screen, a student's first join):
 * the shell's `Net` creates plain matches and owns one seat's game; these pages need the
 * class's messages from the first one on (the student token arrives right after the join).
 * It keeps the view (patches applied), the match record, the class, memos, chat and debrief.
 *
 * Nothing fails silently: after a drop or a server restart it joins the same match again by
 * itself with the tokens it holds (the teacher's, or the screen's code), and a command sent
 * while it is not connected is refused in words (`lastRefusal`), never dropped unseen.
 */
export class ClassConn {
  readonly base: string;
  room: Room | undefined;
  view: GameView | undefined;
  stateId = 0;
  match: MatchInfo | undefined;
  info: ClassInfo | undefined;
  welcome: ServerMessages["welcome"] | undefined;
  memos: Memo[] = [];
  chat: ChatMessage[] = [];
  debrief: ClassServerMessages["debrief"]["debrief"] | undefined;
  studentToken: ClassServerMessages["classWelcome"] | undefined;
  lastRefusal: ServerMessages["refused"] | undefined;
  state: ConnState = "connecting";
  /** The teacher's token (the teacher link carries it). */
  hostToken: string | undefined;
  private rejoinWith: { matchId: string; options: ClassJoinOptions } | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(base: string) {
    this.base = base;
  }

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  async create(options: ClassJoinOptions): Promise<void> {
    this.attach(await new Client(this.base).create(ROOM_NAME, options));
  }

  async join(matchId: string, options: ClassJoinOptions): Promise<void> {
    this.rejoinWith = { matchId, options };
    this.hostToken = options.hostToken ?? this.hostToken;
    this.attach(await new Client(this.base).joinById(matchId, options));
  }

  teacher(cmd: TeacherCommand): void {
    this.deliver("teacher", cmd);
  }

  student(cmd: StudentCommand): void {
    this.deliver("student", cmd);
  }

  /** Send, or say why it could not be sent: a click while the server is away is not lost silently. */
  private deliver(type: "teacher" | "student", cmd: TeacherCommand | StudentCommand): void {
    if (!this.room || this.state !== "connected") {
      this.lastRefusal = {
        code: "ERR_NOT_CONNECTED",
        message: "Not connected to the server: nothing was sent.",
      };
      this.changed();
      return;
    }
    this.room.send(type, cmd);
  }

  async leave(): Promise<void> {
    await this.room?.leave(true);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  private setState(state: ConnState): void {
    this.state = state;
    if (state === "connected" && this.lastRefusal?.code === "ERR_NOT_CONNECTED")
      this.lastRefusal = undefined;
    this.changed();
  }

  private attach(room: Room): void {
    this.room = room;
    this.state = "connected";
    const on = <T>(type: string, fn: (m: T) => void) =>
      room.onMessage(type, (m: T) => {
        fn(m);
        this.changed();
      });
    on<ServerMessages["welcome"]>("welcome", (m) => {
      this.welcome = { ...this.welcome, ...m };
      // The teacher comes back with the host token the server handed out at the creation.
      if (m.hostToken) {
        this.hostToken = m.hostToken;
        this.rejoinWith = { matchId: m.matchId, options: { hostToken: m.hostToken } };
      }
    });
    on<ServerMessages["match"]>("match", (m) => (this.match = m));
    on<ServerMessages["matchPatch"]>("matchPatch", (m) => {
      if (this.match) this.match = applyMatchInfoPatch(this.match, m);
    });
    on<ServerMessages["view"]>("view", (m) => {
      this.view = m.view;
      this.stateId = m.stateId;
    });
    on<ServerMessages["patch"]>("patch", (m) => {
      if (!this.view || m.from !== this.stateId) return;
      this.view = applyViewPatch(this.view, m.ops);
      this.stateId = m.stateId;
    });
    on<ServerMessages["chat"]>("chat", (m) => (this.chat = [...this.chat, m]));
    on<ServerMessages["chatLog"]>("chatLog", (m) => (this.chat = m.messages));
    on<ServerMessages["refused"]>("refused", (m) => (this.lastRefusal = m));
    on<ServerMessages["ack"]>("ack", () => undefined);
    on<ServerMessages["seatToken"]>("seatToken", () => undefined);
    on<ClassServerMessages["class"]>("class", (m) => (this.info = m));
    on<ClassServerMessages["memos"]>("memos", (m) => (this.memos = m.memos));
    on<ClassServerMessages["debrief"]>("debrief", (m) => (this.debrief = m.debrief));
    on<ClassServerMessages["classWelcome"]>("classWelcome", (m) => (this.studentToken = m));
    on<Record<string, never>>("removed", () => (this.rejoinWith = undefined));
    room.reconnection.maxRetries = 3;
    room.onDrop(() => {
      if (this.room === room) this.setState("reconnecting");
    });
    room.onReconnect(() => {
      if (this.room === room) this.setState("connected");
    });
    room.onLeave((code: number) => {
      if (this.room !== room) return;
      if (code !== CLASS_REMOVED && shouldRejoin(code) && this.rejoinWith) void this.follow();
      else this.setState("lost");
    });
  }

  /** The server went away (restart, crash): join the same match again, backing off. */
  private async follow(): Promise<void> {
    const again = this.rejoinWith;
    if (!again) return this.setState("lost");
    for (let attempt = 1; attempt <= REJOIN_ATTEMPTS; attempt++) {
      this.setState("reconnecting");
      await new Promise((r) => setTimeout(r, rejoinDelay(attempt)));
      try {
        const room = await new Client(this.base).joinById(again.matchId, again.options);
        // Fresh state from the new room: its full view, the class, memos and chat log.
        this.view = undefined;
        this.attach(room);
        this.changed();
        return;
      } catch (e) {
        if (String(e).includes("ERR_BAD_TOKEN") || String(e).includes("ERR_BAD_CODE")) break;
      }
    }
    this.setState("lost");
  }
}

/** Served by the game server itself; `VITE_SERVER` points a development build elsewhere. */
export const serverBase = (): string =>
  (import.meta.env["VITE_SERVER"] as string | undefined) ?? window.location.origin;

/** The address students type or scan: the LAN address when the teacher opened localhost. */
export function joinUrls(info: ClassInfo | undefined): string[] {
  const here = new URL(window.location.href);
  const page = (host: string) =>
    `${here.protocol}//${host}${here.port ? `:${here.port}` : ""}${here.pathname.replace(/[^/]*$/, "")}class.html`;
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(here.hostname);
  const hosts = local && info?.addresses?.length ? info.addresses : [here.hostname];
  return hosts.map(page);
}

/**
 * The teacher link: this page's address with the class and the teacher's token after `#`
 * (never sent to a server in a request line, never in its logs). Opened in any browser, it
 * brings the teacher back to the dashboard.
 */
export function teacherLink(matchId: string, hostToken: string): string {
  const here = new URL(window.location.href);
  const hash = new URLSearchParams({ class: matchId, token: hostToken });
  return `${here.origin}${here.pathname}#${hash.toString()}`;
}

/** The class and token a teacher link carries, if this page was opened with one. */
export function fromTeacherLink(hash: string): { matchId: string; hostToken: string } | undefined {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const matchId = p.get("class");
  const hostToken = p.get("token");
  return matchId && hostToken ? { matchId, hostToken } : undefined;
}
