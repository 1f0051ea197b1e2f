import type { Client } from "@colyseus/core";
import type { RoomHost } from "../room/extension.ts";
import type { ClassSession } from "./session.ts";

/** What a connection is in a class (kept by the classroom, by session id). */
export type ClassConn = { kind: "teacher" } | { kind: "student"; id: string } | { kind: "screen" };

/** A class over its room: the room's host face, the class's roster, its connections. */
export interface Classroom {
  readonly host: RoomHost;
  readonly session: ClassSession;
  readonly conns: Map<string, ClassConn>;
}

export const connOf = (c: Classroom, client: Client): ClassConn | undefined =>
  c.conns.get(client.sessionId);

export const isTeacher = (c: Classroom, client: Client): boolean =>
  connOf(c, client)?.kind === "teacher";

/** The student a connection belongs to, if it is a student's. */
export function studentOf(c: Classroom, client: Client): string | undefined {
  const conn = connOf(c, client);
  return conn?.kind === "student" ? conn.id : undefined;
}
