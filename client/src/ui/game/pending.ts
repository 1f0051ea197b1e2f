import type { Action, GameView } from "@cs/shared";
import { powerName, t } from "../../i18n/index.ts";
import { h } from "../dom.ts";
import { decisionTitle } from "./decision-card.ts";
import { legalChoices, legalVotes } from "./model.ts";
import type { Tab } from "./panel.ts";

/**
 * What waits on this seat's answer, whatever tab is open: its unanswered decisions (a crisis,
 * an obligation to honour or break, an aggression to resist or submit to, a demand…) and the
 * League motions it may vote on and has not. The cards live on the Orders tab; the other tabs
 * carry a notice with a button to each, and the Orders tab a badge while any waits.
 */
export interface Pending {
  /** The card's id on the Orders tab: a decision's (data-decision) or a motion's (data-motion). */
  id: string;
  kind: "decision" | "vote";
  title: string;
  /** Answerable in this phase (a decision may open only in the Resolution). */
  open: boolean;
  /** When it opens, if not now. */
  later?: string;
}

export function pendingItems(
  view: GameView,
  seat: string | null,
  legal: readonly Action[],
): Pending[] {
  if (!seat) return [];
  const out: Pending[] = [];
  for (const d of Object.values(view.decisions)) {
    if (d.power !== seat || d.choice !== undefined) continue;
    const open = legalChoices(legal, d.id).length > 0;
    out.push({
      id: d.id,
      kind: "decision",
      title: decisionTitle(d),
      open,
      ...(open ? {} : { later: t(`card:opensIn.${d.due}`) }),
    });
  }
  for (const m of Object.values(view.motions)) {
    if (m.status !== "tabled" || m.votes[seat] || legalVotes(legal, m.id).length === 0) continue;
    const motion = t("ord.motion", {
      kind: t(`ord.motionKind.${m.kind}`),
      target: powerName(m.target),
      body: t(`ord.body.${m.body}`),
    });
    out.push({ id: m.id, kind: "vote", title: t("pending.vote", { motion }), open: true });
  }
  return out;
}

/** What arrived on each tab: proposals to sign, answers awaited, news, messages. */
export function tabCounts(
  view: GameView,
  seat: string | null,
  pending: readonly Pending[],
  chat: ReadonlyArray<{ from: string }>,
): Record<Tab, number> {
  const proposals = Object.values(view.treaties).filter(
    (tr) =>
      tr.status === "proposed" &&
      seat &&
      tr.parties.includes(seat) &&
      !tr.signatures.includes(seat),
  ).length;
  return {
    diplomacy: proposals,
    orders: pending.length,
    news: view.news.length,
    chat: chat.filter((m) => m.from !== seat).length,
  };
}

/** The notice at the top of a tab other than Orders: each waiting answer, with a way to it. */
export function pendingNotice(
  items: readonly Pending[],
  show: (id: string) => void,
): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    "section",
    { class: "pending-notice", id: "pending-notice", "aria-labelledby": "pending-title" },
    h("h2", { id: "pending-title" }, t("pending.title", { count: items.length })),
    h(
      "ul",
      {},
      items.map((p) =>
        h(
          "li",
          { "data-pending": p.id, "data-kind": p.kind },
          h("span", { class: "pending-what" }, p.title),
          p.later ? h("span", { class: "hint" }, ` ${p.later}`) : null,
          " ",
          h(
            "button",
            { type: "button", class: "pending-open", onclick: () => show(p.id) },
            p.open ? t("pending.answer") : t("pending.read"),
          ),
        ),
      ),
    ),
  );
}

/** On the Orders tab: bring the card into view, mark it a moment, and put focus on it. */
export function showCard(panel: HTMLElement, id: string, smooth: boolean): void {
  const card = panel.querySelector<HTMLElement>(
    `[data-decision="${CSS.escape(id)}"], [data-motion="${CSS.escape(id)}"]`,
  );
  if (!card) return;
  card.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
  card.classList.add("called");
  window.setTimeout(() => card.classList.remove("called"), 2000);
  const button = card.querySelector<HTMLButtonElement>("button:not([disabled])");
  if (button) button.focus({ preventScroll: true });
  else {
    card.tabIndex = -1;
    card.focus({ preventScroll: true });
  }
}
