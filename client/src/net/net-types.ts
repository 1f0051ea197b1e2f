import type {
  ChatMessage,
  ClientMessage,
  ClientMessageType,
  Ctx,
  GameView,
  MatchInfo,
  Refusal,
  ServerMessages,
  StudentCommand,
  TeacherCommand,
} from "@cs/shared";

export type ConnectionState = "idle" | "connecting" | "connected" | "reconnecting" | "closed";

export interface NetEvents extends Record<string, unknown> {
  connection: {
    state: ConnectionState;
    error?: string | undefined;
    /**
     * While reconnecting: the match moved (a server was drained), its server was lost, or it
     * went silent (a ping unanswered: stalled or cut off).
     */
    reason?: "moved" | "lost" | "silent" | undefined;
  };
  welcome: ServerMessages["welcome"];
  match: MatchInfo;
  view: GameView;
  chat: ChatMessage;
  chatLog: ChatMessage[];
  refused: ServerMessages["refused"];
  ack: ServerMessages["ack"];
  rules: Ctx;
  /** The objectives this connection may know, and their words (before `rules` with them). */
  objectives: ServerMessages["objectives"];
  /** Anything above changed, or a class message came (pages that redraw on any change). */
  changed: undefined;
}

export type ActResult = { ok: true; stateId: number } | ({ ok: false } & Refusal);

/** Refused here, not by the server: nothing left this page. */
export const NOT_SENT: Refusal = {
  code: "ERR_NOT_CONNECTED",
  message: "Not connected to the server: nothing was sent.",
};

/** The connection dropped before the server answered: the view, once back, tells. */
export const UNANSWERED: Refusal = {
  code: "ERR_NO_ANSWER",
  message: "The connection dropped before the server answered.",
};

type ClientMessagesMap = { [K in ClientMessageType]: ClientMessage<K> };
export type OutgoingMap = ClientMessagesMap & { teacher: TeacherCommand; student: StudentCommand };

/** Actions sent and awaiting the server's ack or refusal, by ref (refs also number chats). */
export class PendingActs {
  private next = 1;
  private readonly waiting = new Map<number, (r: ActResult) => void>();

  ref(): number {
    return this.next++;
  }

  wait(ref: number, resolve: (r: ActResult) => void): void {
    this.waiting.set(ref, resolve);
  }

  settle(ref: number | undefined, r: ActResult): void {
    if (ref === undefined) return;
    this.waiting.get(ref)?.(r);
    this.waiting.delete(ref);
  }

  /** Every action still waiting gets this answer (the connection dropped). */
  settleAll(r: ActResult): void {
    for (const ref of [...this.waiting.keys()]) this.settle(ref, r);
  }
}
