import {
  turnLabel,
  type Against,
  type AssistCondition,
  type Ends,
  type Territory,
  type Clause,
  type ClauseInput,
  ClauseSchema,
  type Treaty,
  type TreatyDraft,
} from "@cs/shared";
import { lang, powerName, powerParams, t } from "../../i18n/index.ts";
import {
  formatIsoDate,
  formatList,
  formatNumber,
  formatPercent,
  formatTurnLabel,
  roman,
} from "../../i18n/format.ts";
import { regionName } from "./names.ts";
import { nameForms } from "../../i18n/grammar.ts";

/**
 * Clauses in plain language, for the treaty documents, the inbox's diff and the rules notes.
 * Only words are decided here; what a clause does is the engine's.
 */
const names = (ids: readonly string[]) => formatList(ids.map(powerName), lang());
const regions = (ids: readonly string[]) => formatList(ids.map(regionName), lang());

function conditions(c: { conditions: readonly AssistCondition[] }): string {
  return c.conditions
    .map((k) =>
      t(`clause.cond.${k.kind}`, k.kind === "thirdPartyActs" ? P("power", [k.power]) : {}),
    )
    .join("");
}

function against(a: Against): string {
  if (a === "any") return t("clause.anyAggressor");
  if (a === "european") return t("clause.europeanAggressor");
  return names(typeof a === "string" ? [a] : a);
}

/** The aggressor named with the forms French needs: `{{against_par}}` "par l’Allemagne". */
function againstForms(a: Against): Record<string, string> {
  if (a !== "any" && a !== "european")
    return powerParams("against", typeof a === "string" ? [a] : a);
  const f = nameForms(against(a), {}, lang());
  return {
    against: f.name,
    against_def: f.def,
    against_Def: f.Def,
    against_de: f.de,
    against_a: f.a,
    against_par: f.par,
  };
}

/** A power's name and its grammatical forms under `k`. */
const P = (k: string, ids: readonly string[]) => powerParams(k, ids);

/** The territory a promise protects, and whether a flagrant breach also opens it. */
function scope(c: { territory?: Territory | undefined; flagrantBreach?: boolean | undefined }) {
  const where =
    c.territory === undefined || c.territory === "any"
      ? ""
      : c.territory === "parties"
        ? t("clause.territory.parties")
        : t("clause.territory.regions", { regions: regions(c.territory) });
  return where + (c.flagrantBreach ? t("clause.flagrant") : "");
}

/** The number a reader sees for a clause: public articles 1, 2…; secret ones I, II… */
function articleLabel(all: readonly Clause[] | undefined, index: number): string {
  if (!all) return String(index + 1);
  const target = all[index];
  if (!target) return String(index + 1);
  const same = all.slice(0, index + 1).filter((c) => c.secret === target.secret).length;
  return target.secret ? roman(same) : String(same);
}

/** Parse with the engine's schema so defaults (secret: false, mode…) are filled in. */
export function normalise(c: ClauseInput | Clause): Clause {
  return ClauseSchema.parse(c);
}

/** A treaty's title by id, for clauses that name another treaty (an accession protocol). */
export type TreatyNamer = (id: string) => string;

export function clauseText(
  input: Clause | ClauseInput,
  all?: readonly Clause[],
  nameOf?: TreatyNamer,
): string {
  const c = normalise(input);
  const l = lang();
  switch (c.kind) {
    case "nonAggression":
      return t(c.neutrality ? "clause.nonAggression.neutral" : "clause.nonAggression.text");
    case "consultation":
      return t("clause.consultation.text");
    case "mutualAssistance":
      return t(
        c.casus === "unconditional"
          ? "clause.mutualAssistance.unconditional"
          : "clause.mutualAssistance.text",
        {
          mode: t(`clause.mode.${c.mode}`),
          ...againstForms(c.against),
          conditions: scope(c) + conditions(c),
        },
      );
    case "guarantee":
      return t(
        c.casus === "unconditional" ? "clause.guarantee.unconditional" : "clause.guarantee.text",
        {
          count: c.guarantors.length,
          ...P("guarantors", c.guarantors),
          scope: t(`clause.scope.${c.scope}`),
          ...P("beneficiary", [c.beneficiary]),
          mode: t(`clause.mode.${c.mode}`),
          ...againstForms(c.against),
          conditions: scope(c) + conditions(c),
        },
      );
    case "qualifies": {
      const terms = [
        c.against !== undefined
          ? t("clause.qualifies.against", { against: against(c.against) })
          : "",
        c.casus !== undefined ? t(`clause.qualifies.casus.${c.casus}`) : "",
        c.territory !== undefined ? scope({ territory: c.territory }).replace(/^,\s*/, "") : "",
        conditions(c).replace(/^,\s*/, ""),
      ].filter((x) => x !== "");
      return t("clause.qualifies.text", {
        article: articleLabel(all, c.clause),
        terms: terms.join("; ") || t("clause.qualifies.nothing"),
      });
    }
    case "accession":
      return t("clause.accession.text", {
        ...P("power", [c.power]),
        treaty: nameOf ? nameOf(c.treaty) : c.treaty,
        part: t(`clause.accession.part.${c.part}`),
      });
    case "arbitration":
      return t("clause.arbitration.text", {
        claimant: powerName(c.claimant),
        holder: powerName(c.holder),
        regions: regions(c.regions),
        count: c.arbiters.length,
        arbiters: names(c.arbiters),
      });
    case "militaryAccess":
      return t("clause.militaryAccess.text", {
        ...P("grantor", [c.grantor]),
        ...P("grantee", [c.grantee]),
        regions: c.regions.length ? regions(c.regions) : t("clause.wholeTerritory"),
      });
    case "militaryConvention":
      return t("clause.militaryConvention.text", { forces: formatPercent(c.forces, l) });
    case "spheres":
      return t("clause.spheres.text", {
        spheres: c.spheres.map((s) => `${powerName(s.power)} (${regions(s.regions)})`).join("; "),
      });
    case "territorialTransfer":
      return t("clause.territorialTransfer.text", {
        regions: regions(c.regions),
        ...P("from", [c.from]),
        ...P("to", [c.to]),
        on: c.on ? ` ${t("clause.on", { date: formatTurnLabel(c.on, l) })}` : "",
      });
    case "demilitarisation":
      return t("clause.demilitarisation.text", { regions: regions(c.regions) });
    case "navalLimitation":
      return t("clause.navalLimitation.text", {
        ...P("limited", [c.limited]),
        ...P("relativeTo", [c.relativeTo]),
        ratio: formatPercent(c.ratio, l),
      });
    case "trade":
      return t("clause.trade.text", { volume: formatNumber(c.volume, l, 1) });
    case "nonIntervention":
      return t("clause.nonIntervention.text", { conflict: c.conflict });
    case "recognition":
      return t("clause.recognition.text", {
        ...P("government", [c.government]),
        regions: c.regions.length
          ? ` ${t("clause.inRegions", { regions: regions(c.regions) })}`
          : "",
      });
  }
}

