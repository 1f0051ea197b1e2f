import { TURN_COUNT, turnLabel, type ClauseInput, type GameView } from "@cs/shared";
import { lang, powerName, t } from "../../i18n/index.ts";
import { formatTurnLabel } from "../../i18n/format.ts";
import { h } from "../dom.ts";
import { regionName, treatyTitleOf } from "./names.ts";

/**
 * The form fields of one clause in the editor, by kind. Each field writes straight into the
 * clause object and asks for a re-render so the document preview and the engine's warnings
 * follow every change.
 */
type Rec = Record<string, unknown>;

interface FieldCtx {
  id: string;
  view: GameView;
  parties: readonly string[];
  /** The draft's clauses, for a clause that qualifies another. */
  clauses?: readonly ClauseInput[];
  changed(): void;
}

const powersOf = (v: GameView) => Object.keys(v.powers).filter((p) => v.powers[p]?.alive);
const landRegions = (v: GameView) =>
  Object.keys(v.regions).sort((a, b) => regionName(a).localeCompare(regionName(b), lang()));

function select(
  c: FieldCtx,
  rec: Rec,
  key: string,
  label: string,
  options: Array<[string, string]>,
): HTMLElement {
  const id = `${c.id}-${key}`;
  return h(
    "label",
    { for: id },
    label,
    h(
      "select",
      {
        id,
        onchange: (e: Event) => {
          rec[key] = (e.target as HTMLSelectElement).value;
          c.changed();
        },
      },
      options.map(([v, text]) => h("option", { value: v, selected: rec[key] === v }, text)),
    ),
  );
}

function multi(
  c: FieldCtx,
  rec: Rec,
  key: string,
  label: string,
  options: Array<[string, string]>,
): HTMLElement {
  const id = `${c.id}-${key}`;
  const chosen = new Set((rec[key] as string[] | undefined) ?? []);
  return h(
    "label",
    { for: id },
    label,
    h(
      "select",
      {
        id,
        multiple: true,
        size: Math.min(6, options.length),
        onchange: (e: Event) => {
          rec[key] = [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value);
          c.changed();
        },
      },
      options.map(([v, text]) => h("option", { value: v, selected: chosen.has(v) }, text)),
    ),
  );
}

function check(c: FieldCtx, rec: Rec, key: string, label: string): HTMLElement {
  return h(
    "label",
    { class: "check" },
    h("input", {
      type: "checkbox",
      id: `${c.id}-${key}`,
      checked: rec[key] === true,
      onchange: (e: Event) => {
        rec[key] = (e.target as HTMLInputElement).checked;
        c.changed();
      },
    }),
    label,
  );
}

function percent(c: FieldCtx, rec: Rec, key: string, label: string, max: number): HTMLElement {
  const id = `${c.id}-${key}`;
  return h(
    "label",
    { for: id },
    label,
    h("input", {
      id,
      type: "number",
      min: 0,
      max,
      step: 5,
      value: Math.round(((rec[key] as number | undefined) ?? 0) * 100),
      onchange: (e: Event) => {
        rec[key] = Number((e.target as HTMLInputElement).value) / 100;
        c.changed();
      },
    }),
  );
}

/**
 * Whom and where a promise covers: an aggressor (any, a European state, a named power), a
 * territory (anywhere, the parties' own, named regions); `blank` adds "unchanged" choices
 * for a qualifying clause, which only overrides what it sets.
 */
function scopeFields(c: FieldCtx, rec: Rec, blank: boolean): HTMLElement[] {
  const powers = powersOf(c.view);
  const none: Array<[string, string]> = blank ? [["", t("dip.field.unchanged")]] : [];
  const territory = rec["territory"];
  const mode = Array.isArray(territory) ? "regions" : ((territory as string | undefined) ?? "");
  const out: HTMLElement[] = [
    select(c, rec, "against", t("dip.field.against"), [
      ...none,
      ["any", t("clause.anyAggressor")],
      ["european", t("clause.europeanAggressor")],
      ...powers.map((p): [string, string] => [p, powerName(p)]),
    ]),
    select(c, rec, "casus", t("dip.field.casus"), [
      ...(blank ? none : []),
      ["defensive", t("clause.casus.defensive")],
      ["unconditional", t("clause.casus.unconditional")],
    ]),
    select(c, { territory: mode || (blank ? "" : "any") }, "territory", t("dip.field.territory"), [
      ...none,
      ["any", t("clause.territory.any")],
      ["parties", t("clause.territory.partiesOption")],
      ["regions", t("clause.territory.regionsOption")],
    ]),
  ];
  // The territory select writes a mode; named regions are chosen in a list below it.
  const sel = out[2]?.querySelector("select");
  if (sel)
    sel.onchange = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      if (v === "regions") rec["territory"] = [];
      else if (v === "") delete rec["territory"];
      else rec["territory"] = v;
      c.changed();
    };
  if (Array.isArray(territory)) {
    const regions = landRegions(c.view).map((r): [string, string] => [r, regionName(r)]);
    out.push(multi(c, rec, "territory", t("dip.field.regions"), regions));
  }
  return out;
}

