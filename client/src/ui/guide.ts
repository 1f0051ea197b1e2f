import type { GameView } from "@cs/shared";
import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

/**
 * The guided first turn: a few steps (what to look at, how to propose a treaty, how to give
 * orders) shown once per browser, skippable at any step.
 */
const KEY = "cs.guide.done";
const GUIDE_STEPS = ["look", "treaty", "orders", "ready"] as const;
type Step = (typeof GUIDE_STEPS)[number];
const TAB_OF: Record<Step, "news" | "diplomacy" | "orders" | undefined> = {
  look: "news",
  treaty: "diplomacy",
  orders: "orders",
  ready: undefined,
};

/** What each step points at on the screen: its tab, and the Ready button. */
const SPOT_OF: Record<Step, string> = {
  look: "tab-news",
  treaty: "tab-diplomacy",
  orders: "tab-orders",
  ready: "ready",
};

let step = 0;

/**
 * Light up the element the step speaks of, and only it: an attribute on the page that the
 * style sheet reads, so that it survives the screen drawing its tabs anew.
 */
function spot(s: Step | undefined): void {
  if (s) document.body.dataset["guide"] = SPOT_OF[s];
  else delete document.body.dataset["guide"];
}

export function maybeGuide(
  view: GameView,
  seat: string | null,
  select: (tab: "news" | "diplomacy" | "orders") => void,
): void {
  if (!seat || localStorage.getItem(KEY) || document.getElementById("guide")) return;
  if (view.phase === "ended") return;
  const box = h("div", {
    id: "guide",
    class: "guide",
    role: "dialog",
    "aria-labelledby": "guide-title",
  });
  document.body.append(box);
  draw(box, select);
}

function done(box: HTMLElement): void {
  localStorage.setItem(KEY, "1");
  spot(undefined);
  box.remove();
}

function draw(box: HTMLElement, select: (tab: "news" | "diplomacy" | "orders") => void): void {
  const s = GUIDE_STEPS[step] ?? "look";
  const tab = TAB_OF[s];
  if (tab) select(tab);
  spot(s);
  box.replaceChildren(
    h("h2", { id: "guide-title" }, t("guide.title", { n: step + 1, of: GUIDE_STEPS.length })),
    h("p", {}, t(`guide.${s}`)),
    h(
      "div",
      { class: "guide-actions" },
      h("button", { type: "button", id: "guide-skip", onclick: () => done(box) }, t("guide.skip")),
      step < GUIDE_STEPS.length - 1
        ? h(
            "button",
            {
              type: "button",
              class: "primary",
              id: "guide-next",
              onclick: () => {
                step += 1;
                draw(box, select);
              },
            },
            t("guide.next"),
          )
        : h(
            "button",
            { type: "button", class: "primary", id: "guide-done", onclick: () => done(box) },
            t("guide.done"),
          ),
    ),
  );
  box.querySelector<HTMLButtonElement>(".primary")?.focus();
}
