import { describeEffects, type Ctx, type Decision, type GameView } from "@cs/shared";
import { has, lang, powerParams, t } from "../../i18n/index.ts";
import { formatDelta, formatList } from "../../i18n/format.ts";
import { h } from "../dom.ts";
import { regionName, treatyName } from "./names.ts";
import { effectText } from "./story.ts";

/**
 * A decision with its context: what it is about (the treaty and its article, the parties, the
 * victim and the aggressor, the regions) and, under each answer, what it costs and brings —
 * from the scenario's rules and effects, so the card says what the engine will do.
 */
interface DecisionContext {
  facts: string[];
  /** Choice → the consequences it carries. */
  outcomes: Record<string, string[]>;
  regions: string[];
}

const P = (k: string, id: string | undefined) => (id ? powerParams(k, [id]) : {});
const regions = (rs: readonly string[]) => formatList(rs.map(regionName), lang());

function decisionContext(view: GameView, d: Decision, ctx: Ctx | undefined): DecisionContext {
  const rules = ctx?.scenario.rules;
  const l = lang();
  const out: DecisionContext = { facts: [], outcomes: {}, regions: [] };
  const great = (p: string | undefined) => (p ? ctx?.powers.get(p)?.great === true : false);
  const cred = (n: number) => formatDelta(n, l);
  switch (d.kind) {
    case "obligation": {
      const o = view.obligations[d.ref];
      if (!o) break;
      const a = view.aggressions[o.aggression];
      const treaty = treatyName(view, o.treaty);
      out.facts.push(
        t("card:obligation.fact", {
          treaty,
          article: o.clause + 1,
          ...P("victim", o.beneficiary),
          ...P("aggressor", a?.aggressor),
        }),
      );
      if (a?.regions.length) out.facts.push(t("card:regions", { regions: regions(a.regions) }));
      out.facts.push(t(`card:obligation.${o.mode}`));
      if (!o.reachable)
        out.facts.push(t("card:obligation.unreachable", P("victim", o.beneficiary)));
      out.regions = a?.regions ?? [];
      const honour = [
        t("card:obligation.honour", {
          ...P("aggressor", a?.aggressor),
          ...P("victim", o.beneficiary),
          credibility: cred(rules?.credibility.honour ?? 0),
        }),
      ];
      if (great(a?.aggressor) && great(d.power) && a?.theatre === "europe")
        honour.push(t("card:generalWar"));
      out.outcomes["honour"] = honour;
      out.outcomes["break"] = [
        t("card:obligation.break", {
          credibility: cred(-(rules?.credibility.breach ?? 0)),
          tension: formatDelta(rules?.tension.breach ?? 0, l),
        }),
      ];
      out.outcomes["consult"] = [
        t("card:obligation.consult", { credibility: cred(rules?.credibility.consult ?? 0) }),
      ];
      break;
    }
    case "victim": {
      const a = view.aggressions[d.ref];
      if (!a) break;
      out.facts.push(
        t(`card:victim.fact.${a.kind}`, {
          ...P("aggressor", a.aggressor),
          regions: regions(a.regions),
        }),
      );
      out.regions = a.regions;
      out.outcomes["resist"] = [t("card:victim.resist", P("aggressor", a.aggressor))];
      out.outcomes["submit"] = [
        t("card:victim.submit", { ...P("aggressor", a.aggressor), regions: regions(a.regions) }),
      ];
      break;
    }
    case "demand": {
      const m = view.demands[d.ref];
      if (!m) break;
      out.facts.push(
        t(m.ultimatum ? "card:demand.ultimatum" : "card:demand.fact", {
          ...P("from", m.from),
          regions: regions(m.regions),
        }),
      );
      out.regions = m.regions;
      out.outcomes["accept"] = [
        t("card:demand.accept", { ...P("from", m.from), regions: regions(m.regions) }),
      ];
      out.outcomes["refuse"] = [
        t(m.ultimatum ? "card:demand.refuseUltimatum" : "card:demand.refuse", {
          ...P("from", m.from),
          tension: formatDelta(rules?.tension.demand ?? 0, l),
        }),
      ];
      break;
    }
    case "transfer": {
      const tr = view.treaties[d.ref];
      out.facts.push(t("card:transfer.fact", { treaty: treatyName(view, d.ref) }));
      const clause = tr?.clauses.find((c) => c.kind === "territorialTransfer");
      if (clause) {
        out.facts.push(t("card:regions", { regions: regions(clause.regions) }));
        out.regions = clause.regions;
        out.outcomes["comply"] = [
          t("card:transfer.comply", { ...P("to", clause.to), regions: regions(clause.regions) }),
        ];
        out.outcomes["resist"] = [t("card:transfer.resist", P("to", clause.to))];
      }
      break;
    }
    case "sanctions": {
      const s = view.sanctions[d.ref];
      if (!s) break;
      out.facts.push(
        t(s.oil ? "card:sanctions.oil" : "card:sanctions.fact", P("target", s.target)),
      );
      out.outcomes["apply"] = [t("card:sanctions.apply", P("target", s.target))];
      out.outcomes["refuse"] = [
        t("card:sanctions.refuse", {
          credibility: cred(-(rules?.credibility.sanctionsRefused ?? 0)),
        }),
      ];
      break;
    }
    case "award": {
      // The arbiters' award (the First Vienna Award, 2 November 1938): `ref` is treaty#clause.
      const [id, index] = d.ref.split("#");
      const clause = view.treaties[id ?? ""]?.clauses[Number(index)];
      if (clause?.kind !== "arbitration") break;
      const parties = { ...P("claimant", clause.claimant), ...P("holder", clause.holder) };
      out.facts.push(
        t("card:award.fact", { treaty: treatyName(view, id ?? ""), ...parties }),
        t("card:regions", { regions: regions(clause.regions) }),
      );
      out.regions = clause.regions;
      out.outcomes["claimant"] = [
        t("card:award.claimant", { ...parties, regions: regions(clause.regions) }),
      ];
      out.outcomes["holder"] = [t("card:award.holder", parties)];
      break;
    }
    case "excuse": {
      // An ally's breach its partner may excuse (Italy's non-belligerence, 1 September 1939).
      const o = view.obligations[d.ref];
      if (!o) break;
      const ally = P("ally", o.power);
      out.facts.push(t("card:excuse.fact", { ...ally, treaty: treatyName(view, o.treaty) }));
      out.outcomes["excuse"] = [t("card:excuse.excuse", ally)];
      out.outcomes["protest"] = [t("card:excuse.protest", ally)];
      break;
    }
    case "crisis": {
      const ev = ctx?.events.get(d.ref);
      const role = ev?.roles.find((r) => r.power === d.power);
      for (const c of role?.choices ?? []) {
        const said = describeEffects(c.effects, ctx as Ctx).map((e) => effectText(view, e));
        out.outcomes[c.id] = said.length ? said : [t("card:noEffect")];
      }
      break;
    }
  }
  return out;
}

