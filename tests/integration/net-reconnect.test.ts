import type { ChildProcess } from "node:child_process";
import { ClassNet } from "@cs/client/class-net";
import type { ConnectionState } from "@cs/client/net";
import { afterAll, describe, expect, test } from "vitest";
import { bootServer, killServer } from "./child-server.ts";
import { tempDir } from "./harness.ts";

const PORT = 2637;
const URL = `http://localhost:${PORT}`;

/** Resolves once the client's network module reaches the state. */
function reaches(net: ClassNet, state: ConnectionState): Promise<void> {
  if (net.state === state) return Promise.resolve();
  return new Promise((resolve) => {
    const off = net.on("connection", (c) => {
      if (c.state !== state) return;
      off();
      resolve();
    });
  });
}

function until(net: ClassNet, cond: () => boolean): Promise<void> {
  if (cond()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = net.onChange(() => {
      if (!cond()) return;
      off();
      resolve();
    });
  });
}

describe("the client's one network module through a server restart", () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child) await killServer(child);
  });

  test("the teacher's page refuses in words while the server is away, then rejoins with its token", async () => {
    const dir = tempDir();
    child = await bootServer(PORT, dir);
    const net = new ClassNet(URL);
    await net.createClass({ create: { scenario: "mini", timers: null }, class: {}, name: "T" });
    await until(net, () => net.info !== undefined && net.hostToken !== undefined);
    const matchId = net.info?.matchId;
    const refused: string[] = [];
    net.on("refused", (r) => refused.push(r.code));

    await killServer(child);
    await until(net, () => net.state === "reconnecting");
    // A click while the server is away: not queued, not lost unseen — refused in words.
    net.teacher({ cmd: "start" });
    expect(refused).toContain("ERR_NOT_CONNECTED");
    expect(net.lastRefusal?.code).toBe("ERR_NOT_CONNECTED");
    const act = await net.act({ type: "ready", ready: true });
    expect(act).toMatchObject({ ok: false, code: "ERR_NOT_CONNECTED" });

    // The server comes back: the same page joins the same class again with the teacher's token.
    child = await bootServer(PORT, dir);
    await reaches(net, "connected");
    await until(net, () => net.info !== undefined && net.welcome?.host === true);
    expect(net.info?.matchId).toBe(matchId);
    expect(net.lastRefusal).toBeUndefined();
    net.teacher({ cmd: "start" });
    await until(net, () => net.match?.status === "running");
    await net.leave();
  }, 60_000);
});
