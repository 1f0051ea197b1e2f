import { matchMaker, type Room } from "@colyseus/core";
import { CLOSE } from "@cs/shared";
import { restoreClaimed } from "../app.ts";
import type { Storage } from "../storage/types.ts";

export interface OwnerOptions {
  /** Where clients reach this process's rooms (`publicAddress`). */
  address: string;
  /** Heartbeat and orphan scan period (ms). */
  beatMs: number;
  /** The lease: past it without an accepted heartbeat, others may own our matches. */
  leaseMs: number;
  /** Matches claimed per scan, so a survivor takes over a dead process's load gradually. */
  batch: number;
  /**
   * Remove a dead process's room listings (and its room count) in Redis, before its matches
   * are rebuilt here; absent without Redis (one process: nothing else reads the listings).
   */
  forget?: (processId: string) => Promise<number>;
  /**
   * Processes whose Redis connections are gone (killed): their listings are removed before
   * their lease lapses, when seen so twice a beat apart (a Redis restart's reconnections
   * pass); a process wrongly taken for gone writes its listings again within a beat (relist).
   */
  unreachable?: () => Promise<string[]>;
  /** This process lost its lease or a match (fenced): after its clients are closed. */
  onLost: (why: string) => void;
}

export interface Owner {
  /** After `listen`: start claiming orphaned matches (now, then every beat). */
  claim(): Promise<void>;
  /** Matches this process owns now. */
  owned(): string[];
  /** Last heartbeat accepted (ms since epoch), for `/healthz`. */
  lastBeat(): number;
  /** SIGTERM: stop claiming, close each match's clients with `moved`, give the match up. */
  drain(): Promise<void>;
  /** A write was refused: another process owns one of our matches, so our lease is gone. */
  fenced(match: string): void;
  stop(): void;
}

/** Published by a draining process once it has given its matches up: claim them now. */
const RELEASED = "cs:matches-released";

const localRoom = (id: string) => matchMaker.getLocalRoomById(id) as Room | undefined;

/**
 * The ownership loops of one process in a cluster, started before it listens (from `listen`
 * on, Colyseus lists it for rooms other processes route here: a room made here must be owned
 * under a registered id with a live lease, however long the rest of the boot takes):
 * - the heartbeat, every `beatMs`, on a timer of its own: however long a round of claims and
 *   replays takes, the lease is renewed meanwhile (a survivor busy rebuilding a dead
 *   process's matches must not look stalled itself, and fence itself, halfway through);
 * - once `claim()` is called, the work round, every `beatMs` when the last one is done: claim
 *   orphaned matches (a bounded batch), rebuild them here, keep this process's room listings
 *   in Redis (after a Redis restart they are gone until written again), and remove dead
 *   processes' rows.
 */
