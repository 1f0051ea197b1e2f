/**
 * Issue 15, item 7: a join no longer sends the whole match record to every connection. Those
 * already there receive what changed (`matchPatch`: the spectator count, the seats that
 * moved), gathered per batch; only the joiner gets the record in full — and everyone ends
 * with the same record as a fresh joiner's.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";

const PORT = 2663;
const JOINS = 12;

describe("joins send what changed, to everyone at once", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("a dozen joins: one full record each, patches for the rest, all in agreement", async () => {
    const host = await Player.create(srv.url, UNTIMED, "Host");
    await host.takeSeat("FRA");
    const watchers = await Promise.all(
      Array.from({ length: JOINS }, (_, i) =>
        Player.join(srv.url, host.matchId, { name: `W${i}` }),
      ),
    );
    const last = await Player.join(srv.url, host.matchId, { name: "Last" });
    const all = [host, ...watchers, last];
    for (const p of all) await p.until(() => p.info?.spectators === JOINS + 1);

    for (const p of all) {
      // The record in full once, on joining; never again at others' joins.
      expect(p.messages("match")).toHaveLength(1);
      expect(p.info).toEqual(last.info);
    }
    // The host heard of the joins as patches that carry no seat (no seat moved) …
    const patches = host.messages("matchPatch");
    expect(patches.length).toBeGreaterThan(0);
    expect(patches.length).toBeLessThanOrEqual(JOINS + 1);
    for (const patch of patches.slice(1)) expect(Object.keys(patch)).toEqual(["spectators"]);
    // … and of a seat taken as that one seat.
    const before = host.messages("matchPatch").length;
    await last.takeSeat("GBR");
    await host.until(() => host.messages("matchPatch").length > before);
    const seatPatch = host.messages("matchPatch")[before];
    expect(seatPatch?.seats?.map((s) => s.power)).toEqual(["GBR"]);
    for (const p of all) await p.until(() => p.info?.spectators === JOINS);
  });
});
