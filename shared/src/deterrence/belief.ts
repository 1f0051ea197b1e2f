import { seedRng } from "../core/rng.ts";
import type { GameState, PowerState } from "../model/state.ts";
import type { GameView, PowerView } from "../knowledge/viewFor.ts";

/**
 * A seat's belief about the world, as a state the rules can read: its own view (viewFor) with
 * the holes filled by what it cannot know — others' orders none, their action points and
 * stock of production nothing, and a generator of its own (`salt`) in place of the match's
 * dice. The rules' functions (strength, reach, conditions, the weighing, a lookahead) then
 * run on what the seat knows, never on the truth: estimates for others' figures, the treaties
 * it can read, its own decisions only.
 */
export function believe(
  view: GameView,
  salt: number,
  memo?: WeakMap<PowerView, PowerState>,
): GameState {
  const { viewer: _viewer, settings, powers, ...rest } = view;
  const believed: Record<string, PowerState> = {};
  for (const id in powers) {
    const p = powers[id];
    if (!p) continue;
    // Views shared between seats (viewFor's memo) are believed once.
    const shared = memo?.get(p);
    if (shared) {
      believed[id] = shared;
      continue;
    }
    // Field by field rather than by object rest, which V8 runs several times slower.
    const b: PowerState = {
      id: p.id,
      ap: p.ap ?? 0,
      production: p.production ?? 0,
      league: p.league,
      alive: p.alive,
      ready: p.ready,
      orders: p.orders,
      intel: {},
      embargoes: p.embargoes,
      recognises: p.recognises,
      aid: p.aid,
      honoured: p.honoured,
      breaches: p.breaches,
      army: p.army,
      air: p.air,
      navy: p.navy,
      mobilisation: p.mobilisation,
      industry: p.industry,
      stability: p.stability,
      warSupport: p.warSupport,
      credibility: p.credibility,
    };
    believed[id] = b;
    memo?.set(p, b);
  }
  return {
    ...rest,
    settings: { ...settings, seed: salt },
    powers: believed,
    rng: seedRng(salt),
    // Ids the seat cannot know (i17: ids betray nothing); a lookahead's new entries need some.
    nextId: 1_000_000,
    // The match's action counter is not the seat's to know either (issue 15).
    stateId: 0,
  };
}
