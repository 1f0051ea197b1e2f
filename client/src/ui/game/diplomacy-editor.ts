import {
  CLAUSE_KINDS,
  TURN_COUNT,
  checkDraft,
  turnLabel,
  type Action,
  type ClauseKind,
} from "@cs/shared";
import { formatTurnLabel } from "../../i18n/format.ts";
import { lang, powerName, t } from "../../i18n/index.ts";
import { formatList } from "../../i18n/format.ts";
import { announce, h } from "../dom.ts";
import { outlookSection } from "./outlook.ts";
import { ruleLink } from "../rules.ts";
import { actingMayPropose } from "../../net/rules.ts";
import { refusalText } from "../../net/refusal-text.ts";
import { clauseFields } from "./clause-fields.ts";
import { normalise } from "./clause-text.ts";
import {
  defaultClause,
  emptyEditor,
  toDraft,
  toggleParty,
  type EditorState,
} from "./editor-model.ts";
import { problemText, treatyName, warningText } from "./names.ts";
import { treatyDocument } from "./treaty-doc.ts";
import { act } from "./diplomacy-state.ts";
import type { PanelCtx } from "./panel.ts";

/**
 * When the treaty enters into force (on ratification, or from a later turn) and how it ends:
 * turns before it may be denounced, the notice, and whether it survives a party's breach or
 * disappearance. Denouncing against these terms is a breach (RULES.md §5).
 */
