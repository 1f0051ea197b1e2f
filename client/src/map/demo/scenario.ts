/**
 * The shipped 1933 scenario for the map demo, the benchmark and the map's tests: the engine's
 * own initial state and the seat's view of it. `later` adds an occupation, a remilitarised
 * Rhineland and League sanctions on Italy, so that every pattern can be seen at once.
 */
import { compile, createInitialState, viewFor, type Ctx, type GameView } from "@cs/shared";
import { loadScenario } from "@cs/assets/scenarios";

export interface DemoOptions {
  seat: string | null;
  /** Show later years' marks: an occupation and League sanctions, to see every pattern. */
  later: boolean;
}

export function demoCtx(): Ctx {
  return compile(loadScenario("europe-1933"));
}

export function demoView({ seat, later }: DemoOptions): GameView {
  const state = createInitialState(loadScenario("europe-1933"), { seed: 1933 });
  if (later) {
    for (const id of ["sudetenland", "austria"]) {
      const r = state.regions[id];
      if (r) r.controller = "DEU";
    }
    const rh = state.regions["rhineland"];
    if (rh) rh.demilitarised = false;
    state.sanctions["s1"] = {
      id: "s1",
      motion: "m1",
      target: "ITA",
      oil: false,
      since: state.turn,
      applying: ["GBR", "FRA", "SUN", "POL", "CSK", "ROU", "YUG", "GRC", "TUR", "ESP", "SWE"],
      refusing: ["AUT", "HUN", "ALB"],
      active: true,
    };
  }
  return viewFor(state, seat ?? "spectator");
}
