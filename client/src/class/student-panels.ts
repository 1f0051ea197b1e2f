import type { ClassInfo, StudentCommand } from "@cs/shared";
import type { Net } from "../net/net.ts";
import { briefing } from "../ui/briefing.ts";
import { h } from "../ui/dom.ts";
import { button, ct, powerName, turnText } from "./common.ts";
import { powerParams } from "../i18n/index.ts";

type Send = (cmd: StudentCommand) => void;

/** Always on screen: the teacher reads every channel; my team and roles; the memo. */
export function classBar(net: Net, info: ClassInfo | undefined, send: Send): HTMLElement {
  const me = info?.students.find((s) => s.id === info.you);
  const team = info?.students.filter((s) => s.id !== info.you).map((s) => s.name) ?? [];
  const phase = net.view?.phase;
  const memoOpen = info?.askMemos && me?.power && (phase === "report" || phase === "resolution");
  const text = h("textarea", {
    id: "memo-text",
    rows: 2,
    maxlength: 1200,
    "aria-label": ct("memo.label"),
  });
  return h(
    "div",
    { class: "class-bar-inner" },
    h(
      "p",
      { class: "teacher-reads", id: "teacher-reads", role: "note" },
      ct("student.teacherReads"),
    ),
    me?.power && info?.handedToBot
      ? h(
          "p",
          { class: "handed-to-bot", id: "handed-to-bot", role: "alert" },
          ct("student.handedToBot", powerParams("power", [me.power])),
        )
      : null,
    me
      ? h(
          "p",
          { class: "my-place", id: "my-place" },
          !me.power
            ? ct("student.waiting")
            : info?.handedToBot
              ? ct("student.watching", powerParams("power", [me.power]))
              : ct("student.team", powerParams("power", [me.power])),
          me.power && info?.yourRoles?.length
            ? ` · ${ct("student.roles", { roles: info.yourRoles.map((r) => ct(`role.${r}`)).join(", ") })}`
            : "",
          team.length ? ` · ${ct("student.with", { names: team.join(", ") })}` : "",
        )
      : null,
    lastMemo(info),
    memoOpen
      ? h(
          "div",
          { class: "memo-form", id: "memo-form" },
          h("label", { for: "memo-text" }, ct("memo.ask", { date: turnText(net.view?.turn ?? 0) })),
          text,
          button("memo-send", ct("memo.send"), () => {
            if (text.value.trim()) send({ cmd: "memo", text: text.value.trim() });
            text.value = "";
          }),
        )
      : null,
  );
}

/** Before the start: preferences while unplaced, then the country's briefing to mark read. */
export function preGame(net: Net, info: ClassInfo | undefined, send: Send): HTMLElement {
  const me = info?.students.find((s) => s.id === info.you);
  const powers = (net.match?.seats ?? []).filter((s) => s.open).map((s) => s.power);
  if (!me?.power) {
    return h(
      "section",
      { class: "paper prefs", id: "prefs" },
      h("h2", {}, ct("student.prefsTitle")),
      h("p", { class: "hint" }, ct("student.prefsHint")),
      h(
        "div",
        { class: "row" },
        powers.map((p) =>
          h(
            "label",
            { class: "check" },
            h("input", {
              type: "checkbox",
              value: p,
              checked: me?.prefs.includes(p) ?? false,
              onchange: (e: Event) => {
                const box = e.target as HTMLInputElement;
                const now = new Set(me?.prefs ?? []);
                if (box.checked) now.add(p);
                else now.delete(p);
                send({ cmd: "prefer", powers: [...now].slice(0, 3) });
              },
            }),
            powerName(p),
          ),
        ),
      ),
    );
  }
  return h(
    "section",
    { class: "paper pre-briefing", id: "pre-briefing" },
    briefing(me.power, net.match?.start),
    me.briefingRead
      ? h("p", { class: "stamp", id: "briefing-done" }, ct("student.briefingDone"))
      : button(
          "briefing-read",
          ct("student.briefingRead"),
          () => send({ cmd: "briefingRead" }),
          "primary",
        ),
    h("p", { class: "hint" }, ct("student.waitStart")),
  );
}

/** The team's latest memo, so that whoever sent it sees it arrived and the others read it. */
function lastMemo(info: ClassInfo | undefined): HTMLElement | null {
  const m = info?.teamMemos?.at(-1);
  if (!m) return null;
  return h(
    "p",
    { class: "team-memo", id: "team-memo" },
    ct("memo.sent", { date: turnText(m.turn), name: m.name }),
    " ",
    h("q", {}, m.text),
  );
}
