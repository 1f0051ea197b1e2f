import type { Clause, Ends, Treaty, TreatyDraft } from "@cs/shared";
import { lang, powerName, powerParams, t } from "../../i18n/index.ts";
import { formatList, roman } from "../../i18n/format.ts";
import { h } from "../dom.ts";
import { ruleLink } from "../rules.ts";
import {
  articles,
  clauseText,
  endsText,
  entryText,
  termText,
  treatyDate,
  type TreatyNamer,
} from "./clause-text.ts";
import { treatyTitleOf } from "./names.ts";

export interface DocInput {
  id?: string | undefined;
  name: string;
  parties: readonly string[];
  clauses: readonly Clause[];
  duration?: number | undefined;
  status?: Treaty["status"] | undefined;
  signatures?: readonly string[] | undefined;
  date?: string | undefined;
  entry?: TreatyDraft["entry"];
  ends?: Ends | undefined;
  /** Titles of the treaties its clauses name (an accession protocol names the treaty). */
  nameOf?: TreatyNamer | undefined;
}

const STAMPED: ReadonlySet<string> = new Set([
  "signed",
  "inForce",
  "expired",
  "denounced",
  "violated",
  "rejected",
]);

/**
 * A treaty as a typed document (look.md): title, preamble, numbered articles in plain
 * language, secret articles on a separate protocol sheet, the parties' signature lines filled
 * in as they sign, and a stamp once signed or ratified.
 */
export function treatyDocument(d: DocInput): HTMLElement {
  const { open, secret } = articles(d.clauses);
  const signed = new Set(d.signatures ?? []);
  const article = (c: Clause, label: string) =>
    h(
      "li",
      { class: "article" },
      h("span", { class: "article-no" }, `${t("dip.article", { n: label })}.`),
      clauseText(c, d.clauses, d.nameOf),
      ruleLink(`clause.${c.kind}`, t(`clause.${c.kind}.name`)),
    );
  const signatures = h(
    "div",
    { class: "signatures" },
    d.parties.map((p) =>
      h(
        "div",
        { class: signed.has(p) ? "signature done" : "signature" },
        h("span", { class: "signed" }, signed.has(p) ? powerName(p) : ""),
        t("dip.forTheGovernment", powerParams("power", [p])),
      ),
    ),
  );
  const titleId = d.id ? `treaty-${d.id}` : undefined;
  const main = h(
    "article",
    { class: "treaty-doc", "data-treaty": d.id, "aria-labelledby": titleId },
    d.status && STAMPED.has(d.status)
      ? h(
          "span",
          { class: "stamp", role: "img", "aria-label": t(`dip.status.${d.status}`) },
          t(`dip.status.${d.status}`),
        )
      : null,
    h("h3", { id: titleId }, d.name),
    d.date ? h("p", { class: "preamble" }, d.date) : null,
    h(
      "p",
      { class: "preamble" },
      t("dip.preamble", { parties: formatList(d.parties.map(powerName), lang()) }),
    ),
    h(
      "ol",
      { class: "articles" },
      open.map((c, i) => article(c, String(i + 1))),
    ),
    h("p", {}, termText(d.duration)),
    entryText(d.entry) ? h("p", { class: "entry" }, entryText(d.entry)) : null,
    endsText(d.ends) ? h("p", { class: "ends" }, endsText(d.ends)) : null,
    signatures,
  );
  if (secret.length === 0) return main;
  const protocol = h(
    "article",
    { class: "treaty-doc protocol", "data-protocol": d.id },
    h("p", { class: "protocol-head" }, t("dip.protocolHead")),
    h(
      "ol",
      { class: "articles" },
      secret.map((c, i) => article(c, roman(i + 1))),
    ),
    signatures.cloneNode(true),
  );
  return h("div", { class: "treaty-sheets" }, main, protocol);
}

/** A treaty of the match as its document (in force, signed, or as proposed). */
export function treatyDocumentOf(tr: Treaty, nameOf?: TreatyNamer): HTMLElement {
  return treatyDocument({
    nameOf,
    id: tr.id,
    name: treatyTitleOf(tr),
    parties: tr.parties,
    clauses: tr.clauses,
    duration: tr.duration,
    entry: tr.entry,
    ends: tr.ends,
    status: tr.status,
    signatures: tr.signatures,
    date: treatyDate(tr),
  });
}
