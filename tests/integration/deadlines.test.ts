import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Player, startServer, type Running } from "./harness.ts";
import { actFresh } from "./play.ts";

const PORT = 2616;

describe("deadlines: a missed deadline ends the phase, and the bot answers for the late", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("News and Orders end on their timers; the bot gives the absent player's orders", async () => {
    const timers = { news: 1, diplomacy: null, orders: 1, resolution: null, report: null };
    const fra = await Player.create(srv.url, { scenario: "mini", timers, botOnDeadline: true });
    await fra.takeSeat("FRA");
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running" && fra.info.deadline !== null);
    // Nobody marks ready: the News deadline moves the match on by itself.
    await fra.until(() => fra.view?.phase === "diplomacy");
    expect(fra.info?.deadline).toBeNull(); // Diplomacy has no timer in these settings
    await actFresh(fra, { type: "ready", ready: true });
    await fra.until(() => fra.view?.phase === "orders");
    // France gives no order; at the deadline the bot gives them in its name.
    await fra.until(() => fra.view?.phase === "resolution");
    const log = await srv.storage.readLog(fra.matchId);
    const franceOrders = log.filter((e) => e.by === "FRA" && e.action.type === "order");
    expect(franceOrders.length).toBeGreaterThan(0);
    const advances = log.filter((e) => e.by === "system").length;
    expect(advances).toBe(3); // news→diplomacy, diplomacy→orders, orders→resolution
  });
});
