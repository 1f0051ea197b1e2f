import { turnLabel } from "@cs/shared";
import { lang, onLanguage, powerName, t } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import { h } from "../ui/dom.ts";
import type { ConnectionState } from "../net/net.ts";

/** A class string (assets/locales/{lang}/class.json). */
export const ct = (key: string, options?: Record<string, unknown>): string =>
  t(`class:${key}`, options);

export const turnText = (turn: number): string => formatTurnLabel(turnLabel(turn), lang());

/** A turn label that opens a line: "Premier semestre 1936 · …", "First half of 1936 · …". */
export const turnLine = (turn: number): string => {
  const text = turnText(turn);
  return text.charAt(0).toLocaleUpperCase(lang()) + text.slice(1);
};

/** A crisis choice by its label in the events locale (`event.<id>.choice.<choice>`). */
export const choiceLabel = (event: string, choice: string): string =>
  t(`events:event.${event}.choice.${choice}`, { defaultValue: choice });

export { powerName };

/** English / Français, as on the shell's header; every class page re-renders on a switch. */
export { languageSwitch } from "../ui/lang-switch.ts";

export { onLanguage };

/** A labelled button. */
export const button = (id: string, label: string, onclick: () => void, extra = ""): HTMLElement =>
  h("button", { type: "button", id, class: `btn ${extra}`.trim(), onclick }, label);

/** Trigger a file download of text made in the page (CSV, JSON). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Where the dashboard leaves the latest debrief for its page (the teacher's browser only). */
export const DEBRIEF_KEY = "cs.class.debrief";

/**
 * The page's connection, always in sight: connected, reconnecting by itself (after a drop or
 * a server restart), or lost (reload the page). `aria-live` announces the changes.
 */
export const connectionBadge = (state: ConnectionState | "lost"): HTMLElement => {
  const shown = BADGE[state];
  return h(
    "p",
    {
      class: "conn-badge",
      id: "conn-state",
      "data-state": shown,
      role: "status",
      "aria-live": "polite",
    },
    ct(`conn.${shown}`),
  );
};

/** The connection's state as a class page words it: before the join it is connecting. */
const BADGE = {
  idle: "connecting",
  connecting: "connecting",
  connected: "connected",
  reconnecting: "reconnecting",
  closed: "lost",
  lost: "lost",
} as const;
