import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { GameView } from "@cs/shared";
import { freePort, Player, startServer, UNTIMED, type Running } from "./harness.ts";
import { actFresh, phaseKey } from "./play.ts";

const PORT = 2613;
const SECRET_TEXT = "meet-at-the-quai-d-orsay-7731";

/** Everything a client received, decoded, as one string to search. */
const everything = (p: Player) => JSON.stringify(p.received);

async function readyAll(players: Player[]) {
  const key = phaseKey(players[0] as Player);
  for (const p of players) await actFresh(p, { type: "ready", ready: true });
  for (const p of players) await p.until(() => phaseKey(p) !== key);
}

/** What no view of `me` may hold about other powers, whatever the moment. */
function checkView(v: GameView, me: string | null) {
  expect(v).not.toHaveProperty("rng");
  expect(v.settings).not.toHaveProperty("seed");
  for (const [id, p] of Object.entries(v.powers)) {
    if (id === me) continue;
    expect(p.orders).toEqual([]);
    expect(p.ap).toBeNull();
    expect(p.production).toBeNull();
    expect(p.estimated).toBe(true);
  }
}

describe("secrecy: each client receives only what its seat may know", () => {
  let srv: Running;
  let fra: Player;
  let gbr: Player;
  let sun: Player;
  let watcher: Player;

  beforeAll(async () => {
    srv = await startServer(PORT);
    fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    gbr = await Player.join(srv.url, fra.matchId, { name: "Britain" });
    await gbr.takeSeat("GBR");
    sun = await Player.join(srv.url, fra.matchId, { name: "USSR" });
    await sun.takeSeat("SUN");
    watcher = await Player.join(srv.url, fra.matchId, { name: "Watcher" });
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("secret clauses, private channels, pending orders and exact figures stay secret", async () => {
    const all = [fra, gbr, sun];
    await readyAll(all); // news → diplomacy

    // A treaty between France and Britain with a secret military convention.
    const proposed = await actFresh(fra, {
      type: "propose",
      channel: "FRA+GBR",
      draft: {
        name: "Entente",
        parties: ["FRA", "GBR"],
        clauses: [
          { kind: "consultation", secret: false },
          { kind: "militaryConvention", forces: 0.4, staffTalks: true, secret: true },
        ],
      },
    });
    expect(proposed).toMatchObject({ ok: true });
    await gbr.until(() =>
      Object.values(gbr.view?.treaties ?? {}).some((t) => t.name === "Entente"),
    );
    const entente = Object.values(gbr.view?.treaties ?? {}).find((t) => t.name === "Entente");
    expect(await actFresh(gbr, { type: "sign", treaty: entente?.id as string })).toMatchObject({
      ok: true,
    });

    // A private channel between them, and a public message for contrast.
    fra.chat("FRA+GBR", SECRET_TEXT);
    fra.chat("public", "France salutes the League.");
    await gbr.until(() => gbr.messages("chat").some((c) => c.text === SECRET_TEXT));
    await sun.until(() => sun.messages("chat").some((c) => c.channel === "public"));
    await watcher.until(() => watcher.messages("chat").some((c) => c.channel === "public"));

    await readyAll(all); // diplomacy → orders
    expect(
      await actFresh(fra, { type: "order", order: { kind: "rearm", branch: "air" } }),
    ).toMatchObject({
      ok: true,
    });
    await fra.until(() => (fra.view?.powers.FRA?.orders.length ?? 0) > 0);
    // Everyone else has caught up with France's order.
    for (const p of [gbr, sun, watcher]) await p.sync();

    for (const outsider of [sun, watcher]) {
      const text = everything(outsider);
      expect(text).not.toContain("militaryConvention");
      expect(text).not.toContain(SECRET_TEXT);
    }
    expect(everything(gbr)).toContain("militaryConvention");
    expect(everything(gbr)).toContain(SECRET_TEXT);
    // France's pending order is nowhere in what the others received.
    for (const other of [gbr, sun, watcher]) {
      expect(everything(other)).not.toMatch(/"kind":"rearm","branch":"air"/);
    }
    expect(everything(fra)).toMatch(/"kind":"rearm","branch":"air"/);

    // Every view each client ever held: no other power's orders, AP, production, exact figures.
    for (const p of [fra, gbr, sun, watcher]) {
      for (const v of p.history) checkView(v, p.seat);
    }
    // Exact figures: France's own view is exact, the others' are the engine's estimates.
    expect(fra.view?.powers.FRA?.estimated).toBe(false);
    expect(sun.view?.powers.FRA?.estimated).toBe(true);
  });
});

/**
 * Issue 15, item 2: a treaty whose every clause is secret is not announced. Its signature
 * reaches its parties only; an outsider and a spectator receive nothing that names it —
 * neither its id nor its title, in no view, patch or news item.
 */
describe("secrecy: a wholly secret treaty is not announced", () => {
  let srv: Running;
  let fra: Player;
  let gbr: Player;
  let sun: Player;
  let watcher: Player;

  beforeAll(async () => {
    srv = await startServer(await freePort());
    fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    gbr = await Player.join(srv.url, fra.matchId, { name: "Britain" });
    await gbr.takeSeat("GBR");
    sun = await Player.join(srv.url, fra.matchId, { name: "USSR" });
    await sun.takeSeat("SUN");
    watcher = await Player.join(srv.url, fra.matchId, { name: "Watcher" });
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
  });
  afterAll(async () => {
    await srv.stop();
  });

  test("its signature is news to its parties only", async () => {
    const all = [fra, gbr, sun];
    await readyAll(all); // news → diplomacy
    const title = "Accord-of-the-rue-Saint-Dominique";
    const proposed = await actFresh(fra, {
      type: "propose",
      channel: "FRA+GBR",
      draft: {
        name: title,
        parties: ["FRA", "GBR"],
        clauses: [{ kind: "militaryConvention", forces: 0.4, staffTalks: true, secret: true }],
      },
    });
    expect(proposed).toMatchObject({ ok: true });
    await gbr.until(() => Object.values(gbr.view?.treaties ?? {}).some((t) => t.name === title));
    const id = Object.values(gbr.view?.treaties ?? {}).find((t) => t.name === title)?.id ?? "";
    expect(await actFresh(gbr, { type: "sign", treaty: id })).toMatchObject({ ok: true });
    // The parties read of its signature.
    for (const p of [fra, gbr])
      await p.until(() => (p.view?.news ?? []).some((n) => n.params.treaty === id));
    await readyAll(all); // diplomacy → orders: the news has been out for a whole phase
    for (const p of [sun, watcher]) await p.sync();
    for (const outsider of [sun, watcher]) {
      const text = everything(outsider);
      expect(text).not.toContain(title);
      expect(text).not.toContain(`"${id}"`);
    }
  });
});
