import { MAX_CHAT_LENGTH } from "@cs/shared";
import { h } from "../ui/dom.ts";
import type { ClassNet } from "../net/class-net.ts";
import { button, ct, powerName } from "./common.ts";

/**
 * The teacher's pen: a message to the public channel, or to the private channel of the powers
 * ticked (a team's own conversation included). What is ticked and typed lives here, outside
 * the panel, so the dashboard's re-renders on every message do not wipe it.
 */
const pen = { picked: new Set<string>(), text: "", error: "" };

/**
 * The channel the ticked powers make: sorted ids joined by "+" — one power alone is that team's
 * own channel, which only its members (and the teacher) read — or the public channel.
 */
function channelOf(picked: Iterable<string>): string {
  const powers = [...new Set(picked)].sort();
  return powers.length === 0 ? "public" : powers.join("+");
}

export function writePanel(conn: ClassNet, rerender: () => void): HTMLElement {
  const powers = (conn.match?.seats ?? []).filter((s) => s.kind !== "minor").map((s) => s.power);
  const text = h("textarea", {
    id: "say-text",
    rows: 2,
    maxlength: MAX_CHAT_LENGTH,
    "aria-label": ct("channels.text"),
    oninput: (e: Event) => (pen.text = (e.target as HTMLTextAreaElement).value),
  });
  text.value = pen.text;
  const boxes = powers.map((p) =>
    h(
      "label",
      { class: "check small" },
      h("input", {
        type: "checkbox",
        id: `say-to-${p}`,
        value: p,
        checked: pen.picked.has(p),
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) pen.picked.add(p);
          else pen.picked.delete(p);
        },
      }),
      powerName(p),
    ),
  );
  const send = () => {
    const channel = channelOf(pen.picked);
    pen.error = "";
    if (pen.text.trim()) {
      conn.teacher({ cmd: "chat", channel, text: pen.text.trim() });
      pen.text = "";
    }
    rerender();
  };
  return h(
    "section",
    { class: "paper say", "aria-labelledby": "say-h" },
    h("h2", { id: "say-h" }, ct("channels.write")),
    h("div", { class: "row" }, h("span", { class: "hint" }, ct("channels.to")), boxes),
    text,
    pen.error ? h("p", { class: "error", role: "alert" }, pen.error) : null,
    button("say-send", ct("channels.send"), send),
  );
}

/** "Write here" beside a channel: tick its members (none for the public channel). */
export function pickChannel(channel: string): void {
  pen.picked = new Set(channel === "public" ? [] : channel.split("+"));
  pen.error = "";
}