export interface TreatyDiff {
  added: string[];
  removed: string[];
  parties?: { before: string[]; after: string[] } | undefined;
  duration?: { before: number | undefined; after: number | undefined } | undefined;
}

/** What a counter-proposal changed, clause by clause, in words a player reads. */
export function diffTreaties(
  before: Pick<TreatyDraft, "parties" | "clauses" | "duration">,
  after: Pick<TreatyDraft, "parties" | "clauses" | "duration">,
): TreatyDiff {
  const key = (c: Clause) => JSON.stringify(normalise(c));
  const a = new Map(before.clauses.map((c) => [key(c), c]));
  const b = new Map(after.clauses.map((c) => [key(c), c]));
  const mark = (c: Clause) => `${clauseText(c)}${c.secret ? ` (${t("dip.secret")})` : ""}`;
  const diff: TreatyDiff = {
    added: [...b].filter(([k]) => !a.has(k)).map(([, c]) => mark(c)),
    removed: [...a].filter(([k]) => !b.has(k)).map(([, c]) => mark(c)),
  };
  const sp = (x: readonly string[]) => [...x].sort().join();
  if (sp(before.parties) !== sp(after.parties))
    diff.parties = { before: [...before.parties], after: [...after.parties] };
  if (before.duration !== after.duration)
    diff.duration = { before: before.duration, after: after.duration };
  return diff;
}

/** Public and secret articles of a treaty, each numbered on its own sheet. */
export function articles(clauses: readonly Clause[]): { open: Clause[]; secret: Clause[] } {
  return { open: clauses.filter((c) => !c.secret), secret: clauses.filter((c) => c.secret) };
}

export function termText(duration: number | undefined): string {
  return duration ? t("dip.term", { n: duration }) : t("dip.noTerm");
}

/** When a treaty enters into force, if not on ratification: a date, a condition, or both. */
export function entryText(entry: TreatyDraft["entry"]): string {
  if (!entry || (entry.on === undefined && entry.when === undefined)) return "";
  const on = entry.on ? t("dip.entry.on", { date: formatTurnLabel(entry.on, lang()) }) : "";
  const when = entry.when ? t("dip.entry.when") : "";
  return [on, when].filter((x) => x).join(" ");
}

/** How a treaty ends, by its own text: lock-in, notice, breach, a party's end. */
export function endsText(ends: Ends | undefined): string {
  if (!ends) return "";
  const parts = [
    ends.lockedFor ? t("dip.ends.lockedFor", { n: ends.lockedFor }) : "",
    ends.notice !== undefined ? t("dip.ends.notice", { n: ends.notice }) : "",
    ends.onBreach === "survives" ? t("dip.ends.survivesBreach") : "",
    ends.onPartyGone === "survives" ? t("dip.ends.survivesParty") : "",
  ];
  return parts.filter((x) => x).join(" ");
}

/** The real date of an inherited treaty (Versailles, 28 June 1919), else the match's half-year. */
export function treatyDate(tr: Treaty): string {
  if (tr.signedOn) return formatIsoDate(tr.signedOn, lang());
  return formatTurnLabel(turnLabel(tr.signedTurn ?? tr.proposedTurn), lang());
}
