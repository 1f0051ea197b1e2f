import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Player } from "./harness.ts";
import { startServer, type Running } from "./harness.ts";
import { actFresh } from "./play.ts";
import {
  classInfo,
  classMessages,
  createClass,
  joinClass,
  studentId,
  student,
  teacher,
} from "./class-harness.ts";

const PORT = 2631;
const SECRET = "our-secret-line-to-moscow-4471";
const PRIVATE_NEWS = "Private: the Deuxieme Bureau reports troop trains";
const TEACHER_NOTE = "Teacher to France and the USSR: what does Moscow offer?";
const TEACHER_PUBLIC = "Teacher to all: ten minutes left in this lesson";

describe("classroom: roster, roles, teacher controls and secrecy", () => {
  let srv: Running;
  let t: Player;
  let a: Player; // FRA, head of government
  let b: Player; // FRA, foreign minister
  let c: Player; // GBR, alone: every role
  let screen: Player;

  beforeAll(async () => {
    srv = await startServer(PORT);
    t = await createClass(srv.url);
    const code = t.code as string;
    a = await joinClass(srv.url, t.matchId, { code, name: "Ana" });
    b = await joinClass(srv.url, t.matchId, { code: code.toLowerCase(), name: "Ben" });
    c = await joinClass(srv.url, t.matchId, { code, name: "Cleo" });
    await t.until(() => classInfo(t)?.students.length === 3);
  });
  afterAll(async () => {
    await srv.stop();
  });
  const rows = (sql: string) => srv.storage.db.prepare(sql).all(t.matchId);

  test("students join by code and the teacher assigns powers and roles", async () => {
    for (const p of [a, b, c]) expect(classMessages(p, "classWelcome")[0]?.token).toBeTruthy();
    teacher(t, { cmd: "assign", student: studentId(a), power: "FRA", roles: ["head"] });
    teacher(t, { cmd: "assign", student: studentId(b), power: "FRA", roles: ["foreign"] });
    teacher(t, { cmd: "assign", student: studentId(c), power: "GBR" });
    await a.until(() => a.seat === "FRA" && a.view?.viewer === "FRA");
    await b.until(() => b.seat === "FRA");
    await c.until(() => c.seat === "GBR");
    // A student sees their own team only; the teacher sees everyone.
    await a.until(() => classInfo(a)?.students.length === 2);
    expect(
      classInfo(a)
        ?.students.map((s) => s.name)
        .sort(),
    ).toEqual(["Ana", "Ben"]);
    expect(classInfo(a)?.yourRoles).toEqual(["head", "war", "finance"]);
    expect(classInfo(c)?.yourRoles).toEqual(["head", "foreign", "war", "finance"]);
    expect(classInfo(a)?.code).toBeUndefined();
    student(a, { cmd: "briefingRead" });
    await t.until(
      () => classInfo(t)?.students.some((s) => s.name === "Ana" && s.briefingRead) ?? false,
    );
  });

  test("a student cannot use teacher controls", async () => {
    for (const cmd of [{ cmd: "pause" }, { cmd: "rollback" }, { cmd: "debrief" }]) {
      expect((await a.expectRefusal("teacher", cmd)).code).toBe("ERR_NOT_TEACHER");
    }
    expect((await a.expectRefusal("host", { cmd: "start" })).code).toBe("ERR_NOT_HOST");
    expect((await a.expectRefusal("takeSeat", { power: "DEU" })).code).toBe("ERR_NOT_ALLOWED");
  });

  test("another class's teacher token is refused", async () => {
    const other = await createClass(srv.url);
    await expect(joinClass(srv.url, t.matchId, { hostToken: other.hostToken })).rejects.toThrow(
      /ERR_BAD_TOKEN/,
    );
    await expect(joinClass(srv.url, t.matchId, { token: "forged-token" })).rejects.toThrow(
      /ERR_BAD_TOKEN/,
    );
    await expect(joinClass(srv.url, t.matchId, { code: "WRONGCODE2", name: "X" })).rejects.toThrow(
      /ERR_BAD_CODE/,
    );
    // Its own token brings the teacher back, with the omniscient view.
    const back = await joinClass(srv.url, t.matchId, { hostToken: t.hostToken });
    expect(back.view?.viewer).toBe("teacher");
    await other.leave();
    await back.leave();
  });

  test("start, pause, resume; roles bind; channels stay within their teams", async () => {
    teacher(t, { cmd: "start" });
    await a.until(() => a.info?.status === "running");
    screen = await joinClass(srv.url, t.matchId, { code: t.code, screen: true });
    teacher(t, { cmd: "pause" });
    await a.until(() => a.info?.status === "paused");
    expect((await actFresh(a, { type: "ready", ready: true })).ok).toBe(false);
    teacher(t, { cmd: "resume" });
    await a.until(() => a.info?.status === "running");
    teacher(t, { cmd: "advance" }); // news → diplomacy
    await a.until(() => a.view?.phase === "diplomacy");
    a.chat("FRA+SUN", SECRET);
    await t.until(() => t.messages("chat").some((m) => m.text === SECRET));
    await b.until(() => b.messages("chat").some((m) => m.text === SECRET));
    teacher(t, { cmd: "news", text: PRIVATE_NEWS, to: ["FRA"] });
    teacher(t, { cmd: "news", text: "Public: the League meets in Geneva" });
    await a.until(() => a.view?.news.some((n) => n.params.text === PRIVATE_NEWS) ?? false);
    await screen.until(
      () => screen.view?.news.some((n) => n.params.text?.toString().startsWith("Public")) ?? false,
    );
    teacher(t, { cmd: "advance" }); // → orders
    await a.until(() => a.view?.phase === "orders");
    // The foreign minister does not invest; the head (holding the unheld roles) does.
    const refused = await actFresh(b, { type: "order", order: { kind: "invest" } });
    expect(refused).toMatchObject({ ok: false, code: "ERR_NOT_YOUR_ROLE" });
    expect(await actFresh(a, { type: "order", order: { kind: "invest" } })).toMatchObject({
      ok: true,
    });
    await t.until(() => (t.view?.powers.FRA?.orders.length ?? 0) > 0);
    // A student cannot see another team's channel, nor the big screen, nor private news.
    for (const outsider of [c, screen]) {
      const text = JSON.stringify(outsider.received);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(PRIVATE_NEWS);
    }
  });

  test("the big screen shows no secret", async () => {
    await screen.sync();
    const text = JSON.stringify(screen.received);
    expect(text).not.toMatch(/"kind":"invest"/);
    expect(text).not.toContain("classWelcome");
    for (const v of screen.history) {
      expect(v.viewer).toBe("spectator");
      for (const p of Object.values(v.powers)) {
        expect(p.orders).toEqual([]);
        expect(p.ap).toBeNull();
        expect(p.estimated).toBe(true);
      }
      expect(v.news.every((n) => !n.to)).toBe(true);
    }
    expect(classInfo(screen)?.students).toEqual([]);
    expect(classInfo(screen)?.code).toBe(t.code);
  });

  test("the teacher writes to a team's private channel; no other team reads it", async () => {
    teacher(t, { cmd: "chat", channel: "FRA+SUN", text: TEACHER_NOTE });
    await a.until(() =>
      a.messages("chat").some((m) => m.text === TEACHER_NOTE && m.from === "host"),
    );
    await t.until(() => t.messages("chat").some((m) => m.text === TEACHER_NOTE));
    teacher(t, { cmd: "chat", channel: "public", text: TEACHER_PUBLIC });
    await c.until(() => c.messages("chat").some((m) => m.text === TEACHER_PUBLIC));
    await screen.until(() => screen.messages("chat").some((m) => m.text === TEACHER_PUBLIC));
    // Neither live nor in the chat log a student of another team receives on joining again.
    const again = await joinClass(srv.url, t.matchId, {
      token: classMessages(c, "classWelcome")[0]?.token,
    });
    await again.until(() => again.messages("chatLog").length > 0);
    expect(again.messages("chatLog")[0]?.messages.some((m) => m.text === TEACHER_PUBLIC)).toBe(
      true,
    );
    for (const outsider of [c, screen, again])
      expect(JSON.stringify(outsider.received)).not.toContain(TEACHER_NOTE);
    await again.leave();
    // Channels are checked as the room checks them; only the teacher writes this way.
    const bad = { cmd: "chat", channel: "SUN+FRA", text: "x" };
    expect((await t.expectRefusal("teacher", bad)).code).toBe("ERR_BAD_MESSAGE");
    const unknown = { cmd: "chat", channel: "FRA+ZZZ", text: "x" };
    expect((await t.expectRefusal("teacher", unknown)).code).toBe("ERR_UNKNOWN_POWER");
    const sneaky = { cmd: "chat", channel: "FRA+SUN", text: "x" };
    expect((await c.expectRefusal("teacher", sneaky)).code).toBe("ERR_NOT_TEACHER");
  });

  test("roll back the last resolution: the orders are open again and the log says so", async () => {
    await actFresh(a, { type: "ready", ready: true });
    await actFresh(c, { type: "ready", ready: true });
    await a.until(() => a.view?.phase === "resolution");
    const turn = a.view?.turn;
    teacher(t, { cmd: "rollback" });
    await a.until(() => a.view?.phase === "orders" && a.view.turn === turn);
    expect(a.view?.powers.FRA?.orders).toEqual([{ kind: "invest" }]);
    expect(a.view?.powers.FRA?.ready).toBe(false);
    expect(a.view?.news.some((n) => n.key === "class:news.rollback")).toBe(true);
    const rollbacks = rows("SELECT undone FROM class_rollbacks WHERE match = ?");
    expect(rollbacks).toHaveLength(1);
    const undone = JSON.parse(String(rollbacks[0]?.undone)) as { action: unknown }[];
    expect(undone[0]?.action).toEqual({ type: "advance" });
    const log = await srv.storage.readLog(t.matchId);
    expect(
      log.some((e) => e.action.type === "news" && e.action.key === "class:news.rollback"),
    ).toBe(true);
    await t.until(() => classInfo(t)?.rollbacks?.length === 1);
    // Nothing more to undo until the next resolution.
    expect((await t.expectRefusal("teacher", { cmd: "rollback" })).code).toBe(
      "ERR_NOTHING_TO_UNDO",
    );
  });

  test("memos reach the dashboard; the debrief gathers the match", async () => {
    student(a, { cmd: "memo", text: "We invested: France needs its economy before guns." });
    await t.until(() => (classMessages(t, "memos").at(-1)?.memos.length ?? 0) === 1);
    teacher(t, { cmd: "fireEvent", event: "nope-not-an-event" });
    await t.until(() => t.messages("refused").some((r) => r.code === "ERR_UNKNOWN_CRISIS"));
    teacher(t, { cmd: "debrief" });
    await t.until(() => classMessages(t, "debrief").length > 0);
    const d = classMessages(t, "debrief")[0]?.debrief;
    expect(d?.memos[0]?.power).toBe("FRA");
    expect(d?.rollbacks).toHaveLength(1);
    expect(Array.isArray(d?.timeline)).toBe(true);
    expect(typeof d?.csi.value).toBe("number");
    // Kept in the match archive.
    expect(rows("SELECT text FROM class_memos WHERE match = ?")).toHaveLength(1);
    // A teacher who comes back gets them with the join, without asking (no `sync`).
    const back = await joinClass(srv.url, t.matchId, { hostToken: t.hostToken });
    await back.until(() => (classMessages(back, "memos").at(-1)?.memos.length ?? 0) === 1);
    await back.leave();
  });

  test("a student who lost their token is re-admitted to their old place", async () => {
    const again = await joinClass(srv.url, t.matchId, { code: t.code, name: "Cleo" });
    const fresh = studentId(again);
    teacher(t, { cmd: "readmit", student: fresh, as: studentId(c) });
    await again.until(() => again.seat === "GBR");
    await t.until(() => classInfo(t)?.students.length === 3);
    // The new token now opens the old place, after a reload too.
    const token = classMessages(again, "classWelcome")[0]?.token as string;
    const reload = await joinClass(srv.url, t.matchId, { token });
    expect(reload.seat).toBe("GBR");
  });
});
