import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MINI } from "../testing/mini.ts";
import { randomPlay } from "../testing/random-play.ts";
import { apply, check } from "./apply.ts";
import { makeId } from "../core/ids.ts";
import { compile } from "./context.ts";
import { legalActions } from "./legal.ts";
import { replay } from "./replay.ts";
import { ActionSchema } from "../actions/schema.ts";
import type { GameState } from "../model/state.ts";
import { viewFor } from "../knowledge/viewFor.ts";

const ctx = compile(MINI);
const picks = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 20, maxLength: 400 });
const seed = fc.nat({ max: 2 ** 31 - 1 });
const runs = { numRuns: 40 };

describe("properties over random legal play", { timeout: 120_000 }, () => {
  it("replaying the log reproduces the live state exactly", () => {
    fc.assert(
      fc.property(seed, picks, fc.boolean(), (s, p, historicalEvents) => {
        const match = { seed: s, historicalEvents };
        const played = randomPlay(MINI, match, p);
        const replayed = replay({ scenario: MINI, match, log: played.log });
        expect(replayed.ok).toBe(true);
        if (replayed.ok) expect(replayed.state).toEqual(played.final);
      }),
      runs,
    );
  });

  it("the same seed and actions give the same states", () => {
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        const a = randomPlay(MINI, { seed: s }, p);
        const b = randomPlay(MINI, { seed: s }, p);
        expect(JSON.stringify(b.states)).toBe(JSON.stringify(a.states));
      }),
      { numRuns: 15 },
    );
  });

  it("no seat's view holds another seat's secrets", () => {
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        const { states } = randomPlay(MINI, { seed: s }, p);
        for (const state of states.filter((_, i) => i % 5 === 0 || i === states.length - 1)) {
          for (const viewer of ctx.powerIds) assertNoSecrets(state, viewer);
          assertNoSecrets(state, "spectator");
        }
      }),
      runs,
    );
  });

  it("identifiers and refusals betray nothing hidden (issue 15, item 3)", () => {
    let hidden = 0;
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        const { states } = randomPlay(MINI, { seed: s }, p);
        for (const state of states.filter((_, i) => i % 7 === 0 || i === states.length - 1)) {
          if (state.phase === "ended") continue;
          for (const viewer of ctx.powerIds) hidden += assertRefusalsBlind(state, viewer);
        }
      }),
      runs,
    );
    // The property was exercised: random play makes proposals between others.
    expect(hidden).toBeGreaterThan(0);
  });

  it("invariants hold: regions have one existing controller, treaties are among existing powers, figures stay in range", () => {
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        const { states } = randomPlay(MINI, { seed: s }, p);
        for (const state of states) assertInvariants(state);
      }),
      runs,
    );
  });

  it("every legal action is accepted, and every refused action leaves the state unchanged", () => {
    const junk = fc.oneof(fc.constantFrom(...ctx.powerIds, "system", "XXX"));
    fc.assert(
      fc.property(seed, picks, junk, fc.anything(), (s, p, by, raw) => {
        const { final } = randomPlay(MINI, { seed: s }, p);
        const frozen = JSON.stringify(final);
        for (const power of ctx.powerIds) {
          for (const action of legalActions(final, power, ctx)) {
            expect(apply(final, power, action, ctx).ok).toBe(true);
          }
        }
        const parsed = ActionSchema.safeParse(raw);
        if (parsed.success) apply(final, by, parsed.data, ctx);
        for (const action of ILLEGAL) apply(final, by, action, ctx);
        expect(JSON.stringify(final)).toBe(frozen);
      }),
      { numRuns: 25 },
    );
  });
});

const ILLEGAL = [
  { type: "sign", treaty: "nope" },
  { type: "order", order: { kind: "attack", region: "uk" } },
  { type: "vote", motion: "m0", vote: "yes" },
  { type: "decide", decision: "d0", choice: "x" },
  { type: "cancelOrder", index: 9 },
  { type: "fireEvent", event: "nope" },
] as const;

