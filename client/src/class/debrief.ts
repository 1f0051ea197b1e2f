import { debriefCsv, type Debrief } from "@cs/shared";
import { formatIsoDate } from "../i18n/format.ts";
import { lang } from "../i18n/index.ts";
import { h } from "../ui/dom.ts";
import { clauseText } from "../ui/game/clause-text.ts";
import { eventTitle } from "../ui/game/names.ts";
import { button, choiceLabel, ct, download, powerName, turnLine, turnText } from "./common.ts";

/**
 * The debrief report: the class's timeline beside the real one (with the historical note of
 * each event), treaties in plain language, obligations, League votes, scores and the
 * collective security index, the memos. Laid out for paper too (class.css's print rules).
 */
export function debriefReport(d: Debrief): HTMLElement {
  const stamp = `debrief-${d.scenario}-${turnText(d.turn)}`.replace(/\s+/g, "-");
  return h(
    "article",
    { class: "debrief paper", id: "debrief", lang: lang() },
    h(
      "header",
      {},
      h("h2", {}, ct("debrief.title")),
      h("p", { class: "hint" }, ct("debrief.asOf", { date: turnText(d.turn), tension: d.tension })),
    ),
    h(
      "div",
      { class: "row no-print" },
      button("debrief-print", ct("debrief.print"), () => window.print(), "primary"),
      button("debrief-csv", ct("debrief.csv"), () =>
        download(`${stamp}.csv`, "text/csv", debriefCsv(d, turnText)),
      ),
      button("debrief-json", ct("debrief.json"), () =>
        download(`${stamp}.json`, "application/json", JSON.stringify(d, null, 2)),
      ),
    ),
    section("timeline", ct("debrief.timeline"), timeline(d)),
    section(
      "treaties",
      ct("debrief.treaties"),
      d.treaties.length
        ? d.treaties.map((tr) =>
            h(
              "div",
              { class: "treaty-brief" },
              h(
                "h4",
                {},
                `${tr.name} — ${tr.parties.map(powerName).join(", ")} (${ct(`treatyStatus.${tr.status}`, { defaultValue: tr.status })}${signedText(tr)})`,
              ),
              h(
                "ol",
                {},
                tr.clauses.map((c) =>
                  h("li", {}, clauseText(c), c.secret ? ` ${ct("debrief.secret")}` : ""),
                ),
              ),
            ),
          )
        : h("p", { class: "hint" }, ct("debrief.none")),
    ),
    section(
      "obligations",
      ct("debrief.obligations"),
      d.obligations.length
        ? h(
            "ul",
            {},
            d.obligations.map((o) =>
              h(
                "li",
                { "data-status": o.status },
                ct("debrief.obligation", {
                  power: powerName(o.power),
                  beneficiary: powerName(o.beneficiary),
                  treaty: o.treatyName,
                  status: ct(`obligation.${o.status}`, { defaultValue: o.status }),
                }),
              ),
            ),
          )
        : h("p", { class: "hint" }, ct("debrief.none")),
    ),
    section(
      "votes",
      ct("debrief.votes"),
      d.votes.length
        ? h(
            "ul",
            {},
            d.votes.map((v) =>
              h(
                "li",
                {},
                `${turnLine(v.turn)} · ${ct(`motion.${v.kind}`, { defaultValue: v.kind })} — ${powerName(v.target)}: ${ct(`motionStatus.${v.status}`, { defaultValue: v.status })}. `,
                Object.entries(v.votes)
                  .map(([p, x]) => `${powerName(p)} ${ct(`vote.${x}`)}`)
                  .join(", "),
              ),
            ),
          )
        : h("p", { class: "hint" }, ct("debrief.none")),
    ),
    section(
      "scores",
      ct("debrief.scores"),
      h("p", { class: "csi" }, ct("debrief.csi", { value: d.csi.value })),
      h(
        "table",
        {},
        h(
          "tbody",
          {},
          Object.entries(d.scores)
            .filter(([, s]) => s.max > 0)
            .map(([p, s]) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, powerName(p)),
                h("td", {}, `${s.normalised} / 100`),
                h(
                  "td",
                  {},
                  s.objectives.map((o) => `${o.achieved ? "✓" : "✗"} ${o.id}`).join(" · "),
                ),
              ),
            ),
        ),
      ),
    ),
    section(
      "memos",
      ct("debrief.memos"),
      d.memos.length
        ? h(
            "ul",
            {},
            d.memos.map((m) =>
              h(
                "li",
                {},
                h("strong", {}, `${turnLine(m.turn)} · ${powerName(m.power)} (${m.name}): `),
                m.text,
              ),
            ),
          )
        : h("p", { class: "hint" }, ct("debrief.none")),
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

function section(id: string, title: string, ...body: Array<Node | Node[] | null>): HTMLElement {
  return h("section", { class: `debrief-${id}` }, h("h3", {}, title), ...body);
}

/** ", 28 June 1919" for a treaty the match inherited, ", first half of 1936" for its own. */
function signedText(tr: Debrief["treaties"][number]): string {
  if (tr.signedOn) return `, ${formatIsoDate(tr.signedOn, lang())}`;
  return tr.signedTurn !== null ? `, ${turnText(tr.signedTurn)}` : "";
}

function timeline(d: Debrief): HTMLElement {
  return h(
    "table",
    { class: "timeline" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["history", "class", "divergence"].map((k) =>
          h("th", { scope: "col" }, ct(`debrief.col.${k}`)),
        ),
      ),
    ),
    h(
      "tbody",
      {},
      d.timeline.map((r) =>
        h(
          "tr",
          { "data-divergence": r.divergence },
          h(
            "td",
            {},
            h("strong", {}, eventTitle(r.event) ?? r.event),
            h("br"),
            h("span", { class: "note" }, `${r.note.date} — ${r.note.source}`),
          ),
          h(
            "td",
            {},
            r.firedTurn === null ? "—" : turnLine(r.firedTurn),
            r.choices.map((c) =>
              c.chosen
                ? h(
                    "div",
                    { class: "note" },
                    `${powerName(c.power)}: ${choiceLabel(r.event, c.chosen)}`,
                    c.historical && c.historical !== c.chosen
                      ? ` (${ct("debrief.historically", { choice: choiceLabel(r.event, c.historical) })})`
                      : "",
                  )
                : null,
            ),
          ),
          h("td", {}, ct(`divergence.${r.divergence}`)),
        ),
      ),
    ),
  );
}
