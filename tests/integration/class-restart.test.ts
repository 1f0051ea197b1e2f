import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
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
const MAIN = resolve(import.meta.dirname, "../../server/src/main.ts");

/** The real server as its own process, as in restart.test.ts. */
async function boot(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, SCENARIO_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((ok, fail) => {
    child.once("exit", (code) => fail(new Error(`server exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Collective Security server on")) ok();
    });
  });
  return child;
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    child.removeAllListeners("exit");
    child.once("exit", () => ok());
    child.kill("SIGKILL");
  });
}

describe("a class survives a killed server", () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child) await kill(child);
  });

  test("the roster, roles and places come back; student and teacher tokens still work", async () => {
    const dir = tempDir();
    child = await boot(dir);
    const t = await createClass(URL);
    const a = await joinClass(URL, t.matchId, { code: t.code as string, name: "Ana" });
    teacher(t, { cmd: "assign", student: studentId(a), power: "FRA", roles: ["head"] });
    await a.until(() => a.seat === "FRA");
    teacher(t, { cmd: "start" });
    await a.until(() => a.info?.status === "running");
    const token = classMessages(a, "classWelcome")[0]?.token as string;
    const hostToken = t.hostToken as string;
    await kill(child);
    child = await boot(dir);
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
