import { h } from "./dom.ts";

let seq = 0;

/**
 * A term with a plain-language explanation, reachable by mouse and keyboard: the term is a
 * focusable button described by a tooltip (role="tooltip") shown on hover and focus (CSS).
 */
export function tip(term: string, text: string): HTMLElement {
  const id = `tip-${++seq}`;
  return h(
    "span",
    { class: "tip" },
    h("button", { type: "button", class: "tip-term", "aria-describedby": id }, term),
    h("span", { role: "tooltip", id, class: "tip-text" }, text),
  );
}
