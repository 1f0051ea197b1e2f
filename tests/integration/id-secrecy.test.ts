/**
 * Issue 15, item 3, over the wire: a seat that names a proposal between others gets, byte for
 * byte, the refusal it gets for an id that does not exist; no view it receives carries an id
 * counter that would count others' secret negotiations; and the version its view carries
 * (what its actions quote) moves only when its own view does — a hidden proposal or another
 * seat's order leaves it where it was.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Player, startServer, UNTIMED, type Running } from "./harness.ts";
import { actFresh, phaseKey } from "./play.ts";

const PORT = 2657;

async function readyAll(players: Player[]) {
  const key = phaseKey(players[0] as Player);
  for (const p of players) await actFresh(p, { type: "ready", ready: true });
  for (const p of players) await p.until(() => phaseKey(p) !== key);
}

describe("identifiers and refusals betray no hidden proposal", () => {
  let srv: Running;
  let fra: Player;
  let sun: Player;
  let gbr: Player;

  beforeAll(async () => {
    srv = await startServer(PORT);
    fra = await Player.create(srv.url, UNTIMED, "France");
    await fra.takeSeat("FRA");
    sun = await Player.join(srv.url, fra.matchId, { name: "USSR" });
    await sun.takeSeat("SUN");
    gbr = await Player.join(srv.url, fra.matchId, { name: "Britain" });
    await gbr.takeSeat("GBR");
    fra.room.send("host", { cmd: "start" });
    await fra.until(() => fra.info?.status === "running");
  });
  afterAll(async () => {
    await srv.stop();
  });

  /** Britain's version and view, as of every step the server took so far. */
  async function outsider() {
    await gbr.sync();
    return { version: gbr.stateId, view: JSON.stringify(gbr.view) };
  }

  test("a hidden proposal between two others moves neither an outsider's version nor view", async () => {
    await readyAll([fra, sun, gbr]); // news → diplomacy
    const before = await outsider();
    const sunBefore = sun.stateId;
    const r = await actFresh(fra, {
      type: "propose",
      channel: "FRA+SUN",
      draft: {
        name: "Quiet talks",
        parties: ["FRA", "SUN"],
        clauses: [{ kind: "consultation", secret: false }],
      },
    });
    expect(r).toMatchObject({ ok: true });
    await sun.until(() =>
      Object.values(sun.view?.treaties ?? {}).some((t) => t.name === "Quiet talks"),
    );
    // The parties' versions moved (their views hold the proposal); the outsider's did not.
    expect(sun.stateId).not.toBe(sunBefore);
    const after = await outsider();
    expect(after.view).not.toContain("Quiet talks");
    expect(after).toEqual(before);
    // Britain acts on the version it holds: not stale, since nothing it sees has changed.
    const acted = await actFresh(gbr, { type: "ready", ready: false });
    expect(acted).toMatchObject({ ok: true });
  });

  test("naming a proposal between others is refused as naming nothing", async () => {
    if (fra.view?.phase !== "diplomacy") await readyAll([fra, sun, gbr]); // news → diplomacy
    const r = await actFresh(fra, {
      type: "propose",
      channel: "FRA+SUN",
      draft: {
        name: "Eastern talks",
        parties: ["FRA", "SUN"],
        clauses: [{ kind: "consultation", secret: false }],
      },
    });
    expect(r).toMatchObject({ ok: true });
    await sun.until(() =>
      Object.values(sun.view?.treaties ?? {}).some((t) => t.name === "Eastern talks"),
    );
    const hidden = Object.values(sun.view?.treaties ?? {}).find((t) => t.name === "Eastern talks");
    const id = hidden?.id as string;
    // Ids reveal no count: the generated form, not "t<n>".
    expect(id).toMatch(/^t_[0-9a-z]{7}$/);
    await gbr.sync();
    expect(gbr.view?.treaties[id]).toBeUndefined();

    const missing = id === "t_0000001" ? "t_0000002" : "t_0000001";
    for (const action of [
      { type: "sign", treaty: id },
      { type: "reject", treaty: id },
      { type: "reveal", treaty: id },
    ] as const) {
      const onHidden = await actFresh(gbr, action);
      const onMissing = await actFresh(gbr, { ...action, treaty: missing });
      expect(onHidden.ok).toBe(false);
      expect(JSON.stringify(onHidden)).toBe(JSON.stringify(onMissing));
    }
    await readyAll([fra, sun, gbr]); // diplomacy → orders
    const ratify = await actFresh(gbr, { type: "order", order: { kind: "ratify", treaty: id } });
    const ratifyNone = await actFresh(gbr, {
      type: "order",
      order: { kind: "ratify", treaty: missing },
    });
    expect(ratify.ok).toBe(false);
    expect(JSON.stringify(ratify)).toBe(JSON.stringify(ratifyNone));

    // Another seat's order is hidden (and so are its action points): Britain's version stays.
    const before = await outsider();
    expect(await actFresh(fra, { type: "order", order: { kind: "invest" } })).toMatchObject({
      ok: true,
    });
    await fra.until(() => (fra.view?.powers.FRA?.orders.length ?? 0) > 0);
    expect(await outsider()).toEqual(before);

    // No view Britain ever received holds the counter.
    expect(JSON.stringify(gbr.received)).not.toContain('"nextId"');
    expect(JSON.stringify(sun.received)).not.toContain('"nextId"');
  });
});
