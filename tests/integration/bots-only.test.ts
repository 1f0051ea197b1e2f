import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";
import { actFresh } from "./play.ts";

const PORT = 2642;

/** Nobody would ever end a phase of a match without people and without timers. */
describe("a match of bots only, without timers, does not stand still", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("started with every seat a bot's, it plays on to the end by itself", async () => {
    const host = await Player.create(srv.url, UNTIMED, "Watcher");
    host.room.send("host", { cmd: "start" });
    await host.until(() => host.info?.status === "finished");
    expect(host.view?.phase).toBe("ended");
    const log = await srv.storage.readLog(host.matchId);
    expect(log.filter((e) => e.by === "system").length).toBeGreaterThan(5);
  });

  test("when the last person gives up their seat, the bots carry the match on", async () => {
    const fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
    await actFresh(fra, { type: "ready", ready: true });
    await fra.until(() => fra.view?.phase === "diplomacy");
    // With a person seated and no timer, the phase waits for them…
    expect(fra.info?.status).toBe("running");
    fra.room.send("leaveSeat", {});
    // …without one, it moves on.
    await fra.until(() => fra.info?.status === "finished");
  });
});
