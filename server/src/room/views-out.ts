import type { Client } from "@colyseus/core";
import { objectivesScope, type Viewer } from "@cs/shared";
import type { Match } from "../match/match.ts";
import { stage } from "../stats.ts";
import type { ClientData } from "./clientData.ts";
import { objectivesMessage } from "./objectives.ts";

/** How long a broadcast holds the event loop before it lets other matches' messages in (ms). */
const SLICE_MS = 0.3;

/** What sending views needs of the room. */
export interface ViewsHost {
  readonly match: Match;
  data(client: Client): ClientData | undefined;
  viewerOf(client: Client, data: ClientData): Viewer;
}

/** Each client its own view: computed once per viewer, then full or a patch per client. */
export function sendViews(host: ViewsHost, clients: Iterable<Client>, full: boolean): void {
  const views = host.match.views();
  const { state } = host.match;
  for (const client of clients) {
    const data = host.data(client);
    if (!data) continue;
    const viewer = host.viewerOf(client, data);
    // The objectives it may know come first, whenever that set changed.
    if (data.objectives !== objectivesScope(state, viewer)) {
      const o = objectivesMessage(host.match.game.scenario.objectives, state, viewer);
      data.objectives = o.scope;
      client.send("objectives", o.body);
    }
    const m = data.views.next(views, viewer, full);
    if (m) client.send(m.type, m.body);
  }
}

/**
 * Everyone's views after a change, one connection at a time once a slice of the event loop
 * is spent: between slices the process takes other matches' actions, whose acks then wait
 * for one slice rather than for this whole broadcast. A connection sent its view later gets
 * the state of that moment (each stream diffs from what it holds), so nothing goes stale.
 */
export async function broadcastViews(
  host: ViewsHost,
  clients: readonly Client[],
  full: boolean,
): Promise<void> {
  let busy = 0;
  let t0 = performance.now();
  for (const client of clients) {
    if (performance.now() - t0 > SLICE_MS) {
      busy += performance.now() - t0;
      await new Promise((next) => setImmediate(next));
      t0 = performance.now();
    }
    sendViews(host, [client], full);
  }
  stage("broadcast", busy + performance.now() - t0);
}
