/**
 * Secrecy of covert acts over random legal play (issue 13, item 8), beside the secrecy
 * property of properties.test.ts: aid sent in breach of a non-intervention agreement is in
 * no other seat's view — neither the power's `aid` nor a news item — until it is discovered.
 * Germany, Italy and the USSR signed the Non-Intervention Agreement for Spain (August 1936)
 * and broke it in secret (Non-Intervention Committee, London, September 1936; H. Thomas, The
 * Spanish Civil War, 2001).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GameState, PowerId } from "../model/state.ts";
import type { ScenarioInput } from "../scenario/schema.ts";
import { viewFor } from "../knowledge/viewFor.ts";
import { miniWith } from "../testing/drive.ts";
import { MINI_INPUT } from "../testing/mini.ts";
import { randomPlay } from "../testing/random-play.ts";
import { aidKnown } from "../war/aid-flags.ts";
import { aidViolates } from "../war/covert.ts";
import { compile } from "./context.ts";

function spanish(id: string, ideology: "liberal" | "fascist", capital: string) {
  return {
    id,
    seat: "minor" as const,
    government: "authoritarian" as const,
    ideology,
    capital,
    army: 10,
    air: 3,
    navy: 3,
    industry: 5,
    stability: 30,
    warSupport: 60,
    league: { member: false },
  } satisfies ScenarioInput["powers"][number];
}

/** The mini Europe with Spain at war from its first turn and the agreement in force. */
const SPAIN = miniWith({
  powers: [
    ...MINI_INPUT.powers,
    spanish("ESP", "liberal", "madrid"),
    spanish("NAT", "fascist", "burgos"),
  ],
  regions: [
    ...MINI_INPUT.regions,
    { id: "madrid", kind: "land", owner: "ESP", adjacent: ["burgos", "med"] },
    { id: "burgos", kind: "land", owner: "ESP", adjacent: ["fr-west"] },
  ],
  treaties: [
    ...(MINI_INPUT.treaties ?? []),
    {
      id: "non-intervention",
      name: "Non-Intervention Agreement",
      parties: ["DEU", "ITA", "SUN", "GBR", "FRA"],
      clauses: [{ kind: "nonIntervention", conflict: "spain" }],
      signed: "1936-08-24",
      source: "Non-Intervention Committee, London, September 1936",
    },
  ],
  events: [
    ...(MINI_INPUT.events ?? []),
    {
      id: "spanish-war",
      window: { from: "1935-I", to: "1935-I" },
      historicalTurn: "1935-I",
      effects: [
        { civilWar: { id: "spain", government: "ESP", insurgent: "NAT", regions: ["burgos"] } },
      ],
      note: { date: "1936-07-17", source: "the rising of 17–18 July 1936 (Thomas 2001)" },
    },
  ],
});
const ctx = compile(SPAIN);

/** Covert aid of others that this viewer must not see; counts the cases it checked. */
function assertCovertHidden(state: GameState, viewer: string): number {
  if (state.phase === "ended") return 0;
  const view = viewFor(state, viewer);
  let hidden = 0;
  for (const power of ctx.powerIds as PowerId[]) {
    if (power === viewer) continue;
    for (const conflict of Object.keys(state.powers[power]?.aid ?? {})) {
      if (aidKnown(state, power, conflict)) continue;
      if (!aidViolates(state, power, conflict)) continue;
      hidden += 1;
      expect(view.powers[power]?.aid[conflict]).toBeUndefined();
      const told = view.news.filter(
        (n) =>
          n.key === "news.aidSent" &&
          n.params["power"] === power &&
          n.params["conflict"] === conflict,
      );
      expect(told).toEqual([]);
    }
  }
  return hidden;
}

describe("covert acts over random legal play", { timeout: 120_000 }, () => {
  it("aid in breach of non-intervention stays out of every other seat's view until discovered", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 31 - 1 }),
        fc.array(fc.nat({ max: 1_000_000 }), { minLength: 40, maxLength: 400 }),
        (seed, picks) => {
          const { states } = randomPlay(SPAIN, { seed, historicalEvents: true }, picks);
          for (const state of states.filter((_, i) => i % 3 === 0 || i === states.length - 1)) {
            for (const viewer of ctx.powerIds) checked += assertCovertHidden(state, viewer);
            checked += assertCovertHidden(state, "spectator");
          }
        },
      ),
      { numRuns: 30 },
    );
    // The property is not vacuous: random play did send covert aid that others could not see.
    expect(checked).toBeGreaterThan(0);
  });
});