function assistance(c: FieldCtx, rec: Rec): HTMLElement[] {
  const conds = (rec["conditions"] as Array<{ kind: string; power?: string }> | undefined) ?? [];
  rec["conditions"] = conds;
  const has = (k: string) => conds.some((x) => x.kind === k);
  const toggle = (k: string, on: boolean, extra: Rec = {}) => {
    const rest = conds.filter((x) => x.kind !== k);
    rec["conditions"] = on ? [...rest, { kind: k, ...extra }] : rest;
    c.changed();
  };
  const third = conds.find((x) => x.kind === "thirdPartyActs");
  const powers = powersOf(c.view);
  return [
    select(c, rec, "mode", t("dip.field.mode"), [
      ["automatic", t("clause.mode.automatic")],
      ["consultative", t("clause.mode.consultative")],
    ]),
    ...scopeFields(c, rec, false),
    check(c, rec, "flagrantBreach", t("dip.field.flagrantBreach")),
    h(
      "fieldset",
      {},
      h("legend", {}, t("dip.field.conditions")),
      (["leagueFinding", "victimResists"] as const).map((k) =>
        h(
          "label",
          { class: "check" },
          h("input", {
            type: "checkbox",
            id: `${c.id}-${k}`,
            checked: has(k),
            onchange: (e: Event) => toggle(k, (e.target as HTMLInputElement).checked),
          }),
          t(`clause.cond.${k}`, { power: "" }).replace(/^,\s*/, ""),
        ),
      ),
      h(
        "label",
        { for: `${c.id}-third` },
        t("dip.field.thirdParty"),
        h(
          "select",
          {
            id: `${c.id}-third`,
            onchange: (e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              toggle("thirdPartyActs", v !== "", v ? { power: v } : {});
            },
          },
          h("option", { value: "" }, "—"),
          powers.map((p) => h("option", { value: p, selected: third?.power === p }, powerName(p))),
        ),
      ),
    ),
  ];
}

