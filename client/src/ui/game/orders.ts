import type { Action, GameView, Motion, Order } from "@cs/shared";
import { lang, powerName, t } from "../../i18n/index.ts";
import { formatNumber } from "../../i18n/format.ts";
import { announce, h, replaceContent } from "../dom.ts";
import { ruleLink } from "../rules.ts";
import { regionName, treatyName } from "./names.ts";
import {
  groupOffers,
  legalChoices,
  legalVotes,
  openDecisions,
  orderCost,
  orderTarget,
  totalCost,
} from "./model.ts";
import type { PanelCtx } from "./panel.ts";
import { decisionCard } from "./decision-card.ts";
import { outlookSection } from "./outlook.ts";
import { refusalText } from "../../net/refusal-text.ts";

export function orderLabel(view: GameView, o: Order): string {
  const x = orderTarget(o);
  const parts: string[] = [];
  if (x.treaty) parts.push(treatyName(view, x.treaty));
  if (x.power) parts.push(x.power.split(",").map(powerName).join(", "));
  if (x.region) parts.push(x.region.split(",").map(regionName).join(", "));
  if (x.extra)
    parts.push(
      t(`branch.${x.extra}`, {
        defaultValue: t(`clause.scope.${x.extra}`, { defaultValue: x.extra }),
      }),
    );
  return parts.length ? `${t(`order.${o.kind}`)} — ${parts.join(" · ")}` : t(`order.${o.kind}`);
}

async function send(c: PanelCtx, action: Action): Promise<void> {
  const r = await c.net.act(action);
  const st = c.state.orders;
  st.message = r.ok ? "" : refusalText(r.code, r.message);
  if (st.message) announce(st.message);
  c.rerender();
}

function motionLine(c: PanelCtx, m: Motion): HTMLElement {
  const votes = m.status === "tabled" ? legalVotes(c.legal, m.id) : [];
  const mine = c.seat ? m.votes[c.seat] : undefined;
  return h(
    "li",
    { class: "motion", "data-motion": m.id },
    t("ord.motion", {
      kind: t(`ord.motionKind.${m.kind}`),
      target: powerName(m.target),
      body: t(`ord.body.${m.body}`),
    }),
    " — ",
    t(`ord.status.${m.status}`),
    mine
      ? h("span", { class: "hint" }, ` (${t("ord.youVoted", { vote: t(`ord.vote.${mine}`) })})`)
      : null,
    votes.length
      ? h(
          "div",
          { class: "choices" },
          votes.map((v) =>
            h(
              "button",
              {
                type: "button",
                "data-vote": v,
                onclick: () => void send(c, { type: "vote", motion: m.id, vote: v }),
              },
              t(`ord.vote.${v}`),
            ),
          ),
        )
      : null,
  );
}