export async function runOwner(storage: Storage, o: OwnerOptions): Promise<Owner> {
  const { claims } = storage;
  await claims.join(o.address, matchMaker.processId);
  let claiming = false;
  let last = Date.now();
  let lastOk = performance.now();
  let stopped = false;
  let lost = false;
  let beating = false;
  let busy = false;
  /** Dead processes whose listings are already removed. */
  const forgotten = new Set<string>();
  /** Processes found without a Redis connection at the last round. */
  let unheard = new Set<string>();

  /** Remove a process's listings; `dead`: declared so by its lease, never to be done again. */
  const unlist = async (id: string, dead: boolean) => {
    if (forgotten.has(id) || !o.forget || !fresh()) return;
    await o
      .forget(id)
      .then(() => dead && forgotten.add(id))
      .catch((e: Error) => console.error(`listings of ${id} kept:`, e.message));
  };

  const lose = async (why: string, code: number) => {
    if (lost) return;
    lost = true;
    stopped = true;
    console.error(`process ${claims.processId}: ${why}; closing its clients and stopping`);
    await Promise.allSettled(claims.owned().map((id) => localRoom(id)?.disconnect(code)));
    o.onLost(why);
  };

  const relist = async () => {
    const ids = claims.owned().filter((id) => localRoom(id));
    if (ids.length === 0) return;
    const listed = await matchMaker.driver.findByIds(ids);
    for (const id of ids) {
      // Undefined when the match was disposed while the listings were read.
      const room = localRoom(id) as unknown as
        { _listing?: Parameters<typeof matchMaker.driver.persist>[0] } | undefined;
      // Missing (Redis restarted; a health check that swept a dead process's listings as
      // this process re-listed the match) or naming another process: written again.
      const seen = listed.get(id)?.processId;
      if (seen !== matchMaker.processId && room?._listing)
        await matchMaker.driver.persist(room._listing, true);
    }
  };

  const beat = async () => {
    if (stopped || beating) return;
    beating = true;
    try {
      const sent = performance.now();
      if (!(await claims.beat())) return void (await lose("lease lapsed", CLOSE.fenced));
      last = Date.now();
      lastOk = sent;
    } catch (e) {
      console.error(`heartbeat failed: ${(e as Error).message}`);
    } finally {
      beating = false;
    }
  };

  /** Claims are made only on a lease renewed within the last four fifths of it. */
  const fresh = () => performance.now() - lastOk < (o.leaseMs * 4) / 5;

  const round = async () => {
    if (stopped || busy || !claiming) return;
    busy = true;
    try {
      // Killed (its Redis connections gone) seen twice a beat apart: its listings go now,
      // before its lease lapses; joins of its matches are told "not found" and try again.
      if (o.unreachable) {
        const seen = await o.unreachable().catch(() => []); // Redis down: claims go on
        const gone = new Set(seen.filter((id) => id !== claims.processId));
        for (const id of gone) if (unheard.has(id)) await unlist(id, false);
        unheard = gone;
      }
      const orphans = await claims.orphans(o.batch);
      // Declared dead: its listings go first, all of them (those of matches beyond this batch
      // too), so that no join waits on it while its matches are claimed and rebuilt.
      const dead = new Set(orphans.flatMap((x) => (x.dead ? [x.dead] : [])));
      for (const id of dead) await unlist(id, true);
      // The batch at once: a rebuild mostly waits on the database, so a dead process's
      // matches come back in about the time of one (the pool bounds the queries in flight).
      await Promise.allSettled(
        orphans.map(async (orphan) => {
          if (stopped || !fresh()) return;
          const claim = await claims.claim(orphan.match, orphan.epoch);
          if (claim) await restoreClaimed(storage, claim);
        }),
      );
      await relist().catch((e: Error) => console.error("room listings not restored:", e.message));
      await claims.sweep().catch((e: Error) => console.error("dead processes kept:", e.message));
    } catch (e) {
      console.error(`ownership round failed: ${(e as Error).message}`);
    } finally {
      busy = false;
    }
  };

  // Checked first, without waiting for the database: a process that was stalled (SIGSTOP, a
  // paused VM) or cut off past its lease must assume its matches are gone, and close its
  // clients at once with the code that sends them to the new owner.
  const timer = setInterval(() => {
    if (!lost && performance.now() - lastOk > o.leaseMs)
      return void lose("no heartbeat accepted within the lease", CLOSE.fenced);
    void beat();
    void round();
  }, o.beatMs);
  await beat();
  const released = () => void round();
  await matchMaker.presence.subscribe(RELEASED, released);

  return {
    async claim() {
      claiming = true;
      await round();
    },
    owned: () => claims.owned(),
    lastBeat: () => last,
    async drain() {
      stopped = true;
      clearInterval(timer);
      await matchMaker.presence.unsubscribe(RELEASED, released);
      for (const id of claims.owned()) {
        const epoch = claims.epochOf(id);
        await localRoom(id)?.disconnect(CLOSE.moved);
        await claims.release(id, epoch).catch(() => undefined);
      }
      await claims.leave().catch(() => undefined);
      // The others claim them at once rather than at their next round (up to a beat later):
      // the clients told "moved" are already asking for them.
      await matchMaker.presence.publish(RELEASED, claims.processId);
    },
    fenced(match: string) {
      void lose(`match ${match} is owned by another process now`, CLOSE.fenced);
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      void matchMaker.presence.unsubscribe(RELEASED, released);
    },
  };
}
