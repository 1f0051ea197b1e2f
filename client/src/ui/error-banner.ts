import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

/** Refusals that mean the thing asked for is already so: a second click on Take, Start, Propose. */
export function alreadyDone(
  code: string,
  net: { seat: string | null; match?: { status: string } | undefined },
): boolean {
  if (code === "ERR_SEAT_TAKEN" && net.seat) return true;
  if (code === "ERR_ALREADY_DONE" && net.match && net.match.status !== "lobby") return true;
  return code === "ERR_STALE_STATE";
}

/** The error banner: translated, dismissable, fading, never wider than its place. */
export function errorBanner(shell: { error: string; dismiss?: () => void }): HTMLElement | null {
  if (!shell.error) return null;
  return h(
    "p",
    { class: "error banner", role: "alert" },
    h("span", { class: "error-text" }, shell.error),
    shell.dismiss
      ? h(
          "button",
          {
            type: "button",
            class: "dismiss",
            "aria-label": t("errors.dismiss"),
            onclick: () => shell.dismiss?.(),
          },
          "×",
        )
      : null,
  );
}
