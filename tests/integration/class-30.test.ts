import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type Player, type Running } from "./harness.ts";
import { actFresh, phaseKey } from "./play.ts";
import {
  classInfo,
  classMessages,
  createClass,
  joinClass,
  student,
  teacher,
} from "./class-harness.ts";

const PORT = 2632;
const STUDENTS = 30;

describe("a class of 30 students on SDK clients", () => {
  let srv: Running;
  let t: Player;
  const students: Player[] = [];

  beforeAll(async () => {
    srv = await startServer(PORT);
    t = await createClass(srv.url);
    const joins = Array.from({ length: STUDENTS }, (_, i) =>
      joinClass(srv.url, t.matchId, { code: t.code, name: `Student ${i + 1}` }),
    );
    students.push(...(await Promise.all(joins)));
  });
  afterAll(async () => {
    await Promise.all(students.map((s) => s.leave()));
    await srv.stop();
  });

  test("all join, are placed in balanced teams, and complete a turn", async () => {
    await t.until(() => classInfo(t)?.students.length === STUDENTS);
    teacher(t, { cmd: "autoAssign", by: "random" });
    await t.until(() => classInfo(t)?.students.every((s) => s.power !== null) ?? false);
    const teams = new Map<string, Player[]>();
    for (const s of students) {
      await s.until(() => s.seat !== null && s.view?.viewer === s.seat);
      teams.set(s.seat as string, [...(teams.get(s.seat as string) ?? []), s]);
    }
    const sizes = [...teams.values()].map((x) => x.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5);

    teacher(t, { cmd: "start" });
    await t.until(() => t.info?.status === "running");
    const startTurn = t.view?.turn as number;
    // Each phase, one member of every team marks the team ready; the phase then ends early.
    for (let guard = 0; guard < 6 && t.view?.turn === startTurn; guard++) {
      const key = phaseKey(t);
      for (const team of teams.values()) {
        const [first] = team;
        if (first) {
          const r = await actFresh(first, { type: "ready", ready: true });
          expect(r.ok).toBe(true);
        }
      }
      await t.until(() => phaseKey(t) !== key);
    }
    expect(t.view?.turn).toBe(startTurn + 1);
    for (const s of students) await s.until(() => s.view?.turn === startTurn + 1);
    // Every team hands in a memo for the turn it has just played.
    for (const team of teams.values())
      student(team[0] as Player, { cmd: "memo", text: "Our reasons." });
    await t.until(() => (classMessages(t, "memos").at(-1)?.memos.length ?? 0) === teams.size);
  });
});
