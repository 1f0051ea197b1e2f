import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  MINI,
  branchPoint,
  parseReplay,
  replay,
  replayTimeline,
  turnLabel,
  viewFor,
  type ReplayFile,
} from "@cs/shared";
import { createClass } from "./class-harness.ts";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";
import { actFresh, playToEnd } from "./play.ts";

const PORT = 2631;

/** The HTTP side of replays: download, upload, refusals, and "branch here" as a new match. */
describe("replay routes", () => {
  let srv: Running;
  let host: Player;
  let file: ReplayFile;
  const versionOf = () => MINI.version;
  const post = (path: string, body: unknown) =>
    fetch(`${srv.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    srv = await startServer(PORT);
    host = await Player.create(srv.url, { ...UNTIMED, name: "Original" }, "Ada");
    await host.takeSeat("FRA");
    host.room.send("lobbyReady", { ready: true });
    await host.until(() => host.info?.seats.some((s) => s.lobbyReady) === true);
    host.room.send("host", { cmd: "start" });
    await host.until(() => host.info?.status === "running");
  });
  afterAll(async () => {
    const set: { host?: Player } = { host }; // unset when beforeAll failed part-way
    await set.host?.leave().catch(() => undefined);
    await srv.stop();
  });

  test("a running match's replay is withheld, even from its host", async () => {
    const res = await fetch(`${srv.url}/api/matches/${host.matchId}/replay`, {
      headers: { "x-host-token": host.hostToken ?? "" },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe("ERR_MATCH_RUNNING");
  });

  test("a running class's replay opens to its teacher only", async () => {
    const teacher = await createClass(srv.url);
    const url = `${srv.url}/api/matches/${teacher.matchId}/replay`;
    const as = (token?: string) =>
      fetch(url, { headers: token ? { "x-host-token": token } : {} }).then((r) => r.status);
    expect(await as()).toBe(403);
    expect(await as("forged-token")).toBe(403);
    expect(await as(host.hostToken)).toBe(403); // another match's host token
    expect(await as(teacher.hostToken)).toBe(200);
    await teacher.leave();
  });

  test("a finished match downloads as a replay file that reproduces its final state", async () => {
    await playToEnd(host);
    await host.until(() => host.info?.status === "finished");
    const res = await fetch(`${srv.url}/api/matches/${host.matchId}/replay`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"/);
    const parsed = parseReplay(await res.text(), versionOf);
    if (!parsed.ok) throw new Error(parsed.error.message);
    file = parsed.value;
    expect(file.meta).toMatchObject({ matchId: host.matchId, status: "finished" });
    expect(file.meta.players).toEqual({ FRA: "Ada" });

    const timeline = replayTimeline(file, MINI);
    if (!timeline.ok) throw new Error(timeline.error.message);
    const row = await srv.storage.getMatch(host.matchId);
    const log = await srv.storage.readLog(host.matchId);
    const again = replay({ scenario: MINI, match: { seed: row?.seed ?? 0 }, log });
    if (!again.ok) throw new Error(again.error.code);
    expect(timeline.value.final).toEqual(again.state);
    expect(timeline.value.final.phase).toBe("ended");
    expect(host.view).toEqual(JSON.parse(JSON.stringify(viewFor(timeline.value.final, "FRA"))));
  });

  test("an uploaded file is validated by the engine and summarised", async () => {
    const res = await post("/api/replays", file);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { summary: { ended: boolean; entries: number } };
    expect(body.summary).toMatchObject({ ended: true, entries: file.log.length });
  });

  test.each([
    ["not JSON", "{nope", 400, "ERR_REPLAY_JSON"],
    ["another format version", () => ({ ...file, version: 3 }), 422, "ERR_REPLAY_VERSION"],
    [
      "a file of format 1 (ids of the old form)",
      () => ({ ...file, version: 1 }),
      422,
      "ERR_REPLAY_VERSION",
    ],
    [
      "another scenario version",
      () => ({ ...file, scenario: { ...file.scenario, version: MINI.version + 1 } }),
      422,
      "ERR_REPLAY_SCENARIO_VERSION",
    ],
    [
      "a log the engine refuses",
      () => ({ ...file, log: file.log.slice(1) }),
      422,
      "ERR_REPLAY_LOG",
    ],
    ["something else", { hello: "world" }, 422, "ERR_REPLAY_FORMAT"],
  ])("an upload of %s is refused with a sentence", async (_what, body, status, code) => {
    const res = await post("/api/replays", typeof body === "function" ? body() : body);
    expect(res.status).toBe(status);
    const e = (await res.json()) as { code: string; message: string };
    expect(e.code).toBe(code);
    expect(e.message).toMatch(/\w+ \w+ \w+/);
  });

  test("branch here: a new match in the lobby, sharing the history up to the turn", async () => {
    const turn = turnLabel(MINI_TURN(file, 2));
    const res = await post("/api/replays/branch", {
      matchId: host.matchId,
      turn,
      humanSeats: ["FRA", "DEU"],
    });
    expect(res.status).toBe(201);
    const b = (await res.json()) as { matchId: string; hostToken: string; turn: string };
    expect(b.turn).toBe(turn);
    const point = branchPoint(file, MINI, turn);
    if (!point.ok) throw new Error(point.error.message);
    expect(await srv.storage.readLog(b.matchId)).toEqual(point.value.log);

    const brancher = await Player.join(srv.url, b.matchId, { hostToken: b.hostToken, name: "Bo" });
    expect(brancher.info?.status).toBe("lobby");
    expect(brancher.view).toEqual(
      JSON.parse(JSON.stringify(viewFor(point.value.state, "spectator"))),
    );
    const seats = brancher.info?.seats.filter((s) => s.open).map((s) => s.power);
    expect(seats?.sort()).toEqual(["DEU", "FRA"]);

    // It goes on from there like any match: a seat, the start, bots answering.
    await brancher.takeSeat("DEU");
    brancher.room.send("lobbyReady", { ready: true });
    await brancher.until(() => brancher.info?.seats.some((s) => s.lobbyReady) === true);
    brancher.room.send("host", { cmd: "start" });
    await brancher.until(() => brancher.info?.status === "running");
    const from = brancher.stateId;
    expect(brancher.view?.turn).toBe(point.value.state.turn);
    const r = await actFresh(brancher, { type: "ready", ready: true });
    expect(r.ok).toBe(true);
    await brancher.until(() => brancher.stateId !== from);
    expect((await srv.storage.readLog(b.matchId)).slice(0, point.value.log.length)).toEqual(
      point.value.log,
    );
    await brancher.leave();

    // The original is untouched.
    expect((await srv.storage.getMatch(host.matchId))?.status).toBe("finished");
  });

  test("branch from an uploaded file; bad requests are refused", async () => {
    const turn = turnLabel(MINI_TURN(file, 1));
    const ok = await post("/api/replays/branch", { replay: file, turn, visibility: "private" });
    expect(ok.status).toBe(201);
    const b = (await ok.json()) as { matchId: string; code?: string };
    expect(b.code).toMatch(/^[A-Z0-9]{10}$/);

    const both = await post("/api/replays/branch", { replay: file, matchId: host.matchId, turn });
    expect(both.status).toBe(400);
    // A replay cut short does not reach the turn asked for.
    const short = { ...file, log: file.log.slice(0, 10) };
    const late = await post("/api/replays/branch", { replay: short, turn });
    expect(late.status).toBe(422);
    expect(((await late.json()) as { code: string }).code).toBe("ERR_REPLAY_INVALID");
    const beyond = await post("/api/replays/branch", { replay: { ...file, version: 9 }, turn });
    expect(((await beyond.json()) as { code: string }).code).toBe("ERR_REPLAY_VERSION");
    const none = await post("/api/replays/branch", { matchId: "nosuchmatch", turn });
    expect(none.status).toBe(404);
  });
});

/** The turn `n` turns after the replay's first. */
function MINI_TURN(file: ReplayFile, n: number): number {
  const t = replayTimeline(file, MINI);
  if (!t.ok) throw new Error(t.error.message);
  return (t.value.steps[0]?.turn ?? 0) + n;
}
