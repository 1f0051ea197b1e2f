/**
 * The scale-out benchmark's failover: halfway through the cluster's run one process is killed
 * (-9); its clients follow their matches as the game's client does (client/src/net: the SDK's
 * own short reconnection, then joining the match again with the seat token, wherever it runs
 * now), and the time is taken from the kill to each step of their return.
 */
import { Client } from "@colyseus/sdk";
import { watchEnds } from "@cs/client/follow";
import { REJOIN_ATTEMPTS, rejoinDelay, shouldRejoin } from "@cs/shared";
import type { Cluster } from "../integration/cluster-harness.ts";
import type { Failover, Sampled } from "./scale-out-common.ts";
import { Bot, cpuSeconds, sleep } from "./server-load.ts";

/** One client's seat; after its process dies it joins the match again with its token. */
export class Slot {
  bot: Bot;
  readonly url: string;
  moving: Promise<void> | undefined;
  /** Set at the kill for the affected clients. */
  waitingSince: number | undefined;
  /** Back in its match (a view received), then its first action acknowledged there. */
  rejoinedAt: number | undefined;
  backAt: number | undefined;
  joinAttempts = 0;
  /** Times its heartbeat found its server silent (a ping unanswered 8 s). */
  silences = 0;

  constructor(url: string, bot: Bot) {
    this.url = url;
    this.bot = bot;
    this.watch(bot);
  }

  /**
   * As the game's client (client/src/net, its own wiring): a short SDK reconnection, then
   * follow; its heartbeat's pings are part of the load.
   */
  private watch(bot: Bot): void {
    watchEnds(bot.room, {
      current: () => true, // as before: any of its rooms ending sends it after the match (once)
      state: () => undefined,
      ended: (code) => {
        if (code === "silent") this.silences++;
        if (code === "silent" || shouldRejoin(code)) this.follow();
      },
    });
  }

  /** Waiting for its first ack after the kill: its next action is a probe. */
  get probing(): boolean {
    return this.waitingSince !== undefined && this.backAt === undefined;
  }

  follow(): void {
    this.moving ??= (async () => {
      const { token, seat } = this.bot;
      const matchId = this.bot.room.roomId;
      for (let attempt = 1; attempt <= REJOIN_ATTEMPTS; attempt++) {
        await sleep(rejoinDelay(attempt, Math.random()));
        this.joinAttempts++;
        try {
          const room = await new Client(this.url).joinById(matchId, { token });
          const next = new Bot(room, this.bot.ctx);
          next.seat = seat;
          next.token = token;
          this.watch(next);
          await next.until(() => next.view !== undefined);
          this.bot = next;
          if (this.waitingSince !== undefined) this.rejoinedAt ??= performance.now();
          break;
        } catch {
          // not claimed yet
        }
      }
      this.moving = undefined;
    })();
  }
}

/** The failover's figures, and when the kill was sent (performance.now()). */
export interface Killed {
  failover: Failover;
  at: number;
}

const seconds = (from: number, times: (number | undefined)[]) => {
  const known = times.filter((t): t is number => t !== undefined);
  return known.length ? +((Math.max(...known) - from) / 1000).toFixed(2) : NaN;
};

/**
 * Halfway through the run, kill -9 the cluster's second process and follow its matches: until
 * each has a new owner, each affected client is back in it, and each has had an action
 * acknowledged there (bounded: the run's end plus 30 s).
 */
export async function killHalfway(
  cluster: Cluster,
  slots: Slot[],
  procs: Sampled[],
  cpu0: number[],
  seconds0: number,
  end: number,
  /** Awaited just before the kill (the steady state's counters are read then). */
  beforeKill: () => Promise<void> = async () => undefined,
): Promise<Killed | undefined> {
  const start = performance.now();
  await sleep((seconds0 * 1000) / 2);
  const victim = cluster.procs[1];
  if (!victim?.alive) return undefined;
  const owned = (await victim.health()).matches.ids;
  const affected = slots.filter((s) => owned.includes(s.bot.room.roomId));
  const p = procs.find((x) => x.name === `p${victim.index}`);
  if (p?.pid) {
    p.cpu = cpuSeconds(p.pid) - (cpu0[procs.indexOf(p)] ?? 0); // up to the kill
    p.seconds = (performance.now() - start) / 1000;
    p.pid = 0;
  }
  await beforeKill();
  const killedAt = performance.now();
  for (const s of affected) s.waitingSince = killedAt;
  victim.kill("SIGKILL");
  await victim.exited();
  const deadline = end + 30_000;
  // Claims, as PostgreSQL has them: each match owned by another process.
  const claimed = new Map<string, number>();
  const watchClaims = (async () => {
    while (claimed.size < owned.length && performance.now() < deadline) {
      for (const id of owned.filter((m) => !claimed.has(m))) {
        const o = await cluster.owner(id);
        if (o && o.process !== victim.processId) claimed.set(id, performance.now());
      }
      await sleep(100);
    }
  })();
  while (performance.now() < deadline && affected.some((s) => s.backAt === undefined))
    await sleep(100);
  await watchClaims;
  const back = affected.filter((s) => s.backAt !== undefined);
  const failover: Failover = {
    killed: `p${victim.index} (${owned.length} matches)`,
    affectedClients: affected.length,
    backClients: back.length,
    seconds: seconds(
      killedAt,
      back.map((s) => s.backAt),
    ),
    claimedSeconds: claimed.size === owned.length ? seconds(killedAt, [...claimed.values()]) : NaN,
    rejoinedSeconds: seconds(
      killedAt,
      affected.map((s) => s.rejoinedAt),
    ),
    joinAttempts: affected.reduce((n, s) => n + s.joinAttempts, 0),
    silentClients: slots.filter((s) => s.silences > 0).length,
  };
  return { failover, at: killedAt };
}
