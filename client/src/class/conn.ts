import { Client, type Room } from "@colyseus/sdk";
import {
  applyViewPatch,
  ROOM_NAME,
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

/**
 * A class page's own connection (teacher's dashboard, big screen, a student's first join):
 * the shell's `Net` creates plain matches and owns one seat's game; these pages need the
 * class's messages from the first one on (the student token arrives right after the join).
 * It keeps the view (patches applied), the match record, the class, memos, chat and debrief.
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
    this.attach(await new Client(this.base).joinById(matchId, options));
  }

  teacher(cmd: TeacherCommand): void {
    this.room?.send("teacher", cmd);
  }

  student(cmd: StudentCommand): void {
    this.room?.send("student", cmd);
  }

  async leave(): Promise<void> {
    await this.room?.leave(true);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  private attach(room: Room): void {
    this.room = room;
    const on = <T>(type: string, fn: (m: T) => void) =>
      room.onMessage(type, (m: T) => {
        fn(m);
        this.changed();
      });
    on<ServerMessages["welcome"]>("welcome", (m) => (this.welcome = { ...this.welcome, ...m }));
    on<ServerMessages["match"]>("match", (m) => (this.match = m));
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
    room.onLeave(() => this.changed());
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
