import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { replay, viewFor } from "@cs/shared";
import { Player, startServer, type Running } from "./harness.ts";
import { playToEnd } from "./play.ts";

/** The scenario under test: MINI by default; CS_SCENARIO=europe-1933 plays the shipped one. */
const SCENARIO = process.env.CS_SCENARIO ?? "mini";
const PORT = 2611;

describe(`a full match on ${SCENARIO}: two people, bots at every other seat`, () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("plays from the first turn to the end; the log replays to what the clients hold", async () => {
    const scenarios = (await (await fetch(`${srv.url}/api/scenarios`)).json()) as {
      id: string;
      powers: { id: string; seat: string }[];
    }[];
    const scenario = scenarios.find((s) => s.id === SCENARIO);
    const [a, b] = (scenario?.powers ?? []).filter((p) => p.seat === "core").map((p) => p.id);
    if (!a || !b) throw new Error(`scenario ${SCENARIO} has no two core seats`);

    const host = await Player.create(srv.url, { scenario: SCENARIO, timers: null, name: "full" });
    await host.takeSeat(a);
    const lobby = (await (await fetch(`${srv.url}/api/matches`)).json()) as { id: string }[];
    expect(lobby.map((m) => m.id)).toContain(host.matchId);

    const guest = await Player.join(srv.url, host.matchId, { name: "Guest" });
    await guest.takeSeat(b);
    host.room.send("lobbyReady", { ready: true });
    guest.room.send("lobbyReady", { ready: true });
    await host.until(() => host.info?.seats.filter((s) => s.lobbyReady).length === 2);
    host.room.send("host", { cmd: "start" });
    await host.until(() => host.info?.status === "running");

    await Promise.all([playToEnd(host), playToEnd(guest)]);
    await host.until(() => host.info?.status === "finished");

    const record = (await (await fetch(`${srv.url}/api/matches/${host.matchId}`)).json()) as {
      match: { status: string; seed: number };
      log: { id: number; by: string; action: never }[];
    };
    expect(record.match.status).toBe("finished");
    const bySeat = new Set(record.log.map((e) => e.by));
    expect(bySeat.has("system")).toBe(true);
    expect(bySeat.has(a) && bySeat.has(b)).toBe(true);
    expect([...bySeat].length).toBeGreaterThan(3); // bots acted, logged as their seats

    const row = await srv.storage.getMatch(host.matchId);
    const played = row && srv.scenarios.resolve(row.scenario, row.start);
    if (!row || !played) throw new Error("the match record or its scenario is missing");
    const replayed = replay({
      scenario: played,
      match: { seed: row.seed, historicalEvents: true, hiddenObjectives: false, options: {} },
      log: record.log,
    });
    if (!replayed.ok) throw new Error(replayed.error.code);
    expect(replayed.state.phase).toBe("ended");
    expect(host.view).toEqual(JSON.parse(JSON.stringify(viewFor(replayed.state, a))));
    expect(guest.view).toEqual(JSON.parse(JSON.stringify(viewFor(replayed.state, b))));
    await host.leave();
    await guest.leave();
  });
});
