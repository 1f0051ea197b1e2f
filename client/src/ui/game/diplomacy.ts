import { signatureWarnings, type Action, type Treaty } from "@cs/shared";
import { lang, powerName, t } from "../../i18n/index.ts";
import { formatList } from "../../i18n/format.ts";
import { h, replaceContent } from "../dom.ts";
import { actingMayPropose } from "../../net/rules.ts";
import { diffTreaties } from "./clause-text.ts";
import { emptyEditor, fromTreaty } from "./editor-model.ts";
import { treatyDocumentOf } from "./treaty-doc.ts";
import { treatyName, warningText } from "./names.ts";
import { act } from "./diplomacy-state.ts";
import { editorSection } from "./diplomacy-editor.ts";
import type { PanelCtx } from "./panel.ts";

const offered = (legal: readonly Action[], type: Action["type"], treaty: string) =>
  legal.some((a) => a.type === type && "treaty" in a && a.treaty === treaty);

/** Diplomacy: proposals awaiting an answer, the treaty editor, and the treaties known. */
export function renderDiplomacy(panel: HTMLElement, c: PanelCtx): void {
  const { view, seat } = c;
  if (seat && c.state.dip.seat !== seat) {
    c.state.dip.editor = emptyEditor(seat);
    c.state.dip.seat = seat;
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
    // A League motion may be tabled now: say where, and what it costs.
    c.legal.some((a) => a.type === "tableMotion")
      ? h(
          "p",
          { class: "hint", id: "motion-pointer" },
          t("ord.motionPointer", {
            cost: t("ord.cost", { n: c.net.rules?.scenario.rules.orderCosts.tableMotion ?? 1 }),
          }),
        )
      : null,
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

/** Who has yet to answer a proposal: shown as pending, never as silence. */
function pendingLine(tr: Treaty): HTMLElement | null {
  const waiting = tr.parties.filter((p) => !tr.signatures.includes(p));
  if (!waiting.length) return null;
  return h(
    "p",
    { class: "pending", "data-pending": waiting.join(",") },
    t("bots:pending", { powers: formatList(waiting.map(powerName), lang()) }),
  );
}

function proposalCard(tr: Treaty, c: PanelCtx): HTMLElement {
  const { view, seat, legal } = c;
  const countered = tr.counters ? view.treaties[tr.counters] : undefined;
  const diff = countered ? diffTreaties(countered, tr) : undefined;
  const warnings = seat && c.net.rules ? signatureWarnings(view, seat, tr.id, c.net.rules) : [];
  return h(
    "div",
    { class: "card proposal", "data-proposal": tr.id },
    h(
      "p",
      { class: "hint" },
      t("dip.proposedBy", { power: tr.proposer === "system" ? "—" : powerName(tr.proposer) }),
    ),
    treatyDocumentOf(tr, (id) => treatyName(c.view, id)),
    pendingLine(tr),
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
            warnings.map((w) => h("li", {}, warningText(view, w))),
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
      tr.proposer !== seat && actingMayPropose()
        ? h(
            "button",
            {
              type: "button",
              class: "counter",
              onclick: () => {
                c.state.dip.editor = fromTreaty(tr);
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
    treatyDocumentOf(tr, (id) => treatyName(c.view, id)),
    offered(c.legal, "reveal", tr.id)
      ? h(
          "button",
          { type: "button", onclick: () => void act(c, { type: "reveal", treaty: tr.id }) },
          t("dip.reveal"),
        )
      : null,
  );
}