function assertNoSecrets(state: GameState, viewer: string): void {
  if (state.phase === "ended") return; // the record is open once the match is over
  const view = viewFor(state, viewer);
  const text = JSON.stringify(view);
  expect(text).not.toContain('"rng"');
  expect(text).not.toContain('"seed"');
  for (const [id, p] of Object.entries(view.powers)) {
    if (id === viewer) continue;
    expect(p.orders).toEqual([]);
    expect(p.ap).toBeNull();
    expect(p.estimated).toBe(true);
  }
  for (const t of Object.values(view.treaties)) {
    const entitled = t.public || t.parties.includes(viewer) || t.revealedTo.includes(viewer);
    if (!entitled) expect(t.clauses.some((c) => c.secret)).toBe(false);
    if (t.status === "proposed") expect(t.parties).toContain(viewer);
  }
  for (const x of Object.values(view.decisions)) expect(x.power).toBe(viewer);
  for (const n of view.news) if (n.to) expect(n.to).toContain(viewer);
  // Secrecy covers existence: no news names a treaty the view does not hold (issue 15, item 2).
  const hiddenTreaties = Object.keys(state.treaties).filter((id) => !view.treaties[id]);
  for (const n of view.news) {
    for (const value of Object.values(n.params)) expect(hiddenTreaties).not.toContain(value);
  }
  for (const m of Object.values(view.motions)) {
    if (m.status === "tabled") expect(Object.keys(m.votes).every((k) => k === viewer)).toBe(true);
  }
}

/** Every action that names a treaty, for one id. */
const NAMING_TREATY = (treaty: string) =>
  [
    { type: "sign", treaty },
    { type: "reject", treaty },
    { type: "withdraw", treaty },
    { type: "reveal", treaty },
    {
      type: "counter",
      treaty,
      draft: { name: "x", parties: ["FRA", "GBR"], clauses: [{ kind: "nonAggression" }] },
    },
    { type: "order", order: { kind: "ratify", treaty } },
    { type: "order", order: { kind: "denounce", treaty } },
  ].map((a) => ActionSchema.parse(a));

/** An id of the generated form that the state does not hold. */
function missingId(state: GameState, prefix: string): string {
  for (let n = 1; ; n++) {
    const id = makeId(0x5eed, prefix, n);
    if (!(id in state.treaties) && !(id in state.decisions)) return id;
  }
}

/**
 * A seat that names what it cannot see — a proposal between others, a wholly secret treaty,
 * another power's decision — gets, byte for byte, the refusal it gets for an id that does not
 * exist; and its view carries no id counter nor action counter. Returns how many hidden things were probed.
 */
function assertRefusalsBlind(state: GameState, viewer: string): number {
  const view = viewFor(state, viewer);
  expect(JSON.stringify(view)).not.toContain('"nextId"');
  // Nor the action counter, which counts others' hidden proposals and orders.
  expect(JSON.stringify(view)).not.toContain('"stateId"');
  let probed = 0;
  const none = missingId(state, "t");
  for (const id of Object.keys(state.treaties)) {
    if (view.treaties[id]) continue;
    probed++;
    const missing = NAMING_TREATY(none);
    NAMING_TREATY(id).forEach((action, i) => {
      const a = missing[i];
      if (!a) return;
      expect(JSON.stringify(check(state, viewer, action, ctx))).toBe(
        JSON.stringify(check(state, viewer, a, ctx)),
      );
    });
  }
  const noDecision = missingId(state, "d");
  for (const x of Object.values(state.decisions)) {
    if (view.decisions[x.id]) continue;
    probed++;
    for (const choice of x.options) {
      expect(
        JSON.stringify(check(state, viewer, { type: "decide", decision: x.id, choice }, ctx)),
      ).toBe(
        JSON.stringify(check(state, viewer, { type: "decide", decision: noDecision, choice }, ctx)),
      );
    }
  }
  return probed;
}

function assertInvariants(state: GameState): void {
  const powers = new Set(Object.keys(state.powers));
  expect(Object.keys(state.regions).sort()).toEqual(ctx.regionIds.slice().sort());
  for (const r of Object.values(state.regions)) {
    if (r.controller !== null) expect(powers.has(r.controller)).toBe(true);
    if (r.owner !== null) expect(powers.has(r.owner)).toBe(true);
  }
  for (const t of Object.values(state.treaties))
    for (const party of t.parties) expect(powers.has(party)).toBe(true);
  for (const w of Object.values(state.wars))
    for (const side of w.sides) for (const x of side) expect(powers.has(x)).toBe(true);
  expect(state.tension).toBeGreaterThanOrEqual(0);
  expect(state.tension).toBeLessThanOrEqual(100);
  for (const p of Object.values(state.powers)) {
    expect(p.ap).toBeGreaterThanOrEqual(0);
    for (const f of [
      "army",
      "air",
      "navy",
      "mobilisation",
      "industry",
      "stability",
      "warSupport",
      "credibility",
    ] as const) {
      expect(p[f]).toBeGreaterThanOrEqual(0);
      expect(p[f]).toBeLessThanOrEqual(100);
    }
  }
}
