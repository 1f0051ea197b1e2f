import { t } from "../../i18n/index.ts";
import { h, replaceContent } from "../dom.ts";
import type { PanelCtx } from "./screen.ts";

export function renderOrders(panel: HTMLElement, _c: PanelCtx): void {
  replaceContent(panel, h("p", {}, t("tab.orders")));
}