export function clauseFields(clause: ClauseInput, c: FieldCtx): HTMLElement[] {
  const rec = clause as unknown as Rec;
  const parties: Array<[string, string]> = c.parties.map((p) => [p, powerName(p)]);
  const powers: Array<[string, string]> = powersOf(c.view).map((p) => [p, powerName(p)]);
  const regions: Array<[string, string]> = landRegions(c.view).map((r) => [r, regionName(r)]);
  switch (clause.kind) {
    case "nonAggression":
      return [check(c, rec, "neutrality", t("dip.field.neutrality"))];
    case "consultation":
    case "trade":
      return [];
    case "mutualAssistance":
      return assistance(c, rec);
    case "guarantee":
      return [
        multi(c, rec, "guarantors", t("dip.field.guarantors"), parties),
        select(c, rec, "beneficiary", t("dip.field.beneficiary"), powers),
        select(c, rec, "scope", t("dip.field.scope"), [
          ["independence", t("clause.scope.independence")],
          ["borders", t("clause.scope.borders")],
        ]),
        ...assistance(c, rec),
      ];
    case "militaryAccess":
      return [
        select(c, rec, "grantor", t("dip.field.grantor"), parties),
        select(c, rec, "grantee", t("dip.field.grantee"), parties),
        multi(c, rec, "regions", t("dip.field.regions"), regions),
      ];
    case "militaryConvention":
      return [
        percent(c, rec, "forces", t("dip.field.forces"), 100),
        check(c, rec, "staffTalks", t("dip.field.staffTalks")),
      ];
    case "spheres": {
      const spheres =
        (rec["spheres"] as Array<{ power: string; regions: string[] }> | undefined) ?? [];
      rec["spheres"] = spheres;
      return c.parties.map((p) => {
        let entry = spheres.find((s) => s.power === p);
        const holder: Rec = { regions: entry?.regions ?? [] };
        const field = multi(
          {
            ...c,
            id: `${c.id}-${p}`,
            changed: () => {
              const list = holder["regions"] as string[];
              if (!entry) {
                entry = { power: p, regions: [] };
                spheres.push(entry);
              }
              entry.regions = list;
              rec["spheres"] = spheres.filter((s) => s.regions.length > 0);
              c.changed();
            },
          },
          holder,
          "regions",
          t("dip.field.sphereOf", { power: powerName(p) }),
          regions,
        );
        return field;
      });
    }
    case "territorialTransfer":
      return [
        multi(c, rec, "regions", t("dip.field.regions"), regions),
        select(c, rec, "from", t("dip.field.from"), powers),
        select(c, rec, "to", t("dip.field.to"), powers),
        select(c, rec, "on", t("dip.field.on"), [
          ["", "—"],
          ...Array.from({ length: TURN_COUNT }, (_, i): [string, string] => [
            turnLabel(i),
            formatTurnLabel(turnLabel(i), lang()),
          ]).filter((_, i) => i >= c.view.turn),
        ]),
      ];
    case "demilitarisation":
      return [multi(c, rec, "regions", t("dip.field.regions"), regions)];
    case "navalLimitation":
      return [
        select(c, rec, "limited", t("dip.field.limited"), parties),
        select(c, rec, "relativeTo", t("dip.field.relativeTo"), parties),
        percent(c, rec, "ratio", t("dip.field.ratio"), 200),
      ];
    case "nonIntervention": {
      const conflicts = Object.values(c.view.wars)
        .map((w) => w.conflict)
        .filter((x): x is string => !!x);
      return [
        select(c, rec, "conflict", t("dip.field.conflict"), [
          ["", "—"],
          ...conflicts.map((x): [string, string] => [x, x]),
        ]),
      ];
    }
    case "recognition":
      return [
        select(c, rec, "government", t("dip.field.government"), powers),
        multi(c, rec, "regions", t("dip.field.regions"), regions),
      ];
    case "qualifies": {
      // Only promises of assistance can be qualified; their numbers as the reader sees them.
      const targets = (c.clauses ?? [])
        .map((k, i): [number, ClauseInput] => [i, k])
        .filter(([, k]) => k.kind === "mutualAssistance" || k.kind === "guarantee");
      const holder: Rec = { clause: String(rec["clause"] ?? "") };
      const pick = select(
        {
          ...c,
          changed: () => {
            rec["clause"] = Number(holder["clause"]);
            c.changed();
          },
        },
        holder,
        "clause",
        t("dip.field.qualified"),
        targets.map(([i, k]): [string, string] => [
          String(i),
          `${i + 1}. ${t(`clause.${k.kind}.name`)}`,
        ]),
      );
      return [pick, ...scopeFields(c, rec, true)];
    }
    case "accession": {
      const open = Object.values(c.view.treaties).filter(
        (tr) => tr.status === "inForce" && !tr.parties.includes(String(rec["power"] ?? "")),
      );
      return [
        select(c, rec, "treaty", t("dip.field.treaty"), [
          ["", "—"],
          ...open.map((tr): [string, string] => [tr.id, treatyTitleOf(tr)]),
        ]),
        select(c, rec, "power", t("dip.field.accedingPower"), parties),
        select(c, rec, "part", t("dip.field.part"), [
          ["public", t("clause.accession.part.public")],
          ["all", t("clause.accession.part.all")],
        ]),
        h("p", { class: "hint" }, t("dip.field.accessionHint")),
      ];
    }
    case "arbitration":
      return [
        multi(c, rec, "arbiters", t("dip.field.arbiters"), parties),
        select(c, rec, "claimant", t("dip.field.claimant"), parties),
        select(c, rec, "holder", t("dip.field.holder"), parties),
        multi(c, rec, "regions", t("dip.field.regions"), regions),
      ];
  }
}
