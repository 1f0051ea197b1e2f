import { t } from "../../i18n/index.ts";
import { h, replaceContent } from "../dom.ts";
import type { PanelCtx } from "./screen.ts";

export function renderDiplomacy(panel: HTMLElement, _c: PanelCtx): void {
  replaceContent(panel, h("p", {}, t("tab.diplomacy")));
}
