import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLASS_REMOVED, ROLES } from "@cs/shared";
import { startServer, type Player, type Running } from "./harness.ts";
import { actFresh } from "./play.ts";
import {
  classInfo,
  classMessages,
  createClass,
  joinClass,
  refusedTeacher,
  studentId,
  teacher,
} from "./class-harness.ts";

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => ok(typeof a === "object" && a ? a.port : 0));
    });
  });
}

/**
 * The teacher in control (issue 12, items 2, 3 and 6), over real SDK clients: automatic
 * placement gives every team one head and every role; a second head is refused; a hand-off
 * to a bot takes the students' hands off their country (refused in words, and they are told)
 * until it is given back; a student is renamed and removed; the teacher ends the match.
 */
describe("classroom: the teacher stays in control", () => {
  let srv: Running;
  let t: Player;
  const students: Player[] = [];

  beforeAll(async () => {
    srv = await startServer(await freePort());
    t = await createClass(srv.url);
    for (const name of ["Ana", "Ben", "Cleo", "Dan", "Eve"])
      students.push(await joinClass(srv.url, t.matchId, { code: t.code, name }));
    await t.until(() => classInfo(t)?.students.length === 5);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("placing by preferences gives each team one head and every role", async () => {
    teacher(t, { cmd: "autoAssign", by: "preferences" });
    await t.until(() => classInfo(t)?.students.every((s) => s.power !== null) ?? false);
    const byTeam = new Map<string, string[][]>();
    for (const s of classInfo(t)?.students ?? [])
      byTeam.set(s.power as string, [...(byTeam.get(s.power as string) ?? []), s.roles]);
    expect(byTeam.size).toBeGreaterThan(1);
    for (const roles of byTeam.values()) {
      expect(roles.filter((r) => r.includes("head"))).toHaveLength(1);
      expect(new Set(roles.flat())).toEqual(new Set(ROLES));
    }
  });

  test("a second head of government is refused in words", async () => {
    const [ana, ben] = students as [Player, Player];
    const power = classInfo(t)?.students.find((x) => x.id === studentId(ana))?.power as string;
    // Ben joins Ana's team with no role ticked: he takes the roles the team leaves free.
    teacher(t, { cmd: "assign", student: studentId(ben), power, roles: [] });
    await t.until(
      () => classInfo(t)?.students.find((x) => x.id === studentId(ben))?.power === power,
    );
    const team = classInfo(t)?.students.filter((x) => x.power === power) ?? [];
    expect(team.filter((x) => x.roles.includes("head"))).toHaveLength(1);
    const notHead = team.find((x) => !x.roles.includes("head"));
    const r = await refusedTeacher(t, {
      cmd: "assign",
      student: notHead?.id,
      power,
      roles: ["head"],
    });
    expect(r.code).toBe("ERR_TWO_HEADS");
  });

  test("a power handed to a bot is out of its students' hands, and they are told", async () => {
    teacher(t, { cmd: "start" });
    await t.until(() => t.info?.status === "running");
    const s = students[0] as Player;
    await s.until(() => s.seat !== null && s.view?.viewer === s.seat);
    const power = s.seat as string;
    teacher(t, { cmd: "bot", power, on: true });
    await s.until(() => classInfo(s)?.handedToBot === true);
    expect(classInfo(s)?.yourRoles).toEqual([]);
    const refused = await actFresh(s, { type: "ready", ready: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.code).toBe("ERR_HANDED_TO_BOT");
    expect(classInfo(t)?.botPowers).toContain(power);
    teacher(t, { cmd: "bot", power, on: false });
    await s.until(() => classInfo(s)?.handedToBot === false);
    expect((await actFresh(s, { type: "ready", ready: true })).ok).toBe(true);
  });

  test("rename and remove a student; the removed one is told and shut out", async () => {
    const [, ben, cleo] = students as [Player, Player, Player];
    teacher(t, { cmd: "rename", student: studentId(ben), name: "Benjamin" });
    await t.until(() => classInfo(t)?.students.some((x) => x.name === "Benjamin") ?? false);
    const token = classMessages(cleo, "classWelcome")[0]?.token as string;
    const closed = new Promise<number>((ok) => cleo.room.onLeave((code) => ok(code)));
    teacher(t, { cmd: "remove", student: studentId(cleo) });
    expect(await closed).toBe(CLASS_REMOVED);
    expect(cleo.received.some((m) => m.type === "removed")).toBe(true);
    await t.until(() => classInfo(t)?.students.length === 4);
    await expect(joinClass(srv.url, t.matchId, { token })).rejects.toThrow(/ERR_BAD_TOKEN/);
  });

  test("the teacher ends the match", async () => {
    teacher(t, { cmd: "end" });
    await t.until(() => t.info?.status === "finished");
    expect((await refusedTeacher(t, { cmd: "end" })).code).toBe("ERR_ALREADY_DONE");
  });
});
