import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Client } from "@colyseus/sdk";
import { Net } from "@cs/client/net";
import { CLOSE, type Action } from "@cs/shared";
import { Cluster, type ClusterProcess } from "./cluster-harness.ts";
import { Follower } from "./cluster-follower.ts";
import { Player } from "./harness.ts";
import { actFresh } from "./play.ts";

/**
 * Three server processes behind nginx (deploy/nginx.conf), on PostgreSQL and Redis of their
 * own (a schema, a redis-server on a free port), SDK clients through the proxy. A lease of
 * 2 s and heartbeats every 250 ms keep failovers short; nothing here waits on a timer for an
 * outcome: every wait is for a condition (a message, a row, a process exit).
 */
const LEASE_MS = 2000;
const BEAT_MS = 250;
const TIMERS = { news: 1, diplomacy: 3600, orders: 3600, resolution: null, report: null };

interface Table {
  id: string;
  fra: Follower;
  gbr: Follower;
}

const cluster = new Cluster();
const tables: Table[] = [];

async function until<T>(probe: () => Promise<T | undefined | false>): Promise<T> {
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function newTable(): Promise<Table> {
  const fra = await Player.create(cluster.url, { scenario: "mini", timers: TIMERS }, "France");
  await fra.takeSeat("FRA");
  const gbr = await Player.join(cluster.url, fra.matchId, { name: "Britain" });
  await gbr.takeSeat("GBR");
  fra.room.send("host", { cmd: "start" });
  await fra.until(() => fra.view?.phase === "diplomacy" && typeof fra.info?.deadline === "number");
  return {
    id: fra.matchId,
    fra: Follower.of(cluster.url, fra),
    gbr: Follower.of(cluster.url, gbr),
  };
}

async function ownerProcess(match: string): Promise<{ proc: ClusterProcess; epoch: number }> {
  const o = await cluster.owner(match);
  const proc = o && cluster.byProcessId(o.process);
  if (!o || !proc) throw new Error(`match ${match} has no live owner (${o?.process})`);
  return { proc, epoch: o.epoch };
}

const redis = (...args: string[]) =>
  execFileSync("redis-cli", ["-p", String(cluster.redis.port), ...args])
    .toString()
    .trim();

function listing(match: string): { processId: string } | undefined {
  const raw = redis("HGET", "roomcaches", match);
  return raw ? (JSON.parse(raw) as { processId: string }) : undefined;
}

/** What Redis still holds of a process: the matches listed under it, and its room count. */
function traces(processId: string): { listed: string[]; counted: boolean } {
  const all = redis("HGETALL", "roomcaches").split("\n").filter(Boolean);
  const listed: string[] = [];
  for (let i = 0; i + 1 < all.length; i += 2)
    if ((JSON.parse(all[i + 1] as string) as { processId: string }).processId === processId)
      listed.push(all[i] as string);
  return { listed, counted: redis("HEXISTS", "roomcount", processId) === "1" };
}

/** The log is whole: ids 1, 2, 3… with no gap and no repeat. */
async function contiguousLog(match: string) {
  const log = await cluster.log(match);
  expect(log.map((e) => e.id)).toEqual(log.map((_, i) => i + 1));
  return log;
}

beforeAll(async () => {
  await cluster.start({ leaseMs: LEASE_MS, beatMs: BEAT_MS });
  for (let i = 0; i < 4; i++) tables.push(await newTable());
}, 120_000);

afterAll(async () => {
  // A client whose last process was killed may be mid-reconnection, and its leave never
  // answered: it is given a moment, then the cluster stops under it all the same.
  const settled = (p: Promise<unknown>) =>
    Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
  await Promise.all(tables.flatMap((t) => [settled(t.fra.leave()), settled(t.gbr.leave())]));
  await cluster.stop();
}, 60_000);

describe("three processes behind nginx on PostgreSQL and Redis", () => {
  test("matches are spread over the processes; each is run by exactly one", async () => {
    const owners = await Promise.all(tables.map((t) => ownerProcess(t.id)));
    expect(new Set(owners.map((o) => o.proc.index)).size).toBeGreaterThanOrEqual(2);
    const health = await Promise.all(cluster.procs.map((p) => p.health()));
    for (const t of tables) {
      expect(health.filter((h) => h.matches.ids.includes(t.id))).toHaveLength(1);
      expect(listing(t.id)?.processId).toBe((await ownerProcess(t.id)).proc.processId);
    }
  });

  test("kill -9 of a match's owner, five times: the match is back elsewhere, nothing acked is lost", async () => {
    for (let round = 0; round < 5; round++) {
      // The victim: the owner of fewest matches, so that others run elsewhere (a new match is
      // made by the process the proxy gave its request to: more until two processes run some).
      const count = async () => {
        const n = new Map<ClusterProcess, Table[]>();
        for (const t of tables) {
          const o = (await ownerProcess(t.id)).proc;
          n.set(o, [...(n.get(o) ?? []), t]);
        }
        return [...n.values()].sort((a, b) => a.length - b.length);
      };
      let groups = await count();
      while (groups.length < 2) {
        tables.push(await newTable());
        groups = await count();
      }
      const table = (groups[0] as Table[])[0] as Table;
      const { proc, epoch } = await ownerProcess(table.id);
      const before = new Map<string, { epoch: number; closes: number; owner: string }>();
      for (const t of tables) {
        const o = await ownerProcess(t.id);
        before.set(t.id, { epoch: o.epoch, closes: t.fra.closes.length, owner: o.proc.processId });
      }
      const affected = tables.filter((t) => before.get(t.id)?.owner === proc.processId);
      const rejoins = new Map(affected.map((t) => [t.id, [t.fra.rejoins, t.gbr.rejoins]]));

      const fra = table.fra.player;
      const deadline = fra.info?.deadline as number;
      const ready = fra.view?.powers.FRA?.ready ?? false;
      const acked = [await actFresh(fra, { type: "ready", ready: !ready })];
      expect(acked[0]?.ok).toBe(true);
      // Odd rounds: three more actions in flight when the process dies.
      if (round % 2 === 1) {
        for (let k = 0; k < 3; k++)
          void fra.act({ type: "ready", ready: k % 2 === 0 ? ready : !ready });
      }
      proc.kill("SIGKILL");
      await proc.exited();
      const lastBeat = (await cluster.lastBeat(proc.processId)) as number;
      // Declared dead by the survivor that claims its matches: from that claim on, Redis
      // lists nothing under it (no join waits on it while its matches are rebuilt).
      await until(async () => ((await cluster.owner(table.id))?.epoch ?? 0) > epoch);
      expect(traces(proc.processId)).toEqual({ listed: [], counted: false });

      for (const t of affected) {
        const [f, g] = rejoins.get(t.id) as number[];
        await Promise.all([t.fra.rejoined((f as number) + 1), t.gbr.rejoined((g as number) + 1)]);
      }
      const backAt = Date.now();

      // Another process owns it, at the next epoch; one room.
      const now = await ownerProcess(table.id);
      expect(now.proc.processId).not.toBe(proc.processId);
      expect(now.epoch).toBe(epoch + 1);
      expect(listing(table.id)?.processId).toBe(now.proc.processId);

      // Every acknowledged action is in the log, in order, by the same seat (acks carry the
      // version of the sender's view, not a log position: that would count others' actions).
      const log = await contiguousLog(table.id);
      const canon = (a: object) => JSON.stringify(a, Object.keys(a).sort());
      const sent = new Map(fra.sent.map((s) => [s.ref, canon(s.action)] as const));
      const inOrder = fra.messages("ack").map((a) => sent.get(a.ref as number));
      expect(inOrder.length).toBeGreaterThanOrEqual(1);
      const actions = log.map((e) => ({ by: e.by, action: JSON.parse(e.action) as Action }));
      const mine = actions.filter((e) => e.by === "FRA").map((e) => canon(e.action));
      let at = 0;
      for (const a of inOrder) {
        while (at < mine.length && mine[at] !== a) at++;
        expect(at, `acked ${a} is in the log`).toBeLessThan(mine.length);
        at++;
      }

      // Clients back at their seats, at the log's head; the clock lost none of its time.
      const back = table.fra.player;
      const last = [...actions].reverse().find((e) => e.by === "FRA")?.action;
      const lastReady = last?.type === "ready" ? last.ready : undefined;
      await back.until(() => back.info !== undefined && back.view?.powers.FRA?.ready === lastReady);
      expect(back.seat).toBe("FRA");
      expect(table.gbr.player.seat).toBe("GBR");
      const resumed = back.info?.deadline as number;
      expect(resumed).toBeGreaterThan(deadline);
      // Frozen from the dead owner's last heartbeat to the claim, which came before the clients
      // were back (1 ms: PostgreSQL's microseconds against the clients' milliseconds).
      expect(resumed - deadline).toBeLessThanOrEqual(backAt - lastBeat + 1);

      // The other matches did not notice.
      for (const t of tables.filter((x) => !affected.includes(x))) {
        const o = await ownerProcess(t.id);
        expect(o.epoch).toBe(before.get(t.id)?.epoch);
        expect(t.fra.closes.length).toBe(before.get(t.id)?.closes);
      }
      expect(affected.length).toBeLessThan(tables.length);

      // Its matches all claimed, the dead process's row is removed; the live ones stay.
      await until(async () => !(await cluster.processRows()).includes(proc.processId));
      const live = cluster.procs.filter((p) => p.alive).map((p) => p.processId);
      expect(await cluster.processRows()).toEqual(expect.arrayContaining(live));

      await proc.start(); // a fresh process on the same port and prefix
    }
  }, 240_000);

  test("a stalled owner (SIGSTOP past the lease, SIGCONT) is fenced: its clients hear its silence and move while it is stopped; its late write is refused", async () => {
    const table = tables[0] as Table;
    const { proc, epoch } = await ownerProcess(table.id);
    const logBefore = (await cluster.log(table.id)).length;
    const fra = table.fra.player;
    const rejoins = [table.fra.rejoins, table.gbr.rejoins] as const;
    // The game's own network module too, as a spectator: what it tells the page.
    const net = new Net(cluster.url);
    await net.joinById(table.id);
    const told: string[] = [];
    net.on("connection", (c) => told.push(`${c.state}${c.reason ? `:${c.reason}` : ""}`));
    proc.kill("SIGSTOP");
    // Sent to the stalled process: it reads it only after it lost the match.
    const late = fra.act({ type: "ready", ready: !(fra.view?.powers.FRA?.ready ?? false) });
    let answered = false as boolean; // set by the callback below, which TypeScript does not follow
    void late.then(() => (answered = true));
    const taken = await until(async () => {
      const o = await cluster.owner(table.id);
      return o && o.epoch === epoch + 1 && cluster.byProcessId(o.process) !== proc ? o : undefined;
    });
    await until(async () => listing(table.id)?.processId === taken.process);
    // Its sockets stay open, silent: each client's unanswered ping gives it up, and it joins
    // the match again on its new owner, the stalled process still stopped.
    await Promise.all([table.fra.rejoined(rejoins[0] + 1), table.gbr.rejoined(rejoins[1] + 1)]);
    await until(async () => net.state === "connected" && told.includes("reconnecting:silent"));
    expect(table.fra.closes.at(-1)).toBe("silent");
    expect(table.gbr.closes.at(-1)).toBe("silent");
    const back = table.fra.player;
    await back.until(() => back.view !== undefined);
    expect(back.seat).toBe("FRA");
    expect(
      await actFresh(back, { type: "ready", ready: !back.view?.powers.FRA?.ready }),
    ).toMatchObject({ ok: true });
    expect(proc.alive).toBe(true);
    const logMoved = (await cluster.log(table.id)).length;
    expect(logMoved).toBe(logBefore + 1);

    proc.kill("SIGCONT");
    await proc.exited();
    expect(proc.child?.exitCode).toBe(3);
    expect(answered && (await late).ok).toBe(false);
    const log = await contiguousLog(table.id);
    expect(log).toHaveLength(logMoved); // nothing of the old epoch landed
    expect((await cluster.owner(table.id))?.epoch).toBe(epoch + 1);
    await until(async () => listing(table.id)?.processId === taken.process);
    const health = await Promise.all(cluster.procs.filter((p) => p.alive).map((p) => p.health()));
    expect(health.filter((h) => h.matches.ids.includes(table.id))).toHaveLength(1);
    await net.leave();
    await proc.start();
  }, 120_000);

  test("SIGTERM drains a process: its matches move at once, clients told 'moved' follow them", async () => {
    const table = tables[2] as Table;
    const { proc, epoch } = await ownerProcess(table.id);
    const logBefore = await contiguousLog(table.id);
    const rejoins = [table.fra.rejoins, table.gbr.rejoins] as const;
    proc.kill("SIGTERM");
    await proc.exited();
    expect(proc.child?.exitCode).toBe(0);
    await Promise.all([table.fra.rejoined(rejoins[0] + 1), table.gbr.rejoined(rejoins[1] + 1)]);
    expect(table.fra.closes.at(-1)).toBe(CLOSE.moved);
    const now = await ownerProcess(table.id);
    expect(now.epoch).toBe(epoch + 1);
    expect((await contiguousLog(table.id)).length).toBe(logBefore.length);
    const back = table.fra.player;
    expect(back.seat).toBe("FRA");
    expect(
      await actFresh(back, { type: "ready", ready: !back.view?.powers.FRA?.ready }),
    ).toMatchObject({ ok: true });
    await proc.start();
  }, 120_000);

  test("Redis restarted: the listings and joins come back; connected clients stay", async () => {
    const closes = tables.map((t) => t.fra.closes.length);
    await cluster.redis.restart();
    expect(listing(tables[0]?.id as string)).toBeUndefined(); // nothing survives the restart
    for (const t of tables) {
      const { proc } = await ownerProcess(t.id);
      await until(async () => listing(t.id)?.processId === proc.processId);
    }
    // A new client joins a match, and a new match can be created.
    const t = tables[1] as Table;
    const spectator = await until(async () => new Client(cluster.url).joinById(t.id, {}));
    await spectator.leave();
    const fresh = await until(async () =>
      Player.create(cluster.url, { scenario: "mini", timers: null }),
    );
    await fresh.leave();
    expect(tables.map((x) => x.fra.closes.length)).toEqual(closes);
  }, 120_000);

  test("concurrent creates through the proxy, one process just restarted: every one answered, each made where its request landed", async () => {
    const { proc } = await ownerProcess((tables[0] as Table).id);
    proc.kill("SIGKILL");
    await proc.exited();
    const restarting = proc.start(); // creates arrive while it boots, and once it listens
    const made = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        if (i >= 12) await restarting;
        return Player.create(cluster.url, { scenario: "mini", timers: null });
      }),
    );
    await restarting;
    const owners = await Promise.all(made.map((p) => ownerProcess(p.matchId)));
    expect(owners.every((o) => o.epoch === 1)).toBe(true);
    expect(new Set(owners.map((o) => o.proc.index)).size).toBeGreaterThanOrEqual(2);
    await Promise.all(made.map((p) => p.leave()));
    // The killed process's matches came back elsewhere meanwhile (their clients followed).
    for (const t of tables) await until(async () => (await cluster.owner(t.id))?.epoch);
  }, 120_000);

  test("join codes and wrong-code counters work across processes; the proxy overwrites X-Forwarded-For", async () => {
    const host = await Player.create(cluster.url, {
      scenario: "mini",
      timers: null,
      visibility: "private",
    });
    const code = host.code as string;
    const found = (await (await fetch(`${cluster.url}/api/join/${code}`)).json()) as {
      matchId: string;
    };
    expect(found.matchId).toBe(host.matchId);
    const guest = await Player.join(cluster.url, found.matchId, { code });
    await guest.leave();
    await host.leave();
    // Wrong codes from "different" addresses a client made up: nginx replaces the header with
    // the real one, so they all count against 127.0.0.1, in Redis, whichever process answers.
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await fetch(`${cluster.url}/api/join/WRONG${i}CODE`, {
        headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `203.0.113.${i}` },
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses.slice(10)).toEqual([429, 429]);
  }, 60_000);
});
