import { diffView, viewFor, type GameState, type GameView, type Viewer } from "@cs/shared";
import type { Client } from "@colyseus/core";
import type { ClientData } from "./clientData.ts";

/**
 * Each client receives only its own view: in full on join or when its viewer changes, then
 * the operations from the view it holds to the new one. Views are computed once per viewer.
 */
export function sendViews(clients: Iterable<Client>, state: GameState, full = false): void {
  const cache = new Map<Viewer, GameView>();
  for (const client of clients) {
    const data = client.userData as ClientData | undefined;
    if (!data) continue;
    // A class's teacher (the host of a class match) sees everything; the big screen is a spectator.
    const viewer: Viewer = data.teacher ? "teacher" : (data.seat ?? "spectator");
    let view = cache.get(viewer);
    if (!view) {
      view = viewFor(state, viewer);
      cache.set(viewer, view);
    }
    const last = data.last;
    if (full || !last || last.viewer !== viewer) {
      client.send("view", { stateId: state.stateId, view });
    } else if (last.stateId !== state.stateId || last.view !== view) {
      const ops = diffView(last.view, view);
      if (ops.length > 0) client.send("patch", { stateId: state.stateId, from: last.stateId, ops });
    }
    data.last = { viewer, stateId: state.stateId, view };
  }
}
