import type { ClauseKind } from "@cs/shared";
import type { EditorState } from "./editor-model.ts";

/**
 * What the match screen's panels keep across re-renders: the treaty being drafted, the chat
 * channel and the line being typed, the order picked in each list, the last word of a
 * refusal, the score when each turn began. It belongs to one match screen and is dropped with
 * it: nothing of a match is carried into the next one.
 */
export interface PanelState {
  readonly dip: {
    editor: EditorState | undefined;
    seat: string | undefined;
    message: string;
    /** The clause kind the "add a clause" list offers first. */
    newKind: ClauseKind;
  };
  readonly chat: { current: string; opened: string[]; draft: string; picking: string[] };
  readonly orders: { picked: Map<string, number>; message: string };
  /** This seat's score at the start of each turn seen, to show the turn's change. */
  readonly scores: Map<number, number>;
}

export function newPanelState(): PanelState {
  return {
    dip: { editor: undefined, seat: undefined, message: "", newKind: "nonAggression" },
    chat: { current: "public", opened: [], draft: "", picking: [] },
    orders: { picked: new Map(), message: "" },
    scores: new Map(),
  };
}
