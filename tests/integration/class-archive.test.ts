import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Debrief, LogEntry, Memo } from "@cs/shared";
import { startServer, type Running } from "./harness.ts";
import {
  classInfo,
  classMessages,
  createClass,
  joinClass,
  student,
  studentId,
  teacher,
} from "./class-harness.ts";

const PORT = 2643;
const MEMO = "We invested: France needs its economy before guns.";

interface Archive {
  match: { id: string; status: string };
  debrief: Debrief;
  memos: Memo[];
  rollbacks: { at: number; turn: number; undone: LogEntry[] }[];
}

/** The class's archive over HTTP: debrief, memos and the undone entries, for its teacher only. */
describe("GET /api/classes/:id/archive", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  const get = (id: string, token?: string) =>
    fetch(`${srv.url}/api/classes/${id}/archive`, {
      headers: token === undefined ? {} : { "x-host-token": token },
    });

  test("the teacher reads it; nobody else does", async () => {
    const t = await createClass(srv.url);
    const a = await joinClass(srv.url, t.matchId, { code: t.code, name: "Ana" });
    teacher(t, { cmd: "assign", student: studentId(a), power: "FRA", roles: [] });
    await a.until(() => a.seat === "FRA");
    teacher(t, { cmd: "start" });
    for (const phase of ["diplomacy", "orders", "resolution"]) {
      teacher(t, { cmd: "advance" });
      await a.until(() => a.view?.phase === phase);
    }
    teacher(t, { cmd: "rollback" });
    await t.until(() => classInfo(t)?.rollbacks?.length === 1);
    student(a, { cmd: "memo", text: MEMO });
    await t.until(() => (classMessages(t, "memos").at(-1)?.memos.length ?? 0) === 1);

    const res = await get(t.matchId, t.hostToken);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const archive = (await res.json()) as Archive;
    expect(archive.match).toMatchObject({ id: t.matchId, status: "running" });
    expect(archive.memos.map((m) => m.text)).toEqual([MEMO]);
    expect(archive.debrief.memos[0]?.power).toBe("FRA");
    expect(archive.debrief.rollbacks).toHaveLength(1);
    expect(Array.isArray(archive.debrief.timeline)).toBe(true);
    expect(archive.rollbacks).toHaveLength(1);
    expect(archive.rollbacks[0]?.undone[0]?.action).toEqual({ type: "advance" });

    // No token, a student's token, another class's teacher token: refused, and nothing leaks.
    const token = classMessages(a, "classWelcome")[0]?.token as string;
    const other = await createClass(srv.url);
    for (const wrong of [undefined, token, other.hostToken as string]) {
      const r = await get(t.matchId, wrong);
      expect(r.status).toBe(403);
      const text = await r.text();
      expect(JSON.parse(text)).toMatchObject({ code: "ERR_NOT_TEACHER" });
      expect(text).not.toContain(MEMO);
    }
    expect((await get("nosuchmatch", t.hostToken as string)).status).toBe(404);
    for (const p of [t, a, other]) await p.leave();
  });
});
