import { CLAUSE_KINDS, checkDraft, type Action, type ClauseKind } from "@cs/shared";
import { powerName, powerParams, t } from "../../i18n/index.ts";
import { announce, h } from "../dom.ts";
import { outlookSection } from "./outlook.ts";
import { ruleLink } from "../rules.ts";
import { actingMayPropose } from "../../net/rules.ts";
import { refusalText } from "../../net/refusal-text.ts";
import { clauseFields } from "./clause-fields.ts";
import { normalise } from "./clause-text.ts";
import { defaultClause, emptyEditor, toDraft, toggleParty } from "./editor-model.ts";
import { problemText, treatyName, warningText } from "./names.ts";
import { treatyDocument } from "./treaty-doc.ts";
import { entryAndEnd, lapseHint } from "./editor-terms.ts";
import { act } from "./diplomacy-state.ts";
import type { PanelCtx } from "./panel.ts";

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
  const fallback = t("dip.defaultName", powerParams("parties", ed.parties));
  const { draft, error: shapeError } = toDraft(ed, fallback);
  const check = draft && c.net.rules ? checkDraft(view, seat, draft, c.net.rules) : undefined;
  // A state exists on the map: the Nationalists have no region before the rising of 1936.
  const onMap = new Set(Object.values(view.regions).map((r) => r.controller ?? r.owner));
  const others = Object.keys(view.powers).filter(
    (p) => p !== seat && view.powers[p]?.alive && onMap.has(p),
  );
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
          // The emptied form is much shorter: bring its notice into view, not the list below.
          document.getElementById("dip-message")?.scrollIntoView({ block: "center" });
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
    lapseHint(view.turn, ed.duration),
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
    c.state.dip.message
      ? h("p", { class: "hint", id: "dip-message", role: "status" }, c.state.dip.message)
      : null,
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
