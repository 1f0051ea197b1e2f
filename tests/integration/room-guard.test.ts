import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Client, type SeatReservation } from "@colyseus/sdk";
import { ROOM_NAME } from "@cs/shared";
import type { Limits } from "@cs/server";
import { FAST, freePort, Player, startServer, UNTIMED, type Running } from "./harness.ts";

/** Waits for a stored fact to hold, re-reading it between event-loop turns (no timed assertion). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 25));
}

/** `client.create` in two halves: the HTTP reservation now, the connection when we choose. */
async function reserve(url: string): Promise<SeatReservation> {
  const res = await fetch(`${url}/matchmake/create/${ROOM_NAME}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ create: UNTIMED, name: "Creator" }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SeatReservation;
}

async function serve(limits: Partial<Limits> = {}, dataDir?: string): Promise<Running> {
  return startServer(await freePort(), dataDir, { ...FAST, ...limits });
}

/** Issue 15, item 1: the host is whoever created the match, proven by what only it holds. */
describe("the host role cannot be taken", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await serve({ creatorWaitSeconds: 1 });
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("someone joining with creation options before the creator arrives is no host", async () => {
    const reservation = await reserve(srv.url);
    const thief = await Player.join(srv.url, reservation.roomId, {
      create: UNTIMED,
      name: "Thief",
    });
    const welcome = thief.messages("welcome")[0];
    expect(welcome?.host).toBe(false);
    expect(welcome?.hostToken).toBeUndefined();
    // The creator arrives with its own reservation and is the host, with the host token.
    const room = await new Client(srv.url).consumeSeatReservation(reservation);
    const creator = new Player(room);
    await creator.until(() => creator.matchId !== "" && creator.view !== undefined);
    expect(creator.messages("welcome")[0]).toMatchObject({ host: true });
    expect(creator.hostToken).toMatch(/^[\w-]{20,}$/);
    await expect(thief.expectRefusal("host", { cmd: "start" })).resolves.toMatchObject({
      code: "ERR_NOT_HOST",
    });
    await thief.leave();
    await creator.leave();
  });

  test("a match whose creator never arrives is removed", async () => {
    const reservation = await reserve(srv.url);
    await eventually(
      async () => (await srv.storage.getMatch(reservation.roomId))?.status === "abandoned",
    );
    const listed = (await (await fetch(`${srv.url}/api/matches`)).json()) as { id: string }[];
    expect(listed.map((m) => m.id)).not.toContain(reservation.roomId);
    await expect(new Client(srv.url).joinById(reservation.roomId, {})).rejects.toThrow();
  });
});

/** Issue 15, item 5: lobbies with nobody in them expire, and are not restored again. */
describe("empty lobbies expire", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await serve({ lobbyTtlSeconds: 1 });
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("a lobby everyone left is abandoned; one with its host still in is not", async () => {
    const kept = await Player.create(srv.url, UNTIMED, "Stays");
    const left = await Player.create(srv.url, UNTIMED, "Leaves");
    await left.leave();
    await eventually(
      async () => (await srv.storage.getMatch(left.matchId))?.status === "abandoned",
    );
    // The kept lobby is older than the abandoned one's whole life, and lives on.
    expect((await srv.storage.getMatch(kept.matchId))?.status).toBe("lobby");
    // A restart restores the kept lobby only.
    const dataDir = srv.dataDir;
    await kept.leave();
    await srv.stop();
    srv = await serve({ lobbyTtlSeconds: 3600 }, dataDir);
    const lobbies = (await srv.storage.listMatches(["lobby", "running", "paused"])).map(
      (m) => m.id,
    );
    expect(lobbies).toContain(kept.matchId);
    expect(lobbies).not.toContain(left.matchId);
    await expect(new Client(srv.url).joinById(left.matchId, {})).rejects.toThrow();
    const back = await Player.join(srv.url, kept.matchId, { hostToken: kept.hostToken });
    expect(back.messages("welcome")[0]?.host).toBe(true);
    await back.leave();
  });
});

/** Issue 15, items 6 and 8: joins are limited per address; typos lock no one else out. */
describe("joining: rate-limited, and a right code or token always gets in", () => {
  let srv: Running;
  let host: Player;
  let code: string;
  beforeAll(async () => {
    srv = await serve({ badCodesPerMinute: 3 });
    host = await Player.create(srv.url, { ...UNTIMED, visibility: "private" }, "Teacher");
    code = host.code ?? "";
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("after one student's typos, the class behind the same address still joins", async () => {
    const tries: string[] = [];
    for (let i = 0; i < 6; i++) {
      tries.push(
        await new Client(srv.url).joinById(host.matchId, { code: "WRONGCODE2", name: "Typo" }).then(
          () => "joined",
          (e: Error) => e.message.split(":")[0] ?? "",
        ),
      );
    }
    expect(tries.slice(0, 3)).toEqual(["ERR_BAD_CODE", "ERR_BAD_CODE", "ERR_BAD_CODE"]);
    expect(tries.slice(3)).toEqual(["ERR_RATE_LIMIT", "ERR_RATE_LIMIT", "ERR_RATE_LIMIT"]);
    // Same address, right code: in.
    const student = await Player.join(srv.url, host.matchId, { code, name: "Right" });
    await student.takeSeat("GBR");
    expect(student.seat).toBe("GBR");
    const lookedUp = await fetch(`${srv.url}/api/join/${code}`);
    expect(lookedUp.status).toBe(200);
    const wrongLookup = await fetch(`${srv.url}/api/join/WRONGCODE2`);
    expect(wrongLookup.status).toBe(429);
    // A seat token and the host token still work too.
    await student.leave();
    const again = await Player.join(srv.url, host.matchId, { token: student.token });
    expect(again.seat).toBe("GBR");
    const hostAgain = await Player.join(srv.url, host.matchId, { hostToken: host.hostToken });
    expect(hostAgain.messages("welcome")[0]?.host).toBe(true);
    await again.leave();
    await hostAgain.leave();
  });
});

describe("joins per address are limited", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await serve({ joinsPerMinute: 4 });
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("past the limit, joinById and code look-ups are refused with ERR_RATE_LIMIT", async () => {
    const host = await Player.create(srv.url, UNTIMED, "Host");
    const guests: Player[] = [];
    for (let i = 0; i < 4; i++) guests.push(await Player.join(srv.url, host.matchId, {}));
    await expect(new Client(srv.url).joinById(host.matchId, {})).rejects.toThrow(
      /^ERR_RATE_LIMIT: Too many joins/,
    );
    const lookup = await fetch(`${srv.url}/api/join/ABCDEFGHJK`);
    expect(lookup.status).toBe(429);
    for (const p of [host, ...guests]) await p.leave();
  });
});

/** A host may choose the seed (a teacher gives two classes the same 1930s); it is checked. */
describe("a chosen seed", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await serve();
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("is the match's seed; one out of range is refused with a reason", async () => {
    const host = await Player.create(srv.url, { ...UNTIMED, seed: 1935 }, "Teacher");
    expect((await srv.storage.getMatch(host.matchId))?.seed).toBe(1935);
    await host.leave();
    await expect(
      new Client(srv.url).create(ROOM_NAME, { create: { ...UNTIMED, seed: -1 }, name: "Bad" }),
    ).rejects.toThrow(/ERR_BAD_SETTINGS/);
  });
});
