import type { Action, GameView } from "@cs/shared";
import type { Net } from "../../net/net.ts";
import type { MapHandle } from "./map-mount.ts";
import type { PanelState } from "./panel-state.ts";

/** What every panel of the match screen is drawn with (types only: no panel imports the screen). */
export type Tab = "diplomacy" | "orders" | "news" | "chat";

export interface Shell {
  error: string;
  dismiss?: () => void;
  render(): void;
}

export interface PanelCtx {
  net: Net;
  view: GameView;
  seat: string | null;
  shell: Shell;
  map: MapHandle | undefined;
  /** What the engine says this seat may do now (empty until the scenario's rules load). */
  legal: Action[];
  /** The panels' own state, the match screen's: dropped with it. */
  state: PanelState;
  rerender(): void;
}
