import {
  CLAUSE_KINDS,
  checkDraft,
  signatureWarnings,
  type Action,
  type ClauseKind,
  type Treaty,
} from "@cs/shared";
import { lang, powerName, t } from "../../i18n/index.ts";
import { formatList } from "../../i18n/format.ts";
import { announce, h, replaceContent } from "../dom.ts";
import { ruleLink } from "../rules.ts";
import { asState } from "../../net/rules.ts";
import { clauseFields } from "./clause-fields.ts";
import { diffTreaties, normalise, treatyDate } from "./clause-text.ts";
import {
  defaultClause,
  emptyEditor,
  fromTreaty,
  toDraft,
  toggleParty,
  type EditorState,
} from "./editor-model.ts";
import { treatyDocument } from "./treaty-doc.ts";
import type { PanelCtx } from "./screen.ts";

let editor: EditorState | undefined;
let editorSeat: string | undefined;
let newKind: ClauseKind = "nonAggression";
let message = "";

const offered = (legal: readonly Action[], type: Action["type"], treaty: string) =>
  legal.some((a) => a.type === type && "treaty" in a && a.treaty === treaty);

/** Diplomacy: proposals awaiting an answer, the treaty editor, and the treaties known. */
export function renderDiplomacy(panel: HTMLElement, c: PanelCtx): void {
  const { view, seat } = c;
  if (seat && editorSeat !== seat) {
    editor = emptyEditor(seat);
    editorSeat = seat;
  }
  const treaties = Object.values(view.treaties);
  const proposals = treaties.filter(
    (tr) => tr.status === "proposed" && seat && tr.parties.includes(seat),
  );
  const known = treaties.filter((tr) => tr.status !== "proposed");
  replaceContent(
    panel,
    h(
      "section",
      { "aria-labelledby": "inbox-title" },
      h("h2", { id: "inbox-title" }, t("dip.inbox")),
      proposals.length === 0
        ? h("p", { class: "hint" }, t("dip.noProposals"))
        : proposals.map((tr) => proposalCard(tr, c)),
    ),
    seat ? editorSection(c, seat) : null,
    h(
      "section",
      { "aria-labelledby": "treaties-title" },
      h("h2", { id: "treaties-title" }, t("dip.inForce")),
      known.length === 0
        ? h("p", { class: "hint" }, t("dip.none"))
        : known.map((tr) => knownTreaty(tr, c)),
    ),
  );
}

function docOf(tr: Treaty): HTMLElement {
  return treatyDocument({
    id: tr.id,
    name: tr.name,
    parties: tr.parties,
    clauses: tr.clauses,
    duration: tr.duration,
    status: tr.status,
    signatures: tr.signatures,
    date: treatyDate(tr),
  });
}

async function act(c: PanelCtx, action: Action): Promise<boolean> {
  const r = await c.net.act(action);
  if (!r.ok) {
    message = t("dip.refused", { message: t(`errors.${r.code}`, { defaultValue: r.message }) });
    announce(message);
    c.rerender();
  }
  return r.ok;
}

function proposalCard(tr: Treaty, c: PanelCtx): HTMLElement {
  const { view, seat, legal } = c;
  const countered = tr.counters ? view.treaties[tr.counters] : undefined;
  const diff = countered ? diffTreaties(countered, tr) : undefined;
  const warnings =
    seat && c.net.rules
      ? safe(() => signatureWarnings(asState(view), seat, tr.id, c.net.rules!))
      : [];
  return h(
    "div",
    { class: "card proposal", "data-proposal": tr.id },
    h(
      "p",
      { class: "hint" },
      t("dip.proposedBy", { power: tr.proposer === "system" ? "—" : powerName(tr.proposer) }),
    ),
    docOf(tr),
    diff
      ? h(
          "div",
          { class: "diff" },
          h("h4", {}, t("dip.changes")),
          h(
            "ul",
            {},
            diff.parties
              ? h(
                  "li",
                  {},
                  t("dip.partiesChanged", {
                    before: formatList(diff.parties.before.map(powerName), lang()),
                    after: formatList(diff.parties.after.map(powerName), lang()),
                  }),
                )
              : null,
            diff.duration
              ? h(
                  "li",
                  {},
                  t("dip.durationChanged", {
                    before: String(diff.duration.before ?? "∞"),
                    after: String(diff.duration.after ?? "∞"),
                  }),
                )
              : null,
            diff.added.map((x) => h("li", {}, h("ins", {}, t("dip.added", { text: x })))),
            diff.removed.map((x) => h("li", {}, h("del", {}, t("dip.removed", { text: x })))),
          ),
        )
      : null,
    warnings.length
      ? h(
          "div",
          { class: "warnings", role: "note" },
          h("h4", {}, t("dip.warnings")),
          h(
            "ul",
            {},
            warnings.map((w) => h("li", {}, w.message)),
          ),
        )
      : null,
    h(
      "div",
      { class: "choices" },
      offered(legal, "sign", tr.id) && !(seat && tr.signatures.includes(seat))
        ? h(
            "button",
            {
              type: "button",
              class: "primary sign",
              "data-treaty": tr.id,
              onclick: () => void act(c, { type: "sign", treaty: tr.id }),
            },
            t("dip.sign"),
          )
        : null,
      offered(legal, "reject", tr.id) && tr.proposer !== seat
        ? h(
            "button",
            {
              type: "button",
              class: "reject",
              onclick: () => void act(c, { type: "reject", treaty: tr.id }),
            },
            t("dip.reject"),
          )
        : null,
      offered(legal, "withdraw", tr.id) && tr.proposer === seat
        ? h(
            "button",
            { type: "button", onclick: () => void act(c, { type: "withdraw", treaty: tr.id }) },
            t("dip.withdraw"),
          )
        : null,
      tr.proposer !== seat
        ? h(
            "button",
            {
              type: "button",
              class: "counter",
              onclick: () => {
                editor = fromTreaty(tr);
                c.rerender();
                document.getElementById("editor-title")?.scrollIntoView();
              },
            },
            t("dip.counterThis"),
          )
        : null,
    ),
  );
}

