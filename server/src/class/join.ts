import type { Client } from "@colyseus/core";
import { ClassJoinOptionsSchema, normaliseJoinCode } from "@cs/shared";
import { tooManyBadCodes } from "../room/badCodes.ts";
import type { ClientData } from "../room/clientData.ts";
import type { AuthResult, MatchRoom } from "../room/MatchRoom.ts";
import { refuseJoin } from "../room/refuse.ts";
import { hashToken, sameHash } from "../tokens.ts";

export type ClassAuth =
  { kind: "teacher" } | { kind: "student"; id: string } | { kind: "new" } | { kind: "screen" };

/**
 * Who may enter a class: the teacher with the class's own teacher token (another class's is
 * refused), a student with their student token, or anyone with the code: a new student, or
 * the big screen. Wrong tokens and codes count against the caller's address.
 */
export async function classAuth(
  room: MatchRoom,
  options: unknown,
  ip: string,
): Promise<AuthResult> {
  const parsed = ClassJoinOptionsSchema.safeParse(options ?? {});
  if (!parsed.success)
    throw refuseJoin("ERR_BAD_MESSAGE", parsed.error.issues[0]?.message ?? "bad options");
  const o = parsed.data;
  const c = room.classroom;
  if (o.create || o.class) throw refuseJoin("ERR_BAD_MESSAGE", "This class exists already.");
  if (await tooManyBadCodes(room.presence, ip, false))
    throw refuseJoin("ERR_RATE_LIMIT", "Too many wrong codes or tokens; wait a minute.");
  if (o.hostToken !== undefined) {
    if (sameHash(room.row.hostHash, hashToken(o.hostToken)))
      return { seat: null, host: true, class: { kind: "teacher" } };
    await tooManyBadCodes(room.presence, ip, true);
    throw refuseJoin("ERR_BAD_TOKEN", "That teacher token is not this class's.");
  }
  if (o.token !== undefined) {
    const s = c?.byToken(o.token);
    if (s) return { seat: null, host: false, class: { kind: "student", id: s.id } };
    await tooManyBadCodes(room.presence, ip, true);
    throw refuseJoin("ERR_BAD_TOKEN", "That student token is not valid in this class.");
  }
  if (o.code === undefined || normaliseJoinCode(o.code) !== room.row.code) {
    await tooManyBadCodes(room.presence, ip, true);
    throw refuseJoin("ERR_BAD_CODE", "That code is not this class's.");
  }
  if (o.screen) return { seat: null, host: false, class: { kind: "screen" } };
  if (!o.name) throw refuseJoin("ERR_BAD_MESSAGE", "A student joins with a display name.");
  return { seat: null, host: false, class: { kind: "new" } };
}

/** Mark the connection as the teacher's, a student's (new ones get their token), or the screen's. */
export async function classJoin(
  room: MatchRoom,
  client: Client,
  data: ClientData,
  auth: AuthResult,
): Promise<void> {
  const c = room.classroom;
  if (!c) return;
  if (data.host) {
    data.teacher = true;
    // A teacher back after a reload or on another device gets the memos with the join.
    client.send("memos", { memos: c.memos });
    return;
  }
  const kind = auth.class?.kind;
  if (kind === "screen") {
    data.screen = true;
    return;
  }
  let id: string | undefined;
  if (auth.class?.kind === "student") id = auth.class.id;
  else if (kind === "new") {
    const { row, token } = await c.addStudent(data.name);
    id = row.id;
    client.send("classWelcome", { student: row.id, token });
  }
  if (!id) return;
  const s = c.students.get(id);
  data.student = id;
  data.seat = s?.power ?? null;
  if (s) data.name = s.name;
  c.connect(id, client.sessionId);
  if (data.seat) room.seats.connect(data.seat, client.sessionId);
}
