import type { Debrief, KeyMoment } from "@cs/shared";
import { lang, powerParams, t } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import { clauseText } from "../ui/game/clause-text.ts";
import { treatyTitle } from "../ui/game/names.ts";
import { charterEpilogue } from "../ui/epilogue/epilogue.ts";
import { ct, powerName, turnLine, turnText } from "./common.ts";
import { league, list, none, realDate, scoresTable } from "./debrief-league.ts";
import { eventName, timeline } from "./debrief-timeline.ts";

export { objectiveName } from "./debrief-league.ts";
export { eventName } from "./debrief-timeline.ts";

/**
 * The debrief report, a page of its own (debrief.html): the match's key moments first, then
 * the class's timeline beside the real one (each event's date, source and historical note),
 * treaties in plain language, obligations, the League's votes and sanctions, scores with the
 * objectives' names and the collective security index, the memos. Laid out for paper
 * (class.css's print rules: A4 or Letter, a page break before each section, no inner scroll).
 *
 * The projector version leaves out what belongs to one team: memos, unrevealed secret
 * articles and the students' participation.
 */
export interface DebriefOptions {
  projector: boolean;
}

/** One section of the report; the report is this list, in order (others may add theirs). */
interface DebriefSection {
  id: string;
  title: () => string;
  body: (d: Debrief, o: DebriefOptions) => Array<Node | null> | Node | null;
  /** Left out of the projector version. */
  private?: boolean;
  /** Opens a new page on paper (the long sections; short ones follow on). */
  page?: boolean;
}

const DEBRIEF_SECTIONS: DebriefSection[] = [
  { id: "moments", title: () => ct("debrief.moments"), body: (d) => moments(d) },
  { id: "timeline", title: () => ct("debrief.timeline"), body: (d) => timeline(d), page: true },
  {
    id: "treaties",
    title: () => ct("debrief.treaties"),
    body: (d, o) => treaties(d, o),
    page: true,
  },
  { id: "obligations", title: () => ct("debrief.obligations"), body: (d) => obligations(d) },
  { id: "league", title: () => ct("debrief.votes"), body: (d) => league(d) },
  { id: "scores", title: () => ct("debrief.scores"), body: (d) => scoresTable(d), page: true },
  { id: "memos", title: () => ct("debrief.memos"), body: (d) => memos(d), private: true },
  // The Charter epilogue and its class handout (issue 17), from the match's own record.
  {
    id: "charter",
    title: () => t("epilogue:title"),
    body: (d) => charterEpilogue(d.epilogue, { id: "debrief-charter", heading: false }),
    page: true,
  },
];

export function debriefReport(d: Debrief, o: DebriefOptions): HTMLElement {
  return h(
    "article",
    { class: "debrief paper", id: "debrief", lang: lang(), "data-projector": o.projector },
    h(
      "header",
      { class: "debrief-head" },
      h("h2", {}, o.projector ? ct("debrief.projectorTitle") : ct("debrief.title")),
      h(
        "p",
        { class: "hint" },
        ct("debrief.asOf", { date: turnText(d.turn), tension: Math.round(d.tension) }),
        d.ended ? ` · ${ct(`ended.${d.ended.reason}`, { date: turnText(d.ended.turn) })}` : "",
      ),
    ),
    DEBRIEF_SECTIONS.filter((s) => !(o.projector && s.private)).map((s) =>
      h(
        "section",
        {
          class: `debrief-section debrief-${s.id}${s.page ? " new-page" : ""}`,
          "data-section": s.id,
        },
        h("h3", {}, s.title()),
        s.body(d, o),
      ),
    ),
    d.rollbacks.length
      ? h(
          "p",
          { class: "hint" },
          ct("controls.rollbacks", { list: d.rollbacks.map((r) => turnText(r.turn)).join(", ") }),
        )
      : null,
  );
}

/** ", 28 June 1919" for a treaty the match inherited, ", first half of 1936" for its own. */
function signedText(tr: Debrief["treaties"][number]): string {
  if (tr.signedOn) return `, ${realDate(tr.signedOn)}`;
  return tr.signedTurn !== null ? `, ${turnText(tr.signedTurn)}` : "";
}

