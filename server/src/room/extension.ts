import type { Client } from "@colyseus/core";
import type { Action, ChatMessage, PowerId, Viewer } from "@cs/shared";
import type { Limits } from "../limits/limits.ts";
import type { Match } from "../match/match.ts";
import type { Refusal } from "../match/refusal.ts";
import type { Storage } from "../storage/types.ts";
import type { ClientData } from "./clientData.ts";
import type { InboundTable } from "./inbound.ts";

/** Who a joining connection is, as decided by `onAuth`. */
export interface AuthResult<E = unknown> {
  seat: PowerId | null;
  host: boolean;
  hostToken?: string | undefined;
  /** What an extension decided about this connection, handed back to its `join`. */
  ext?: E | undefined;
}

/** What the room offers an extension: the match and its connections, never its internals. */
export interface RoomHost {
  readonly match: Match;
  readonly storage: Storage;
  readonly limits: Limits;
  connections(): readonly Client[];
  data(client: Client): ClientData | undefined;
  /** Send these clients their views (in full: a fresh view rather than a patch). */
  sendViews(clients: Iterable<Client>, full?: boolean): void;
  /** Tell a client who it is again (its seat changed). */
  welcome(client: Client): void;
  /** The match's public record to everyone, if it changed. */
  broadcastInfo(): void;
  /** The connection now acts for this power, or for none. */
  setSeat(client: Client, power: PowerId | null): void;
  /** Wrong codes and tokens from this address: too many? `record` counts one more. */
  badCodes(ip: string, record: boolean): Promise<boolean>;
  /** Count a wrong code or token; throws the ERR_RATE_LIMIT refusal past the limit. */
  wrongTry(ip: string): Promise<void>;
  refuse(client: Client, refusal: Refusal, ref?: number): void;
  /** A stored chat message to every connection that may read its channel. */
  deliverChat(message: ChatMessage): void;
}

/**
 * A layer over the room (the classroom is one): the room asks it who may join and how, who
 * may act, who sees what, who reads which channel and who paces the match, and runs its extra
 * messages through the same pipeline as its own. The room never imports an extension.
 */
export interface RoomExtension<E = unknown> {
  /** Who joins (except the creator), instead of the room's seat tokens and join code. */
  auth(options: unknown, ip: string): Promise<AuthResult<E>>;
  /** A connection joined with what `auth` decided (before it is welcomed). */
  join(client: Client, data: ClientData, auth: AuthResult<E>): Promise<void>;
  /** A connection came back (`true`), dropped or left (`false`). */
  online(client: Client, data: ClientData, on: boolean): void;
  /** A connection left for good. */
  left(client: Client): void;
  /** Whether this connection may take this action for its seat (a class's roles). */
  mayAct(client: Client, action: Action): Refusal | undefined;
  /**
   * The view a connection gets (undefined: its seat's, or a spectator's). Who reads which chat
   * channel follows from it (`mayRead` in @cs/shared: the teacher reads every channel).
   */
  viewer(client: Client): Viewer | undefined;
  /** The extension paces the match: it never moves on by itself (a class's teacher does). */
  readonly paces: boolean;
  /** Seats are given, not taken: people do not take or leave seats themselves. */
  readonly assignsSeats: boolean;
  /** Extra message types. */
  readonly messages: InboundTable;
  /** After the room told its clients of a change (joins, leaves): the extension's share. */
  changed(): void;
}

/** What a kind of extension does when a match is created or restored. */
export interface ExtensionKind {
  /**
   * The create options ask for this kind (a `class` field): the match settings to create it
   * with (what the kind imposes included) and how to open it. Throws a join refusal when the
   * options are bad; undefined when they are not this kind's.
   */
  claim(
    options: Record<string, unknown>,
  ): { create: unknown; open(host: RoomHost): Promise<RoomExtension> } | undefined;
  /** A restored match that is this kind's (undefined: it is not). */
  restore(host: RoomHost): Promise<RoomExtension | undefined>;
}
