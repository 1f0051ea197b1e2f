/**
 * A tiny hyperscript helper: panels are plain DOM, built from functions, so they stay
 * accessible (real buttons, labels, headings) and testable in a browser without a framework.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") {
      el.addEventListener(k.slice(2).toLowerCase(), v);
    } else if (k === "class") {
      el.className = String(v);
    } else if (v === true) {
      el.setAttribute(k, "");
    } else {
      el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el: Element, children: Array<Child | Child[]>): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "number" ? String(c) : c);
  }
}

/**
 * Replace a container's content while keeping keyboard focus and text selection on the
 * element with the same id: a view update must not throw the player out of a form field.
 */
export function replaceContent(container: Element, ...children: Array<Child | Child[]>): void {
  const active = document.activeElement;
  const id = active && container.contains(active) ? active.id : "";
  const sel: [number | null, number | null] | undefined =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? [active.selectionStart, active.selectionEnd]
      : undefined;
  const scroll = container.scrollTop;
  const anchor = scrollAnchor(container, id);
  container.replaceChildren();
  append(container, children);
  container.scrollTop = scroll;
  // Keep what the reader was looking at in place: content added above it (a proposal sent,
  // a treaty signed) must not push it away — the panel's scroll no longer jumps.
  const back = anchor && document.getElementById(anchor.id);
  if (anchor && back && container.contains(back))
    container.scrollTop += top(back, container) - anchor.top;
  if (!id) return;
  const again = document.getElementById(id);
  if (!again) return;
  again.focus({ preventScroll: true });
  if (sel && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement)) {
    try {
      again.setSelectionRange(sel[0], sel[1]);
    } catch {
      // number and checkbox inputs have no selection
    }
  }
}

const top = (el: Element, container: Element): number =>
  el.getBoundingClientRect().top - container.getBoundingClientRect().top;

/**
 * The element to hold in place across a re-render of a scrolled container: the focused one,
 * else the first element with an id whose box reaches the container's visible top.
 */
function scrollAnchor(
  container: Element,
  focused: string,
): { id: string; top: number } | undefined {
  if (container.scrollTop === 0 && !focused) return undefined;
  const el = focused
    ? document.getElementById(focused)
    : [...container.querySelectorAll("[id]")].find(
        (x) => x.getBoundingClientRect().bottom > container.getBoundingClientRect().top,
      );
  return el?.id ? { id: el.id, top: top(el, container) } : undefined;
}

/** A live region for short announcements to screen readers (refusals, phase changes). */
export function announce(text: string): void {
  const el = document.getElementById("announcer");
  if (el) el.textContent = text;
}

export function reducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