function entryAndEnd(ed: EditorState, turn: number, changed: () => void): HTMLElement {
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
 * The treaty editor: parties, articles of every kind the engine knows with their conditions,
 * duration and secrecy; a live preview as a typed document; the engine's warnings and
 * refusal (checkDraft) before anything is proposed.
 */
export function editorSection(c: PanelCtx, seat: string): HTMLElement {
  const { view } = c;
  // In a class, only the foreign minister puts treaties on the table (the server refuses others).
  if (!actingMayPropose())
    return h(
      "section",
      { "aria-labelledby": "editor-title", class: "editor-section" },
      h("h2", { id: "editor-title" }, t("dip.editor")),
      h("p", { class: "hint", id: "editor-role" }, t("class:student.proposeRole")),
    );
  const ed = (c.state.dip.editor ??= emptyEditor(seat));
  const open = view.phase === "news" || view.phase === "diplomacy";
  const fallback = t("dip.defaultName", { parties: formatList(ed.parties.map(powerName), lang()) });
  const { draft, error: shapeError } = toDraft(ed, fallback);
  const check = draft && c.net.rules ? checkDraft(view, seat, draft, c.net.rules) : undefined;
  const others = Object.keys(view.powers).filter((p) => p !== seat && view.powers[p]?.alive);
  const changed = () => c.rerender();
  const editable = h(
    "form",
    {
      class: "editor",
      id: "treaty-editor",
      onsubmit: (e: Event) => {
        e.preventDefault();
        // The draft as the fields hold it now: a name typed since the last render counts.
        const now = toDraft(ed, fallback).draft;
        if (!now) return;
        const action: Action = ed.counterOf
          ? { type: "counter", treaty: ed.counterOf, draft: now }
          : { type: "propose", draft: now };
        void act(c, action).then((ok) => {
          if (!ok) return;
          c.state.dip.message = t("dip.proposed");
          announce(c.state.dip.message);
          c.state.dip.editor = emptyEditor(seat);
          c.rerender();
        });
      },
    },
    ed.counterOf
      ? h("p", { class: "hint" }, t("dip.counterOf", { name: treatyName(view, ed.counterOf) }))
      : null,
    h(
      "label",
      { for: "treaty-name" },
      t("dip.name"),
      h("input", {
        id: "treaty-name",
        maxlength: 120,
        value: ed.name,
        placeholder: fallback,
        oninput: (e: Event) => {
          ed.name = (e.target as HTMLInputElement).value;
        },
        onchange: changed,
      }),
    ),
    h(
      "fieldset",
      { class: "inline" },
      h("legend", {}, t("dip.parties")),
      h(
        "label",
        { class: "check" },
        h("input", { type: "checkbox", checked: true, disabled: true }),
        powerName(seat),
      ),
      others.map((p) =>
        h(
          "label",
          { class: "check" },
          h("input", {
            type: "checkbox",
            class: "party",
            value: p,
            id: `party-${p}`,
            checked: ed.parties.includes(p),
            onchange: (e: Event) => {
              c.state.dip.editor = toggleParty(ed, p, (e.target as HTMLInputElement).checked, seat);
              changed();
            },
          }),
          powerName(p),
        ),
      ),
    ),
    h("h3", {}, t("dip.clauses")),
    h(
      "ol",
      { class: "clause-list" },
      ed.clauses.map((cl, i) =>
        h(
          "li",
          { class: "clause-edit card", "data-kind": cl.kind },
          h(
            "h4",
            {},
            t(`clause.${cl.kind}.name`),
            ruleLink(`clause.${cl.kind}`, t(`clause.${cl.kind}.name`)),
          ),
          clauseFields(cl, {
            id: `cl-${i}`,
            view,
            parties: ed.parties,
            clauses: ed.clauses,
            changed,
          }),
          h(
            "label",
            { class: "check" },
            h("input", {
              type: "checkbox",
              class: "secret",
              id: `cl-${i}-secret`,
              checked: (cl as { secret?: boolean }).secret === true,
              onchange: (e: Event) => {
                (cl as { secret?: boolean }).secret = (e.target as HTMLInputElement).checked;
                changed();
              },
            }),
            t("dip.secret"),
          ),
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                ed.clauses.splice(i, 1);
                changed();
              },
            },
            t("dip.remove"),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "add-clause" },
      h(
        "label",
        { for: "clause-kind" },
        t("dip.clauseKind"),
        h(
          "select",
          {
            id: "clause-kind",
            onchange: (e: Event) => {
              c.state.dip.newKind = (e.target as HTMLSelectElement).value as ClauseKind;
            },
          },
          CLAUSE_KINDS.map((k) =>
            h("option", { value: k, selected: k === c.state.dip.newKind }, t(`clause.${k}.name`)),
          ),
        ),
      ),
      h(
        "button",
        {
          type: "button",
          id: "add-clause",
          onclick: () => {
            ed.clauses.push(defaultClause(c.state.dip.newKind, ed.parties, seat));
            changed();
          },
        },
        t("dip.addClause"),
      ),
    ),
    h(
      "label",
      { for: "treaty-duration" },
      t("dip.duration"),
      h("input", {
        id: "treaty-duration",
        type: "number",
        min: 1,
        max: 40,
        value: ed.duration ?? "",
        oninput: (e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          ed.duration = v ? Number(v) : undefined;
        },
        onchange: (e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          ed.duration = v ? Number(v) : undefined;
          changed();
        },
      }),
    ),
    entryAndEnd(ed, view.turn, changed),
    check?.warnings.length
      ? h(
          "div",
          { class: "warnings", role: "note" },
          h("h4", {}, t("dip.warnings")),
          h(
            "ul",
            {},
            check.warnings.map((w) => h("li", {}, warningText(view, w))),
          ),
        )
      : null,
    // Would this treaty change the aggressor's mind? The engine's weighing, with the draft in force.
    draft && !check?.error ? outlookSection(view, c.net.rules, draft) : null,
    check?.error
      ? h(
          "p",
          { class: "error", role: "alert" },
          t("dip.refused", { message: refusalText(check.error.code, check.error.message) }),
        )
      : null,
    ed.clauses.length > 0 && shapeError
      ? h("p", { class: "hint", id: "draft-incomplete" }, problemText(ed, shapeError))
      : null,
    h(
      "div",
      { class: "choices" },
      h(
        "button",
        {
          type: "submit",
          id: "propose",
          class: "primary",
          disabled: !open || !draft || !!check?.error,
          // Pressing the button must not blur the field being typed in: the blur's change
          // redraws the form, and the click would land on a button no longer in the page
          // (the first Propose after typing a title was lost). Focus stays; the click submits.
          onmousedown: (e: Event) => e.preventDefault(),
        },
        ed.counterOf ? t("dip.counter") : t("dip.propose"),
      ),
      ed.counterOf
        ? h(
            "button",
            {
              type: "button",
              onclick: () => {
                c.state.dip.editor = emptyEditor(seat);
                changed();
              },
            },
            t("dip.cancelCounter"),
          )
        : null,
    ),
    c.state.dip.message ? h("p", { class: "hint", role: "status" }, c.state.dip.message) : null,
  );
  return h(
    "section",
    { "aria-labelledby": "editor-title", class: "editor-section" },
    h("h2", { id: "editor-title" }, t("dip.editor")),
    open ? null : h("p", { class: "hint" }, t("dip.editorClosed")),
    editable,
    draft
      ? h(
          "div",
          { class: "preview", "aria-label": t("dip.preview") },
          treatyDocument({
            name: draft.name,
            parties: draft.parties,
            clauses: draft.clauses.map(normalise),
            duration: draft.duration,
            entry: draft.entry,
            ends: draft.ends,
            nameOf: (id) => treatyName(view, id),
          }),
        )
      : null,
  );
}