function choiceLabel(d: Decision, choice: string): string {
  const own = `events:event.${d.ref}.choice.${choice}`;
  return has(own) ? t(own) : t(`choice.${choice}`, { defaultValue: choice });
}

/** A decision's title: its event's headline, else its kind ("Treaty obligation"). */
export function decisionTitle(d: Decision): string {
  return has(`events:event.${d.ref}.headline`)
    ? t(`events:event.${d.ref}.headline`)
    : t(`ord.decisionKind.${d.kind}`);
}

/** The card: title, the event's story, the facts, each answer with its consequences. */
export function decisionCard(
  view: GameView,
  d: Decision,
  ctx: Ctx | undefined,
  legal: readonly string[],
  answer: (choice: string) => void,
): HTMLElement {
  const title = decisionTitle(d);
  const c = decisionContext(view, d, ctx);
  const open = legal.length > 0;
  return h(
    "div",
    { class: `card crisis decision ${d.kind}`, "data-decision": d.id, "data-kind": d.kind },
    h("h4", {}, title),
    has(`events:event.${d.ref}.body`) ? h("p", {}, t(`events:event.${d.ref}.body`)) : null,
    c.facts.length
      ? h(
          "ul",
          { class: "facts" },
          c.facts.map((f) => h("li", {}, f)),
        )
      : null,
    h(
      "div",
      { class: "choices options" },
      d.options.map((ch) =>
        h(
          "div",
          { class: ch === d.choice ? "option chosen" : "option", "data-choice": ch },
          h(
            "button",
            {
              type: "button",
              class: ch === d.default ? "answer default" : "answer",
              disabled: !open || !legal.includes(ch) ? true : undefined,
              "aria-pressed": ch === d.choice ? "true" : "false",
              onclick: () => answer(ch),
            },
            choiceLabel(d, ch),
          ),
          c.outcomes[ch]?.length
            ? h(
                "ul",
                { class: "outcome" },
                (c.outcomes[ch] ?? []).map((x) => h("li", {}, x)),
              )
            : null,
        ),
      ),
    ),
    h(
      "p",
      { class: "hint" },
      d.choice !== undefined
        ? t("card:answered", { choice: choiceLabel(d, d.choice) })
        : t("ord.default", { choice: choiceLabel(d, d.default) }),
      // An answer is final (the engine offers no second one): no "you answer it later".
      open || d.choice !== undefined ? null : ` ${t(`card:opensIn.${d.due}`)}`,
    ),
  );
}
