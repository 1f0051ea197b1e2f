import type { GameState, PowerId, PowerState } from "../model/state.ts";

/** Who a view is for (viewFor.ts decides what each may see). */
export type Viewer = PowerId | "spectator" | "teacher";

/** What another power knows of a power: estimates, not exact figures; no orders, no AP. */
export interface PowerView extends Omit<PowerState, "orders" | "intel" | "production" | "ap"> {
  orders: PowerState["orders"];
  ap: number | null;
  production: number | null;
  /** True when figures are intelligence estimates rather than exact. */
  estimated: boolean;
}

export type GameView = Omit<GameState, "rng" | "settings" | "powers" | "nextId" | "stateId"> & {
  viewer: Viewer;
  settings: Omit<GameState["settings"], "seed">;
  powers: Record<PowerId, PowerView>;
};
