import {
  diffView,
  newLastingMemo,
  newViewMemo,
  viewFor,
  type GameState,
  type GameView,
  type LastingMemo,
  type ServerMessages,
  type Viewer,
} from "@cs/shared";
import { stage } from "../stats.ts";
import { Digests } from "./digest.ts";

/** What a connection is sent: a full view or a patch from the view it holds. */
export type ViewMessage =
  { type: "view"; body: ServerMessages["view"] } | { type: "patch"; body: ServerMessages["patch"] };

/**
 * A view's version: a digest of the view itself (48 bits, a safe integer; digest.ts). It
 * changes only when what that viewer sees changes, so it counts nothing the viewer cannot see —
 * the match's action counter would count others' hidden proposals and orders (issue 15). Being
 * of the view alone, it is the same after a restart or on another process.
 */
function viewVersion(view: GameView, digests = new Digests()): number {
  return digests.of(view);
}

/** What a match's views carry from one state to the next (see `ViewCache`). */
export interface ViewCarry {
  readonly digests: Digests;
  readonly lasting: LastingMemo;
}

export const newViewCarry = (): ViewCarry => ({
  digests: new Digests(),
  lasting: newLastingMemo(),
});

/**
 * Views (and their versions) computed once per viewer for one state, shared by every
 * connection. The viewers' views share what outsiders see alike (`newViewMemo`: other powers'
 * estimated records, treaties with their secret clauses cut), kept from the match's earlier
 * states while unchanged (`carry.lasting`); `carry.digests` remembers what earlier states' views
 * hashed. A new state's views and versions then cost what changed, not the whole map.
 */
export class ViewCache {
  readonly state: GameState;
  private readonly views = new Map<Viewer, { view: GameView; version: number }>();
  private readonly memo: ReturnType<typeof newViewMemo>;
  private readonly digests: Digests;

  constructor(state: GameState, carry: ViewCarry = newViewCarry()) {
    this.state = state;
    this.digests = carry.digests;
    this.memo = newViewMemo(carry.lasting);
  }

  private entry(viewer: Viewer): { view: GameView; version: number } {
    let e = this.views.get(viewer);
    if (!e) {
      const t0 = performance.now();
      const view = viewFor(this.state, viewer, this.memo);
      const t1 = performance.now();
      e = { view, version: viewVersion(view, this.digests) };
      stage("viewFor", t1 - t0);
      stage("digest", performance.now() - t1);
      this.views.set(viewer, e);
    }
    return e;
  }

  get(viewer: Viewer): GameView {
    return this.entry(viewer).view;
  }

  /** The version of this viewer's view: what its actions quote as `stateId`. */
  version(viewer: Viewer): number {
    return this.entry(viewer).version;
  }
}

/**
 * One connection's stream of views: in full on join, when its viewer changes or when asked
 * (a rewind, a client that lost a patch), then the operations from the view it holds to the
 * new one — nothing when nothing it may see changed.
 */
export class ViewStream {
  private last: { viewer: Viewer; version: number; view: GameView } | undefined;

  next(views: ViewCache, viewer: Viewer, full = false): ViewMessage | undefined {
    const view = views.get(viewer);
    const version = views.version(viewer);
    const last = this.last;
    this.last = { viewer, version, view };
    if (full || !last || last.viewer !== viewer) {
      return { type: "view", body: { stateId: version, view } };
    }
    if (last.version === version) return undefined;
    // Even without operations (the same view built in another key order) the client must
    // learn the version its actions now quote.
    const t0 = performance.now();
    const ops = diffView(last.view, view);
    stage("diff", performance.now() - t0);
    return { type: "patch", body: { stateId: version, from: last.version, ops } };
  }
}
