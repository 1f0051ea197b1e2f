import { lapseOf, type Ctx } from "@cs/shared";
import { h } from "../ui/dom.ts";
import { eventTitle, treatyName } from "../ui/game/names.ts";
import { orderLabel } from "../ui/game/orders.ts";
import { lang } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import type { ClassNet } from "../net/class-net.ts";
import { button, ct, powerName, turnText } from "./common.ts";

/** Every power: who holds it, its orders as submitted, ready, and the bot switch. */
export function powersPanel(conn: ClassNet): HTMLElement {
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
            // Each order with its object: "Ratify the Franco-Soviet pact", not "Ratify".
            orders.length && v ? ` · ${orders.map((o) => orderLabel(v, o)).join(" ; ")}` : "",
          ),
          team(conn, s.power),
          s.holder === "bot" && s.name
            ? h("span", { class: "bot-note" }, ` · ${ct("powers.handed")}`)
            : null,
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

const injectDraft = { text: "" };

/** Injects: news to all or some powers, and any scenario event now. */
export function injectPanel(conn: ClassNet, ctx: Ctx | undefined): HTMLElement {
  // What is typed survives the panel's rebuilds (a new event fired, a seat changed).
  const text = h("textarea", {
    id: "inject-text",
    rows: 2,
    maxlength: 600,
    oninput: (e: Event) => (injectDraft.text = (e.target as HTMLTextAreaElement).value),
  });
  text.value = injectDraft.text;
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
  // In the calendar's order, then by the real date (item 9: they were listed out of order).
  const events = ctx
    ? [...ctx.events.values()]
        .filter((e) => fired[e.id] === undefined)
        .sort(
          (a, b) =>
            a.historicalTurn.localeCompare(b.historicalTurn) ||
            a.note.date.localeCompare(b.note.date),
        )
    : [];
  const eventSel = h(
    "select",
    { id: "inject-event", "aria-label": ct("inject.event") },
    events.map((e) => {
      const label = `${formatTurnLabel(e.historicalTurn, lang())} · ${eventName(e.id)}`;
      // An event whose premise is gone would be refused: shown, but not to be chosen.
      const view = conn.view;
      return view && ctx && lapseOf(view, ctx, e)
        ? h("option", { value: e.id, disabled: true }, `${label} — ${ct("inject.lapsed")}`)
        : h("option", { value: e.id }, label);
    }),
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
      injectDraft.text = "";
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
export function channelsPanel(conn: ClassNet, write: (channel: string) => void): HTMLElement {
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
export function memosPanel(conn: ClassNet): HTMLElement {
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

/** A team's members with their roles, at a glance (the roster's ticks, read back). */
function team(conn: ClassNet, power: string): HTMLElement | null {
  const members = (conn.info?.students ?? []).filter((x) => x.power === power);
  if (members.length === 0) return null;
  return h(
    "div",
    { class: "team-roles" },
    members.map((m) =>
      h(
        "span",
        { class: "member" },
        `${m.name} (${m.roles.map((r) => ct(`roleShort.${r}`)).join(", ") || "—"})`,
      ),
    ),
  );
}

/** Treaties in force or signed, for the teacher: who is bound to whom. */
export function treatiesPanel(conn: ClassNet): HTMLElement {
  const v = conn.view;
  const live = Object.values(v?.treaties ?? {}).filter(
    (x) => x.status === "inForce" || x.status === "signed",
  );
  return h(
    "section",
    { class: "paper treaties-list", "aria-labelledby": "treaties-h" },
    h(
      "details",
      {},
      h("summary", { id: "treaties-h" }, ct("powers.treaties", { count: live.length })),
      h(
        "ul",
        { class: "plain" },
        live.map((x) =>
          h(
            "li",
            { "data-treaty": x.id },
            v ? treatyName(v, x.id, x.name) : x.name,
            ` — ${x.parties.map(powerName).join(", ")} (${ct(`treatyStatus.${x.status}`)})`,
          ),
        ),
      ),
    ),
  );
}
