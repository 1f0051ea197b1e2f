import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Client } from "@colyseus/sdk";
import { MINI, ROOM_NAME, replayTimeline, turnLabel, type ReplayFile } from "@cs/shared";
import { createClass } from "./class-harness.ts";
import { FAST, freePort, Player, startServer, UNTIMED, type Running } from "./harness.ts";

const PORT = 2641;
const LIMIT = 3;

/** A created room is stored at once: creating matches is limited per client address. */
describe("creating matches is rate-limited per address", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT, undefined, { ...FAST, createsPerMinute: LIMIT });
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("past the limit → ERR_RATE_LIMIT with a readable message; no room is stored", async () => {
    const hosts: Player[] = [];
    for (let i = 0; i < LIMIT; i++) hosts.push(await Player.create(srv.url, UNTIMED, `Host ${i}`));
    const stored = async () => (await srv.storage.listMatches(["lobby"])).length;
    expect(await stored()).toBe(LIMIT);
    await expect(
      new Client(srv.url).create(ROOM_NAME, { create: UNTIMED, name: "One too many" }),
    ).rejects.toThrow(/^ERR_RATE_LIMIT: Too many new matches/);
    // A forged forwarding header does not make another address out of the same socket.
    const forged = await fetch(`${srv.url}/matchmake/create/${ROOM_NAME}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
      body: JSON.stringify({ create: UNTIMED }),
    });
    expect(forged.status).toBe(429);
    expect(await forged.json()).toMatchObject({ code: "ERR_RATE_LIMIT" });
    expect(await stored()).toBe(LIMIT);
    // Joining is not creating: a person still joins an existing match.
    const guest = await Player.join(srv.url, hosts[0]?.matchId as string, { name: "Guest" });
    expect(guest.matchId).toBe(hosts[0]?.matchId);
    for (const p of [...hosts, guest]) await p.leave();
  });
});

/** Issue 15, item 5: a branch of a replay is a new match, counted like any other. */
describe("branching a replay counts against the same creation limit", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(await freePort(), undefined, { ...FAST, createsPerMinute: LIMIT });
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("past the limit, a branch is refused with 429 ERR_RATE_LIMIT and nothing is stored", async () => {
    const teacher = await createClass(srv.url); // 1
    const res = await fetch(`${srv.url}/api/matches/${teacher.matchId}/replay`, {
      headers: { "x-host-token": teacher.hostToken ?? "" },
    });
    const file = (await res.json()) as ReplayFile;
    const timeline = replayTimeline(file, MINI);
    if (!timeline.ok) throw new Error(timeline.error.message);
    const turn = turnLabel(timeline.value.steps[0]?.turn ?? 0);
    const branch = () =>
      fetch(`${srv.url}/api/replays/branch`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ replay: file, turn }),
      });
    for (let i = 1; i < LIMIT; i++) expect((await branch()).status).toBe(201); // 2, 3
    const stored = (await srv.storage.listMatches(["lobby"])).length;
    const over = await branch();
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ code: "ERR_RATE_LIMIT" });
    // And the branches counted against client.create too.
    await expect(
      new Client(srv.url).create(ROOM_NAME, { create: UNTIMED, name: "After branches" }),
    ).rejects.toThrow(/^ERR_RATE_LIMIT: /);
    expect((await srv.storage.listMatches(["lobby"])).length).toBe(stored);
    await teacher.leave();
  });
});
