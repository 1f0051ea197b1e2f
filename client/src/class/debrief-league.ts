/** The debrief's League section (votes, sanctions) and its scores, read against the start. */
import type { Debrief } from "@cs/shared";
import { lang, powerParams, t } from "../i18n/index.ts";
import { formatIsoDate, formatList } from "../i18n/format.ts";
import { h } from "../ui/dom.ts";
import { ct, powerName, turnLine, turnText } from "./common.ts";

export const none = () => h("p", { class: "hint" }, ct("debrief.none"));
export const list = (xs: string[]) => formatList(xs, lang());
export const realDate = (iso: string): string => formatIsoDate(iso, lang());
export const objectiveName = (id: string): string =>
  t(`objectives:objective.${id}.name`, { defaultValue: id });

/** Beyond this many, the states applying sanctions are counted, not named. */
const MANY = 8;

/** League votes (every motion with each member's vote) and the sanctions, by vote or event. */
export function league(d: Debrief): Array<Node | null> {
  if (d.votes.length === 0 && d.sanctions.length === 0) return [none()];
  return [
    d.votes.length
      ? h(
          "ul",
          { class: "votes" },
          d.votes.map((v) =>
            h(
              "li",
              {},
              h("span", { class: "when" }, `${turnLine(v.turn)} · `),
              ct("debrief.motionLine", {
                motion: ct(`motion.${v.kind}`, { defaultValue: v.kind }),
                target: powerName(v.target),
                status: ct(`motionStatus.${v.status}`, { defaultValue: v.status }),
              }),
              " ",
              Object.entries(v.votes)
                .map(([p, x]) => `${powerName(p)} ${ct(`vote.${x}`)}`)
                .join(", "),
            ),
          ),
        )
      : null,
    d.sanctions.length
      ? h(
          "ul",
          { class: "sanctions" },
          d.sanctions.map((s) =>
            h(
              "li",
              { "data-sanctions": s.target },
              h("span", { class: "when" }, `${turnLine(s.since)} · `),
              ct(
                s.oil ? "debrief.oilOn" : "debrief.sanctionsOn",
                powerParams("target", [s.target]),
              ),
              " ",
              s.inherited
                ? ct("debrief.inheritedSanctions", {
                    date: s.imposedOn ? realDate(s.imposedOn) : turnText(s.since),
                  })
                : s.motion
                  ? ct("debrief.byVote")
                  : ct("debrief.byEvent"),
              " ",
              s.lifted === null
                ? ct("debrief.stillInForce")
                : ct("debrief.liftedOn", { date: turnText(s.lifted) }),
              // Most of the League applies them: a count, and the few who refused by name.
              s.applying.length > MANY
                ? ` ${ct("debrief.applyingMany", { count: s.applying.length })}`
                : s.applying.length
                  ? ` ${ct("debrief.applying", { list: list(s.applying.map(powerName)) })}`
                  : "",
              s.refusing.length
                ? ` ${ct("debrief.refusing", { list: list(s.refusing.map(powerName)) })}`
                : "",
            ),
          ),
        )
      : null,
  ];
}

export function scoresTable(d: Debrief): Array<Node> {
  return [
    h("p", { class: "csi" }, ct("debrief.csi", { value: d.csi.value })),
    h("p", { class: "hint held-legend" }, ct("debrief.heldLegend")),
    h(
      "table",
      { class: "scores" },
      h(
        "tbody",
        {},
        Object.entries(d.scores)
          .filter(([, s]) => s.max > 0)
          .map(([p, s]) =>
            h(
              "tr",
              { "data-power": p },
              h("th", { scope: "row" }, powerName(p)),
              h(
                "td",
                { class: "num" },
                `${s.normalised} / 100`,
                h("br"),
                h(
                  "small",
                  { class: "at-start" },
                  ct("debrief.atStart", { points: d.baseline[p]?.normalised ?? 0 }),
                ),
              ),
              h(
                "td",
                {},
                h(
                  "ul",
                  { class: "plain objectives" },
                  // What history gave the power is in italics, with one legend for the table.
                  s.objectives.map((o) =>
                    h(
                      "li",
                      {
                        "data-achieved": o.achieved,
                        class: held(d, p, o.id) ? "held" : undefined,
                        title: held(d, p, o.id) ? ct("debrief.heldAtStart") : undefined,
                      },
                      `${o.achieved ? "✓" : "✗"} ${objectiveName(o.id)}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
      ),
    ),
  ];
}

/** An objective already met as the match opened: history's doing, not the class's. */
const held = (d: Debrief, power: string, id: string): boolean =>
  d.baseline[power]?.objectives.find((o) => o.id === id)?.achieved === true;
