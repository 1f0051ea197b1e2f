import { t } from "../../i18n/index.ts";
import { h } from "../dom.ts";
import type { PanelCtx } from "./screen.ts";

export function renderFinal(root: HTMLElement, _c: PanelCtx): void {
  root.querySelector(".final")?.remove();
  root.append(h("section", { class: "final" }, h("h2", {}, t("final.title"))));
}
