import {
  likelyConclusions,
  type Ctx,
  type GameView,
  type Outlook,
  type TreatyDraft,
} from "@cs/shared";
import { has, lang, powerName, powerParams, t } from "../../i18n/index.ts";
import { formatList, formatNumber } from "../../i18n/format.ts";
import { h } from "../dom.ts";

/**
 * "What Berlin is likely to conclude" (issue 10), in the orders panel and the treaty editor.
 * The client decides nothing: the outlook is the engine's weighing (shared/deterrence), asked
 * of this seat's view — its estimates, the treaties it can read — never of the truth.
 */
export function outlookSection(
  view: GameView,
  ctx: Ctx | undefined,
  draft?: TreatyDraft,
): HTMLElement | null {
  if (!ctx) return null;
  const list = likelyConclusions(view, ctx, draft);
  if (list.length === 0) return null;
  return h(
    "section",
    { class: "outlook", id: draft ? "outlook-draft" : "outlook", role: "note" },
    h("h3", {}, t("deterrence.title")),
    h("p", { class: "hint" }, t("deterrence.intro")),
    h(
      "ul",
      {},
      list.map((o) => outlookLine(o, draft !== undefined)),
    ),
  );
}

function capital(power: string): string {
  return has(`powers:${power}.capital`) ? t(`powers:${power}.capital`) : powerName(power);
}

function outlookLine(o: Outlook, withDraft: boolean): HTMLElement {
  const l = lang();
  const base = { capital: capital(o.aggressor), ...powerParams("victim", [o.victim]) };
  const reasons = o.reasons.map((r) =>
    t(`deterrence.reason.${r.code}`, r.power ? powerParams("power", [r.power]) : {}),
  );
  const d = withDraft ? o.withDraft : undefined;
  return h(
    "li",
    { class: `outlook-line verdict-${o.verdict}`, "data-aggressor": o.aggressor },
    h(
      "strong",
      {},
      t("deterrence.line", { ...base, verdict: t(`deterrence.verdict.${o.verdict}`) }),
    ),
    " ",
    t("deterrence.ratio", {
      ratio: formatNumber(o.ratio, l, 1),
      tolerance: formatNumber(o.tolerance, l, 1),
    }),
    reasons.length ? h("span", { class: "hint" }, ` (${formatList(reasons, l)})`) : null,
    d
      ? h(
          "p",
          { class: "with-draft" },
          t("deterrence.withDraft", {
            ...base,
            verdict: t(`deterrence.verdict.${d.verdict}`),
            ratio: formatNumber(d.ratio, l, 1),
          }),
        )
      : null,
  );
}
