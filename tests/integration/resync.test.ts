import { Net } from "@cs/client/net";
import { MINI, replay, viewFor, type GameView } from "@cs/shared";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";
import { actFresh } from "./play.ts";

const PORT = 2671;

/** A store in memory, in place of the browser's localStorage. */
const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

/** Resolves once the client's network module emits a view that satisfies the condition. */
function nextView(net: Net, cond: (v: GameView) => boolean): Promise<GameView> {
  return new Promise((resolve) => {
    const off = net.on("view", (v) => {
      if (cond(v)) {
        off();
        resolve(v);
      }
    });
  });
}

describe("a client that misses a patch asks for a full view and gets one", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("the real client module, over a real SDK connection", async () => {
    const fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    const net = new Net(srv.url, memory());
    await net.joinById(fra.matchId, { name: "Britain" });
    const seated = nextView(net, (v) => v.viewer === "GBR");
    net.takeSeat("GBR");
    await seated;
    // The room sends the views of a step, then the match's record.
    const started = new Promise<void>((resolve) => {
      const off = net.on("match", (m) => {
        if (m.status === "running") resolve(off());
      });
    });
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
    await started;

    // A message was lost: the client's view is from before the last change it was sent.
    // The next patch starts from a state it does not hold, so it cannot apply: without a
    // repair the client would stay behind for good and this wait would never end.
    const held = net.stateId;
    net.stateId = held - 1;
    const repaired = nextView(net, () => net.stateId !== held && net.stateId !== held - 1);
    expect(await actFresh(fra, { type: "ready", ready: true })).toMatchObject({ ok: true });
    const view = await repaired;

    // What it holds now is exactly its own view of the match as stored.
    const row = await srv.storage.getMatch(fra.matchId);
    const log = await srv.storage.readLog(fra.matchId);
    if (!row) throw new Error("match not stored");
    const { seed, settings: o } = row;
    const match = { ...o, seed };
    const state = replay({ scenario: MINI, match, log });
    if (!state.ok) throw new Error("log does not replay");
    expect(view).toEqual(viewFor(state.state, "GBR"));
    await net.leave();
  });
});
