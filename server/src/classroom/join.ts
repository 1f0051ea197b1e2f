import type { Client } from "@colyseus/core";
import { ClassJoinOptionsSchema, normaliseJoinCode } from "@cs/shared";
import type { ClientData } from "../room/clientData.ts";
import type { AuthResult } from "../room/extension.ts";
import { refuseJoin } from "../room/refuse.ts";
import { hashToken, sameHash } from "../tokens.ts";
import type { ClassConn, Classroom } from "./context.ts";

/** Who joins a class, as `classAuth` decided: `new` students are added on join. */
export type ClassAuth = ClassConn | { kind: "new" };

/**
 * Who may enter a class: the teacher with the class's own teacher token (another class's is
 * refused), a student with their student token, or anyone with the code: a new student, or
 * the big screen. Wrong tokens and codes count against the caller's address.
 */
export async function classAuth(
  c: Classroom,
  options: unknown,
  ip: string,
): Promise<AuthResult<ClassAuth>> {
  const parsed = ClassJoinOptionsSchema.safeParse(options ?? {});
  if (!parsed.success)
    throw refuseJoin("ERR_BAD_MESSAGE", parsed.error.issues[0]?.message ?? "bad options");
  const o = parsed.data;
  const { host } = c;
  const { row } = host.match;
  const as = (ext: ClassAuth): AuthResult<ClassAuth> => ({
    seat: null,
    host: ext.kind === "teacher",
    ext,
  });
  if (o.create || o.class) throw refuseJoin("ERR_BAD_MESSAGE", "This class exists already.");
  if (o.hostToken !== undefined) {
    if (sameHash(row.hostHash, hashToken(o.hostToken))) return as({ kind: "teacher" });
    await host.wrongTry(ip);
    throw refuseJoin("ERR_BAD_TOKEN", "That teacher token is not this class's.");
  }
  if (o.token !== undefined) {
    const s = c.session.byToken(o.token);
    if (s) return as({ kind: "student", id: s.id });
    await host.wrongTry(ip);
    throw refuseJoin("ERR_BAD_TOKEN", "That student token is not valid in this class.");
  }
  if (o.code === undefined || normaliseJoinCode(o.code) !== row.code) {
    await host.wrongTry(ip);
    throw refuseJoin("ERR_BAD_CODE", "That code is not this class's.");
  }
  if (o.screen) return as({ kind: "screen" });
  if (!o.name) throw refuseJoin("ERR_BAD_MESSAGE", "A student joins with a display name.");
  return as({ kind: "new" });
}

/**
 * Mark the connection as the teacher's (the creator is), a student's (new ones get their
 * token), or the screen's.
 */
export async function classJoin(
  c: Classroom,
  client: Client,
  data: ClientData,
  auth: AuthResult<ClassAuth>,
): Promise<void> {
  const { session, host } = c;
  if (data.host) {
    c.conns.set(client.sessionId, { kind: "teacher" });
    // A teacher back after a reload or on another device gets the memos with the join.
    client.send("memos", { memos: session.memos });
    return;
  }
  const kind = auth.ext;
  if (kind?.kind === "screen") {
    c.conns.set(client.sessionId, { kind: "screen" });
    return;
  }
  let id: string | undefined;
  if (kind?.kind === "student") id = kind.id;
  else if (kind?.kind === "new") {
    const { row, token } = await session.addStudent(data.name);
    id = row.id;
    client.send("classWelcome", { student: row.id, token });
  }
  if (!id) return;
  const s = session.students.get(id);
  c.conns.set(client.sessionId, { kind: "student", id });
  if (s) data.name = s.name;
  session.connect(id, client.sessionId);
  host.setSeat(client, s?.power ?? null);
}
