import { inClass } from "../../net/rules.ts";
import { MAX_CHAT_LENGTH } from "@cs/shared";
import { powerName, t } from "../../i18n/index.ts";
import { h, replaceContent } from "../dom.ts";
import { channelId, channelMembers, channelsOf, messagesIn } from "./chat-model.ts";
import type { PanelCtx } from "./panel.ts";
import { botSaying } from "./bot-say.ts";

/** A channel's name: public, the team's own (the teacher writes to one team there), or its members. */
function channelLabel(id: string, seat: string | null | undefined): string {
  if (id === "public") return t("chat.public");
  if (seat && id === seat) return t("chat.team");
  return channelMembers(id).map(powerName).join(" · ");
}

/** Negotiation channels: public, bilateral and multilateral, each with its members. */
export function renderChat(panel: HTMLElement, c: PanelCtx): void {
  const st = c.state.chat;
  const { net, view, seat } = c;
  const channels = channelsOf(net.chat, st.opened);
  const others = Object.keys(view.powers).filter((p) => p !== seat && view.powers[p]?.alive);
  replaceContent(
    panel,
    h(
      "div",
      { class: "chat" },
      h(
        "nav",
        { class: "channels", "aria-label": t("chat.channels") },
        channels.map((id) =>
          h(
            "button",
            {
              type: "button",
              class: "channel",
              "aria-current": id === st.current ? "true" : "false",
              onclick: () => {
                st.current = id;
                c.rerender();
              },
            },
            channelLabel(id, seat),
          ),
        ),
      ),
      h(
        "ol",
        { class: "messages", "aria-live": "polite", "aria-label": channelLabel(st.current, seat) },
        messagesIn(net.chat, st.current).map((m) =>
          h(
            "li",
            m.say ? { class: "bot-says", "data-say": m.say.key } : {},
            h(
              "strong",
              {},
              m.from === "host" ? t(inClass() ? "chat.teacher" : "chat.host") : powerName(m.from),
            ),
            " ",
            m.say ? botSaying(c.view, m.say) : m.text,
          ),
        ),
      ),
      seat
        ? h(
            "form",
            {
              class: "chat-form",
              onsubmit: (e: Event) => {
                e.preventDefault();
                const text = st.draft.trim();
                if (!text) return;
                net.sendChat(st.current, text);
                st.draft = "";
                c.rerender();
              },
            },
            h("label", { for: "chat-input", class: "sr-only" }, t("chat.message")),
            h("input", {
              id: "chat-input",
              maxlength: MAX_CHAT_LENGTH,
              value: st.draft,
              placeholder: t("chat.placeholder", { channel: channelLabel(st.current, seat) }),
              oninput: (e: Event) => (st.draft = (e.target as HTMLInputElement).value),
            }),
            h("button", { type: "submit" }, t("chat.send")),
          )
        : null,
      seat
        ? h(
            "details",
            { class: "new-channel" },
            h("summary", {}, t("chat.newChannel")),
            h(
              "fieldset",
              {},
              h("legend", {}, t("chat.members")),
              others.map((p) =>
                h(
                  "label",
                  { class: "check" },
                  h("input", {
                    type: "checkbox",
                    checked: st.picking.includes(p),
                    onchange: (e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      st.picking = on ? [...st.picking, p] : st.picking.filter((x) => x !== p);
                    },
                  }),
                  powerName(p),
                ),
              ),
            ),
            h(
              "button",
              {
                type: "button",
                onclick: () => {
                  if (st.picking.length === 0 || !seat) return;
                  const id = channelId([seat, ...st.picking]);
                  st.opened = [...new Set([...st.opened, id])];
                  st.current = id;
                  st.picking = [];
                  c.rerender();
                },
              },
              t("chat.open"),
            ),
          )
        : null,
      net.welcome?.role === "player" ? h("p", { class: "hint" }, t("chat.archived")) : null,
    ),
  );
}