function momentText(m: KeyMoment): string {
  switch (m.kind) {
    case "war":
      return ct(m.civil ? "moment.civilWar" : "moment.war", {
        ...powerParams("aggressor", [m.aggressor]),
        ...powerParams("victim", [m.victim]),
      });
    case "treaty":
      return ct("moment.treaty", {
        name: treatyTitle(m.name),
        parties: list(m.parties.map(powerName)),
      });
    case "sanctions":
      return ct(m.oil ? "moment.oil" : "moment.sanctions", powerParams("target", [m.target]));
    case "sanctionsLifted":
      return ct("moment.lifted", powerParams("target", [m.target]));
    case "obligation":
      return ct(`moment.obligation.${m.status}`, {
        ...powerParams("power", [m.power]),
        ...powerParams("beneficiary", [m.beneficiary]),
      });
    case "divergence":
      return `${eventName(m.event)} — ${ct(`divergence.${m.divergence}`)}`;
    case "rollback":
      return ct("moment.rollback");
    case "end":
      return ct(`ended.${m.reason}`, { date: turnText(m.turn) });
  }
}

function moments(d: Debrief): Node {
  if (d.moments.length === 0) return none();
  return h(
    "ol",
    { class: "moments" },
    d.moments.map((m) =>
      h(
        "li",
        { "data-kind": m.kind },
        h("span", { class: "when" }, turnLine(m.turn)),
        " ",
        momentText(m),
      ),
    ),
  );
}

function treaties(d: Debrief, o: DebriefOptions): Array<Node | null> {
  const made = d.treaties.filter((x) => !x.inherited);
  const inherited = d.treaties.filter((x) => x.inherited);
  const status = (s: string) => ct(`treatyStatus.${s}`, { defaultValue: s });
  return [
    made.length
      ? h(
          "div",
          {},
          made.map((tr) =>
            h(
              "div",
              { class: "treaty-brief" },
              h(
                "h4",
                {},
                `${treatyTitle(tr.name)} — ${list(tr.parties.map(powerName))} (${status(tr.status)}${signedText(tr)})`,
              ),
              h(
                "ol",
                {},
                tr.clauses
                  // On the projector, a secret article stays secret.
                  .filter((c) => !(o.projector && c.secret))
                  .map((c) =>
                    h("li", {}, clauseText(c), c.secret ? ` ${ct("debrief.secret")}` : ""),
                  ),
              ),
            ),
          ),
        )
      : h("p", { class: "hint" }, ct("debrief.noTreaty")),
    inherited.length
      ? h(
          "p",
          { class: "inherited" },
          ct("debrief.inherited", {
            // The status only when it is not "in force": most of them are, and say so once.
            list: list(
              inherited.map((tr) =>
                tr.status === "inForce"
                  ? `${treatyTitle(tr.name)}${signedText(tr) ? ` (${signedText(tr).slice(2)})` : ""}`
                  : `${treatyTitle(tr.name)} (${status(tr.status)}${signedText(tr)})`,
              ),
            ),
          }),
        )
      : null,
  ];
}

/**
 * Obligations, one line per treaty, turn and outcome: an aggression calls on many guarantors
 * at once ("Locarno: lapsed — Britain towards Belgium, Italy towards Belgium…").
 */
function obligations(d: Debrief): Node {
  if (d.obligations.length === 0) return none();
  const groups = new Map<string, Debrief["obligations"]>();
  for (const o of d.obligations) {
    const key = `${o.turn ?? ""}|${o.treaty}|${o.status}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return h(
    "ul",
    { class: "obligations" },
    [...groups.values()].map((g) => {
      const o = g[0]!;
      return h(
        "li",
        { "data-status": o.status },
        o.turn !== null ? h("span", { class: "when" }, `${turnLine(o.turn)} · `) : null,
        ct("debrief.obligationGroup", {
          treaty: treatyTitle(o.treatyName),
          status: ct(`obligation.${o.status}`, { defaultValue: o.status }),
          list: list(
            g.map((x) =>
              ct("debrief.towards", {
                ...powerParams("power", [x.power]),
                ...powerParams("beneficiary", [x.beneficiary]),
              }),
            ),
          ),
        }),
      );
    }),
  );
}

function memos(d: Debrief): Node {
  if (d.memos.length === 0) return none();
  return h(
    "ul",
    {},
    d.memos.map((m) =>
      h(
        "li",
        {},
        h("strong", {}, `${turnLine(m.turn)} · ${powerName(m.power)} (${m.name}) — `),
        m.text,
      ),
    ),
  );
}
