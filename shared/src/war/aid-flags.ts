import type { GameState, PowerId } from "../model/state.ts";

/**
 * What the world knows of aid to a civil war, as flags in the state (no imports beyond the
 * model, so that views can read it): open aid, and covert breaches of non-intervention once
 * discovered. Undiscovered covert aid sets no flag at all.
 */
/** Flags that make a power's aid to a conflict known to all: open aid, a discovered breach. */
export const aidKnownFlag = (power: PowerId, conflict: string) => `aid-known:${power}:${conflict}`;
export const aidBreachFlag = (power: PowerId, conflict: string) => `ni-breach:${power}:${conflict}`;

/** Whether other seats may see that a power aids a side in a conflict. */
export function aidKnown(state: GameState, power: PowerId, conflict: string): boolean {
  return (
    state.flags.includes(aidKnownFlag(power, conflict)) ||
    state.flags.includes(aidBreachFlag(power, conflict))
  );
}
