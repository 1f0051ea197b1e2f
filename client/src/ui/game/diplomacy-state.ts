import type { Action } from "@cs/shared";
import { t } from "../../i18n/index.ts";
import { announce } from "../dom.ts";
import type { PanelCtx } from "./panel.ts";
import { refusalText } from "../../net/refusal-text.ts";

/** Send an action; a refusal is shown and announced to screen readers. */
export async function act(c: PanelCtx, action: Action): Promise<boolean> {
  const r = await c.net.act(action);
  if (!r.ok) {
    c.state.dip.message = t("dip.refused", { message: refusalText(r.code, r.message) });
    announce(c.state.dip.message);
    c.rerender();
  }
  return r.ok;
}
