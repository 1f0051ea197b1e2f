import { seedRng } from "../core/rng.ts";
import type { GameState, PowerState } from "../model/state.ts";
import type { GameView } from "../knowledge/viewFor.ts";

/**
 * A seat's belief about the world, as a state the rules can read: its own view (viewFor) with
 * the holes filled by what it cannot know — others' orders none, their action points and
 * stock of production nothing, and a generator of its own (`salt`) in place of the match's
 * dice. The rules' functions (strength, reach, conditions, the weighing, a lookahead) then
 * run on what the seat knows, never on the truth: estimates for others' figures, the treaties
 * it can read, its own decisions only.
 */
export function believe(view: GameView, salt: number): GameState {
  const { viewer: _viewer, settings, powers, ...rest } = view;
  const believed: Record<string, PowerState> = {};
  for (const id in powers) {
    const p = powers[id];
    if (!p) continue;
    const { estimated: _estimated, ap, production, ...figures } = p;
    believed[id] = { ...figures, ap: ap ?? 0, production: production ?? 0, intel: {} };
  }
  return {
    ...rest,
    settings: { ...settings, seed: salt },
    powers: believed,
    rng: seedRng(salt),
    // Ids the seat cannot know (i17: ids betray nothing); a lookahead's new entries need some.
    nextId: 1_000_000,
  };
}
