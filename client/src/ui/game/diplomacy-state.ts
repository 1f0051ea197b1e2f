import type { Action } from "@cs/shared";
import { t } from "../../i18n/index.ts";
import { announce } from "../dom.ts";
import type { EditorState } from "./editor-model.ts";
import type { PanelCtx } from "./screen.ts";
import { refusalText } from "../../net/refusal-text.ts";

/** State the diplomacy panel keeps across re-renders: the draft being edited, the last word. */
export const dip: { editor: EditorState | undefined; seat: string | undefined; message: string } = {
  editor: undefined,
  seat: undefined,
  message: "",
};

/** Send an action; a refusal is shown and announced to screen readers. */
export async function act(c: PanelCtx, action: Action): Promise<boolean> {
  const r = await c.net.act(action);
  if (!r.ok) {
    dip.message = t("dip.refused", { message: refusalText(r.code, r.message) });
    announce(dip.message);
    c.rerender();
  }
  return r.ok;
}
