import { TURN_COUNT, turnLabel } from "@cs/shared";
import { formatTurnLabel } from "../../i18n/format.ts";
import { lang, t } from "../../i18n/index.ts";
import { h } from "../dom.ts";
import type { EditorState } from "./editor-model.ts";

/* The treaty editor's terms: entry into force, how it ends, and when it lapses. */

/**
 * When the treaty enters into force (on ratification, or from a later turn) and how it ends:
 * turns before it may be denounced, the notice, and whether it survives a party's breach or
 * disappearance. Denouncing against these terms is a breach (RULES.md §5).
 */
export function entryAndEnd(ed: EditorState, turn: number, changed: () => void): HTMLElement {
  const ends = (ed.ends ??= {});
  const num = (id: string, key: "lockedFor" | "notice", label: string) =>
    h(
      "label",
      { for: id },
      label,
      h("input", {
        id,
        type: "number",
        min: 0,
        max: key === "notice" ? 20 : 40,
        value: ends[key] ?? "",
        onchange: (e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          if (v === "") delete ends[key];
          else ends[key] = Number(v);
          changed();
        },
      }),
    );
  const survives = (id: string, key: "onBreach" | "onPartyGone", label: string) =>
    h(
      "label",
      { class: "check" },
      h("input", {
        type: "checkbox",
        id,
        checked: ends[key] === "survives",
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) ends[key] = "survives";
          else delete ends[key];
          changed();
        },
      }),
      label,
    );
  return h(
    "fieldset",
    { class: "entry-end" },
    h("legend", {}, t("dip.entryEnd")),
    h(
      "label",
      { for: "treaty-entry" },
      t("dip.field.entryOn"),
      h(
        "select",
        {
          id: "treaty-entry",
          onchange: (e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            ed.entryOn = v || undefined;
            changed();
          },
        },
        h("option", { value: "" }, t("dip.field.onRatification")),
        Array.from({ length: TURN_COUNT }, (_, i) => i)
          .filter((i) => i > turn)
          .map((i) =>
            h(
              "option",
              { value: turnLabel(i), selected: ed.entryOn === turnLabel(i) },
              formatTurnLabel(turnLabel(i), lang()),
            ),
          ),
      ),
    ),
    num("treaty-locked", "lockedFor", t("dip.field.lockedFor")),
    num("treaty-notice", "notice", t("dip.field.notice")),
    survives("treaty-survives-breach", "onBreach", t("dip.field.survivesBreach")),
    survives("treaty-survives-party", "onPartyGone", t("dip.field.survivesParty")),
  );
}

/**
 * When the treaty would lapse, said before it is proposed (no silent expiry: the Franco-Soviet
 * treaty once lapsed just before Munich on the pre-filled term). In force at the earliest from
 * this half-year, its last half-year is this one plus the term, less one.
 */
export function lapseHint(turn: number, duration: number | undefined): HTMLElement {
  if (!duration) return h("p", { class: "hint", id: "lapse-hint" }, t("dip.lapse.never"));
  const last = turn + duration - 1;
  const date = formatTurnLabel(turnLabel(last), lang());
  return last < TURN_COUNT - 1
    ? h(
        "p",
        { class: "warning-line", id: "lapse-hint", role: "note" },
        t("dip.lapse.soon", { date }),
      )
    : h("p", { class: "hint", id: "lapse-hint" }, t("dip.lapse.after", { date }));
}
