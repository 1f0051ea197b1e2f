import type { Action, GameView } from "@cs/shared";
import { powerName, t } from "../../i18n/index.ts";
import { formatList } from "../../i18n/format.ts";
import { lang } from "../../i18n/index.ts";
import { h } from "../dom.ts";
import { regionName } from "./names.ts";
import { orderLabel } from "./orders.ts";
import { orderTarget, type OrderAction } from "./model.ts";

/** The legal orders that name this region (attack it, fortify it, demand it…). */
export function offersAt(legal: readonly Action[], region: string): OrderAction[] {
  return legal.filter(
    (a): a is OrderAction =>
      a.type === "order" && (orderTarget(a.order).region ?? "").split(",").includes(region),
  );
}

/**
 * Facts of the region under the pointer or selected on the map, in HTML (readable by screen
 * readers, translatable), with the legal orders there when one is selected.
 */
export function regionInfo(
  view: GameView,
  region: string | null,
  selected: boolean,
  legal: readonly Action[],
  give: (a: Action) => void,
): HTMLElement | null {
  if (!region) return null;
  const r = view.regions[region];
  const l = lang();
  const offers = selected ? offersAt(legal, region) : [];
  return h(
    "div",
    { class: "region-info paper", role: "status", "aria-live": "polite" },
    h("h3", {}, regionName(region)),
    r
      ? h(
          "dl",
          {},
          r.owner ? [h("dt", {}, t("region.owner")), h("dd", {}, powerName(r.owner))] : null,
          r.controller && r.controller !== r.owner
            ? [h("dt", {}, t("region.controller")), h("dd", {}, powerName(r.controller))]
            : null,
          r.claims.length
            ? [h("dt", {}, t("region.claims")), h("dd", {}, formatList(r.claims.map(powerName), l))]
            : null,
          r.demilitarised
            ? [h("dt", {}, t("region.status")), h("dd", {}, t("region.demilitarised"))]
            : null,
          r.fortification > 0
            ? [h("dt", {}, t("region.fortification")), h("dd", {}, String(r.fortification))]
            : null,
        )
      : null,
    offers.length
      ? h(
          "div",
          { class: "choices" },
          offers.map((a) =>
            h("button", { type: "button", onclick: () => give(a) }, orderLabel(view, a.order)),
          ),
        )
      : null,
  );
}
