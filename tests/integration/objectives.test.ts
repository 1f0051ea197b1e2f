/**
 * Issue 15, item 4, over the wire: when a match hides objectives, a seat receives its own
 * objectives and no other power's — not in the `objectives` message, not anywhere else it is
 * sent — and a spectator none; when it does not, everyone receives all of them. (The client's
 * bundle ships none: `objectives-bundle.test.ts`.)
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MINI } from "@cs/shared";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";

const PORT = 2664;
const ids = (power: string) => MINI.objectives.filter((o) => o.power === power).map((o) => o.id);
const others = (power: string) => MINI.objectives.filter((o) => o.power !== power).map((o) => o.id);

describe("a seat's objectives come only with that seat", () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer(PORT);
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("hidden: each seat its own, a spectator none, nothing else anywhere", async () => {
    const fra = await Player.create(srv.url, { ...UNTIMED, hiddenObjectives: true }, "France");
    await fra.takeSeat("FRA");
    const deu = await Player.join(srv.url, fra.matchId, { name: "Germany" });
    await deu.takeSeat("DEU");
    const watcher = await Player.join(srv.url, fra.matchId, { name: "Watcher" });
    fra.room.send("host", { cmd: "start" });
    for (const p of [fra, deu, watcher]) await p.until(() => p.info?.status === "running");
    for (const p of [fra, deu, watcher]) await p.sync();

    for (const [p, seat] of [
      [fra, "FRA"],
      [deu, "DEU"],
    ] as const) {
      const last = p.messages("objectives").at(-1);
      expect(last?.objectives.map((o) => o.id)).toEqual(ids(seat));
      const everything = JSON.stringify(p.received);
      for (const id of others(seat)) expect(everything).not.toContain(id);
    }
    expect(watcher.messages("objectives").at(-1)?.objectives).toEqual([]);
    const seen = JSON.stringify(watcher.received);
    for (const o of MINI.objectives) expect(seen).not.toContain(o.id);
  });

  test("not hidden: everyone receives every objective", async () => {
    const fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    const watcher = await Player.join(srv.url, fra.matchId, { name: "Watcher" });
    await watcher.until(() => watcher.messages("objectives").length > 0);
    expect(watcher.messages("objectives").at(-1)?.objectives).toEqual(MINI.objectives);
    expect(fra.messages("objectives").at(-1)?.objectives).toEqual(MINI.objectives);
  });
});
