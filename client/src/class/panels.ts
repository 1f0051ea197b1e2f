import type { Ctx } from "@cs/shared";
import { h } from "../ui/dom.ts";
import { eventTitle } from "../ui/game/names.ts";
import { t } from "../i18n/index.ts";
import type { ClassConn } from "./conn.ts";
import { button, ct, powerName, turnText } from "./common.ts";

/** Every power: who holds it, its orders as submitted, ready, and the bot switch. */
export function powersPanel(conn: ClassConn): HTMLElement {
  const v = conn.view;
  const seats = (conn.match?.seats ?? []).filter((s) => s.kind !== "minor");
  return h(
    "section",
    { class: "paper powers", "aria-labelledby": "powers-h" },
    h("h2", { id: "powers-h" }, ct("powers.title")),
    h(
      "ul",
      { class: "plain" },
      seats.map((s) => {
        const p = v?.powers[s.power];
        const orders = p?.orders ?? [];
        return h(
          "li",
          { "data-power": s.power },
          h("strong", {}, powerName(s.power)),
          ` — ${s.holder === "bot" ? ct("powers.bot") : (s.name ?? "")}`,
          p?.ready ? ` · ${ct("powers.ready")}` : "",
          h(
            "span",
            { class: "orders" },
            orders.length
              ? ` · ${orders.map((o) => t(`order.${o.kind}`, { defaultValue: o.kind })).join(", ")}`
              : "",
          ),
          s.name
            ? button(
                `bot-${s.power}`,
                s.holder === "bot" ? ct("powers.toStudents") : ct("powers.toBot"),
                () => conn.teacher({ cmd: "bot", power: s.power, on: s.holder !== "bot" }),
                "small",
              )
            : null,
        );
      }),
    ),
  );
}

/** Injects: news to all or some powers, and any scenario event now. */
export function injectPanel(conn: ClassConn, ctx: Ctx | undefined): HTMLElement {
  const text = h("textarea", { id: "inject-text", rows: 2, maxlength: 600 });
  const powers = (conn.match?.seats ?? []).filter((s) => s.kind !== "minor").map((s) => s.power);
  const boxes = powers.map((p) =>
    h(
      "label",
      { class: "check small" },
      h("input", { type: "checkbox", value: p, id: `inject-to-${p}` }),
      powerName(p),
    ),
  );
  const fired = conn.view?.fired ?? {};
  const events = ctx ? [...ctx.events.values()].filter((e) => fired[e.id] === undefined) : [];
  const eventSel = h(
    "select",
    { id: "inject-event", "aria-label": ct("inject.event") },
    events.map((e) => h("option", { value: e.id }, `${e.historicalTurn} · ${eventName(e.id)}`)),
  );
  return h(
    "section",
    { class: "paper injects", "aria-labelledby": "inject-h" },
    h("h2", { id: "inject-h" }, ct("inject.title")),
    h("label", {}, ct("inject.news"), text),
    h("div", { class: "row" }, h("span", { class: "hint" }, ct("inject.to")), boxes),
    button("inject-send", ct("inject.send"), () => {
      const to = boxes
        .map((b) => b.querySelector("input"))
        .filter((i): i is HTMLInputElement => !!i?.checked)
        .map((i) => i.value);
      if (!text.value.trim()) return;
      conn.teacher({ cmd: "news", text: text.value.trim(), ...(to.length ? { to } : {}) });
      text.value = "";
    }),
    h(
      "div",
      { class: "row" },
      eventSel,
      button("inject-fire", ct("inject.fire"), () => {
        if (eventSel.value) conn.teacher({ cmd: "fireEvent", event: eventSel.value });
      }),
    ),
  );
}

const eventName = (id: string): string => eventTitle(id) ?? id;

/** Every channel, newest last; "write here" picks it in the teacher's pen. */
export function channelsPanel(conn: ClassConn, write: (channel: string) => void): HTMLElement {
  const byChannel = new Map<string, typeof conn.chat>();
  for (const m of conn.chat) byChannel.set(m.channel, [...(byChannel.get(m.channel) ?? []), m]);
  return h(
    "section",
    { class: "paper channels", "aria-labelledby": "channels-h" },
    h("h2", { id: "channels-h" }, ct("channels.title")),
    byChannel.size === 0 ? h("p", { class: "hint" }, ct("channels.empty")) : null,
    [...byChannel.entries()].map(([ch, msgs]) =>
      h(
        "details",
        { open: true, "data-channel": ch },
        h(
          "summary",
          {},
          ch === "public" ? ct("channels.public") : ch.split("+").map(powerName).join(" · "),
        ),
        h(
          "ul",
          { class: "plain chat-lines" },
          msgs
            .slice(-30)
            .map((m) =>
              h(
                "li",
                {},
                h("strong", {}, `${m.from === "host" ? ct("teacher") : (m.name ?? m.from)}: `),
                m.text,
              ),
            ),
        ),
        button(`write-${ch}`, ct("channels.writeHere"), () => write(ch), "small"),
      ),
    ),
  );
}

/** The teams' memos, by turn. */
export function memosPanel(conn: ClassConn): HTMLElement {
  return h(
    "section",
    { class: "paper memos", "aria-labelledby": "memos-h" },
    h("h2", { id: "memos-h" }, ct("memos.title")),
    h(
      "label",
      { class: "check" },
      h("input", {
        type: "checkbox",
        id: "ask-memos",
        checked: conn.info?.askMemos ?? false,
        onchange: (e: Event) =>
          conn.teacher({ cmd: "memos", ask: (e.target as HTMLInputElement).checked }),
      }),
      ct("memos.ask"),
    ),
    conn.memos.length === 0 ? h("p", { class: "hint" }, ct("memos.empty")) : null,
    h(
      "ul",
      { class: "plain memo-list" },
      conn.memos.map((m) =>
        h(
          "li",
          {},
          h("strong", {}, `${turnText(m.turn)} · ${powerName(m.power)} (${m.name}): `),
          m.text,
        ),
      ),
    ),
  );
}
