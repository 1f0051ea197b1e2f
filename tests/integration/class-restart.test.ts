import type { ChildProcess } from "node:child_process";
import { bootServer, killServer } from "./child-server.ts";
import { afterAll, describe, expect, test } from "vitest";
import { tempDir } from "./harness.ts";
import {
  classInfo,
  classMessages,
  createClass,
  joinClass,
  studentId,
  teacher,
} from "./class-harness.ts";

const PORT = 2633;
const URL = `http://localhost:${PORT}`;

describe("a class survives a killed server", () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child) await killServer(child);
  });

  test("the roster, roles and places come back; student and teacher tokens still work", async () => {
    const dir = tempDir();
    child = await bootServer(PORT, dir);
    const t = await createClass(URL);
    const a = await joinClass(URL, t.matchId, { code: t.code, name: "Ana" });
    teacher(t, { cmd: "assign", student: studentId(a), power: "FRA", roles: ["head"] });
    await a.until(() => a.seat === "FRA");
    teacher(t, { cmd: "start" });
    await a.until(() => a.info?.status === "running");
    const token = classMessages(a, "classWelcome")[0]?.token as string;
    const hostToken = t.hostToken as string;
    await killServer(child);
    child = await bootServer(PORT, dir);
    const back = await joinClass(URL, t.matchId, { token });
    expect(back.seat).toBe("FRA");
    await back.until(() => classInfo(back)?.yourRoles !== undefined);
    expect(classInfo(back)?.yourRoles).toEqual(["head", "foreign", "war", "finance"]);
    const tb = await joinClass(URL, t.matchId, { hostToken });
    await tb.until(() => classInfo(tb)?.students.length === 1);
    expect(tb.view?.viewer).toBe("teacher");
    expect(tb.info?.status).toBe("running");
  });
});
