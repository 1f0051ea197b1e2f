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
