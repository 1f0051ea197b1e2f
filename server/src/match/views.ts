import {
  diffView,
  viewFor,
  type GameState,
  type GameView,
  type ServerMessages,
  type Viewer,
} from "@cs/shared";

/** What a connection is sent: a full view or a patch from the view it holds. */
export type ViewMessage =
  { type: "view"; body: ServerMessages["view"] } | { type: "patch"; body: ServerMessages["patch"] };

/** Views computed once per viewer for one state, shared by every connection that sees it. */
export class ViewCache {
  private readonly state: GameState;
  private readonly views = new Map<Viewer, GameView>();

  constructor(state: GameState) {
    this.state = state;
  }

  get stateId(): number {
    return this.state.stateId;
  }

  get(viewer: Viewer): GameView {
    let view = this.views.get(viewer);
    if (!view) {
      view = viewFor(this.state, viewer);
      this.views.set(viewer, view);
    }
    return view;
  }
}

/**
 * One connection's stream of views: in full on join, when its viewer changes or when asked
 * (a rewind, a client that lost a patch), then the operations from the view it holds to the
 * new one — nothing when nothing it may see changed.
 */
export class ViewStream {
  private last: { viewer: Viewer; stateId: number; view: GameView } | undefined;

  next(views: ViewCache, viewer: Viewer, full = false): ViewMessage | undefined {
    const view = views.get(viewer);
    const stateId = views.stateId;
    const last = this.last;
    this.last = { viewer, stateId, view };
    if (full || !last || last.viewer !== viewer) {
      return { type: "view", body: { stateId, view } };
    }
    if (last.stateId === stateId && last.view === view) return undefined;
    const ops = diffView(last.view, view);
    return ops.length === 0
      ? undefined
      : { type: "patch", body: { stateId, from: last.stateId, ops } };
  }
}