/** Orders with their AP cost (only what the engine offers), crisis cards, League motions and votes. */
export function renderOrders(panel: HTMLElement, c: PanelCtx): void {
  const { view, seat, legal, net } = c;
  const me = seat ? view.powers[seat] : undefined;
  const l = lang();
  const decisions = seat ? openDecisions(view, seat) : [];
  const motions = Object.values(view.motions).filter((m) => m.turn >= view.turn - 1);
  const tableable = legal.filter(
    (a): a is Extract<Action, { type: "tableMotion" }> => a.type === "tableMotion",
  );
  const groups = groupOffers(legal);
  const spent = me ? totalCost(net.rules, me.orders) : 0;
  replaceContent(
    panel,
    decisions.length
      ? h(
          "section",
          { "aria-labelledby": "crises-title" },
          h("h2", { id: "crises-title" }, t("ord.crises")),
          decisions.map((d) =>
            decisionCard(view, d, net.rules, legalChoices(legal, d.id), (ch) => {
              void send(c, { type: "decide", decision: d.id, choice: ch });
            }),
          ),
        )
      : null,
    // What the aggressors are likely to conclude, weighed on this seat's view (issue 10).
    outlookSection(view, net.rules),
    h(
      "section",
      { "aria-labelledby": "orders-title" },
      h("h2", { id: "orders-title" }, t("ord.given")),
      me && me.ap !== null
        ? h(
            "p",
            { class: "cost", id: "ap-summary" },
            t("ord.spent", { spent: formatNumber(spent, l), left: formatNumber(me.ap, l) }),
          )
        : null,
      me && me.orders.length
        ? h(
            "ol",
            { class: "given" },
            me.orders.map((o, i) =>
              h(
                "li",
                { "data-order": o.kind },
                orderLabel(view, o),
                " ",
                h(
                  "span",
                  { class: "cost" },
                  t("ord.cost", { n: orderCost(net.rules, o.kind) ?? "?" }),
                ),
                " ",
                legal.some((a) => a.type === "cancelOrder" && a.index === i)
                  ? h(
                      "button",
                      {
                        type: "button",
                        onclick: () => void send(c, { type: "cancelOrder", index: i }),
                      },
                      t("ord.cancel"),
                    )
                  : null,
              ),
            ),
          )
        : h("p", { class: "hint" }, t("ord.noneGiven")),
    ),
    h(
      "section",
      { "aria-labelledby": "available-title" },
      h("h2", { id: "available-title" }, t("ord.available")),
      view.phase !== "orders"
        ? h("p", { class: "hint" }, t("ord.closed"))
        : !net.rules
          ? h("p", { class: "hint" }, t("ord.rulesLoading"))
          : groups.length === 0
            ? h("p", { class: "hint" }, t("ord.noneAvailable"))
            : null,
      groups.map(([kind, orders]) => {
        const id = `offer-${kind}`;
        const idx = Math.min(c.state.orders.picked.get(kind) ?? 0, orders.length - 1);
        return h(
          "div",
          { class: "card offer", "data-kind": kind },
          h(
            "h4",
            {},
            t(`order.${kind}`),
            " ",
            h("span", { class: "cost" }, t("ord.cost", { n: orderCost(net.rules, kind) ?? "?" })),
            ruleLink(`order.${kind}`, t(`order.${kind}`)),
          ),
          orders.length > 1
            ? h(
                "label",
                { for: id },
                t("ord.target"),
                h(
                  "select",
                  {
                    id,
                    onchange: (e: Event) =>
                      c.state.orders.picked.set(
                        kind,
                        Number((e.target as HTMLSelectElement).value),
                      ),
                  },
                  orders.map((o, i) =>
                    h("option", { value: i, selected: i === idx }, orderLabel(view, o)),
                  ),
                ),
              )
            : h("p", {}, orderLabel(view, orders[0] as Order)),
          h(
            "button",
            {
              type: "button",
              class: "give",
              "data-kind": kind,
              onclick: () => {
                const o = orders[c.state.orders.picked.get(kind) ?? 0] ?? orders[0];
                if (o) void send(c, { type: "order", order: o });
              },
            },
            t("ord.give"),
          ),
        );
      }),
    ),
    h(
      "section",
      { "aria-labelledby": "league-title" },
      h("h2", { id: "league-title" }, t("ord.league")),
      h("h3", {}, t("ord.motions")),
      motions.length
        ? h(
            "ul",
            { class: "motions" },
            motions.map((m) => motionLine(c, m)),
          )
        : h("p", { class: "hint" }, t("ord.noMotions")),
      // Where and when motions are made, said in every phase (they were found by chance).
      tableable.length ? null : h("p", { class: "hint", id: "motions-when" }, t("ord.motionsWhen")),
      tableable.length
        ? h(
            "div",
            {},
            h("h3", {}, t("ord.table")),
            h(
              "p",
              { class: "hint", id: "table-cost" },
              t("ord.tableCost", {
                cost: t("ord.cost", { n: net.rules?.scenario.rules.orderCosts.tableMotion ?? 1 }),
              }),
            ),
            h(
              "div",
              { class: "offers" },
              tableable.map((a) =>
                h(
                  "button",
                  { type: "button", onclick: () => void send(c, a) },
                  t("ord.motion", {
                    kind: t(`ord.motionKind.${a.motion.kind}`),
                    target: powerName(a.motion.target),
                    body: t(`ord.body.${a.motion.body}`),
                  }),
                ),
              ),
            ),
          )
        : null,
    ),
    c.state.orders.message
      ? h("p", { class: "error", role: "alert" }, c.state.orders.message)
      : null,
  );
}