function knownTreaty(tr: Treaty, c: PanelCtx): HTMLElement {
  return h(
    "div",
    { class: "card known" },
    docOf(tr),
    offered(c.legal, "reveal", tr.id)
      ? h(
          "button",
          { type: "button", onclick: () => void act(c, { type: "reveal", treaty: tr.id }) },
          t("dip.reveal"),
        )
      : null,
  );
}

function safe<T>(f: () => T[]): T[] {
  try {
    return f();
  } catch {
    return [];
  }
}

function editorSection(c: PanelCtx, seat: string): HTMLElement {
  const { view } = c;
  const ed = (editor ??= emptyEditor(seat));
  const open = view.phase === "news" || view.phase === "diplomacy";
  const fallback = t("dip.defaultName", { parties: formatList(ed.parties.map(powerName), lang()) });
  const { draft, error: shapeError } = toDraft(ed, fallback);
  const check =
    draft && c.net.rules ? checkDraft(asState(view), seat, draft, c.net.rules) : undefined;
  const others = Object.keys(view.powers).filter((p) => p !== seat && view.powers[p]?.alive);
  const changed = () => c.rerender();
  const editable = h(
    "form",
    {
      class: "editor",
      id: "treaty-editor",
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!draft) return;
        const action: Action = ed.counterOf
          ? { type: "counter", treaty: ed.counterOf, draft }
          : { type: "propose", draft };
        void act(c, action).then((ok) => {
          if (!ok) return;
          message = t("dip.proposed");
          announce(message);
          editor = emptyEditor(seat);
          c.rerender();
        });
      },
    },
    ed.counterOf
      ? h(
          "p",
          { class: "hint" },
          t("dip.counterOf", { name: view.treaties[ed.counterOf]?.name ?? ed.counterOf }),
        )
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
              editor = toggleParty(ed, p, (e.target as HTMLInputElement).checked, seat);
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
          clauseFields(cl, { id: `cl-${i}`, view, parties: ed.parties, changed }),
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
              newKind = (e.target as HTMLSelectElement).value as ClauseKind;
            },
          },
          CLAUSE_KINDS.map((k) =>
            h("option", { value: k, selected: k === newKind }, t(`clause.${k}.name`)),
          ),
        ),
      ),
      h(
        "button",
        {
          type: "button",
          id: "add-clause",
          onclick: () => {
            ed.clauses.push(defaultClause(newKind, ed.parties, seat));
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
        onchange: (e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          ed.duration = v ? Number(v) : undefined;
          changed();
        },
      }),
    ),
    check?.warnings.length
      ? h(
          "div",
          { class: "warnings", role: "note" },
          h("h4", {}, t("dip.warnings")),
          h(
            "ul",
            {},
            check.warnings.map((w) => h("li", {}, w.message)),
          ),
        )
      : null,
    check?.error
      ? h(
          "p",
          { class: "error", role: "alert" },
          t("dip.refused", { message: check.error.message }),
        )
      : null,
    ed.clauses.length > 0 && shapeError ? h("p", { class: "hint" }, shapeError) : null,
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
        },
        ed.counterOf ? t("dip.counter") : t("dip.propose"),
      ),
      ed.counterOf
        ? h(
            "button",
            {
              type: "button",
              onclick: () => {
                editor = emptyEditor(seat);
                changed();
              },
            },
            t("dip.cancelCounter"),
          )
        : null,
    ),
    message ? h("p", { class: "hint", role: "status" }, message) : null,
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
          }),
        )
      : null,
  );
}
