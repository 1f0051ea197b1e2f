import { formatCountdown } from "../i18n/format.ts";
import { h } from "../ui/dom.ts";
import type { ClassNet } from "../net/class-net.ts";
import { button, ct, turnLine, turnText } from "./common.ts";
import { refusalText } from "../net/refusal-text.ts";

/** The phase clock's words: a countdown, or why there is none. */
export function clockText(conn: ClassNet): string {
  const m = conn.match;
  const status = m?.status ?? "lobby";
  const left = m?.deadline ? Math.max(0, m.deadline - Date.now()) : m?.remaining;
  if (left !== null && left !== undefined && status !== "finished") return formatCountdown(left);
  // Before the start nobody knows yet whether a clock runs: say when it will, not "no timer".
  if (status === "lobby") return ct("clock.lobby");
  return status === "finished" ? "—" : ct("clock.teacher");
}

/** The phase clock and the teacher's controls: start, pause, resume, advance, time, undo. */
export function controls(conn: ClassNet, onDebrief: () => void): HTMLElement {
  const m = conn.match;
  const v = conn.view;
  const status = m?.status ?? "lobby";
  const matchId = conn.info?.matchId ?? conn.welcome?.matchId;
  const left = m?.deadline ? Math.max(0, m.deadline - Date.now()) : m?.remaining;
  const timed = left !== null && left !== undefined && status !== "finished";
  const clock = clockText(conn);
  return h(
    "section",
    { class: "paper controls", "aria-labelledby": "controls-h" },
    h("h2", { id: "controls-h" }, ct("controls.title")),
    h(
      "p",
      {
        class: "phase-line",
        id: "phase-line",
        "data-status": status,
        "data-phase": v?.phase ?? "",
        "data-turn": v?.turn ?? "",
      },
      v ? `${turnLine(v.turn)} · ${ct(`phase.${v.phase}`)} · ` : "",
      h("strong", {}, ct(`status.${status}`)),
      " · ",
      h("span", { class: "clock", id: "phase-clock" }, clock),
    ),
    h(
      "div",
      { class: "row" },
      status === "lobby"
        ? button("ctl-start", ct("controls.start"), () => conn.teacher({ cmd: "start" }), "primary")
        : null,
      status === "running"
        ? button("ctl-pause", ct("controls.pause"), () => conn.teacher({ cmd: "pause" }))
        : null,
      status === "paused"
        ? button(
            "ctl-resume",
            ct("controls.resume"),
            () => conn.teacher({ cmd: "resume" }),
            "primary",
          )
        : null,
      status === "running"
        ? button("ctl-advance", ct("controls.advance"), () => conn.teacher({ cmd: "advance" }))
        : null,
      // Without a clock (teacher advances, or a phase with no timer) there is no time to add.
      timed
        ? button("ctl-plus", ct("controls.plus"), () =>
            conn.teacher({ cmd: "extend", seconds: 60 }),
          )
        : null,
      timed
        ? button("ctl-minus", ct("controls.minus"), () =>
            conn.teacher({ cmd: "extend", seconds: -60 }),
          )
        : null,
      button("ctl-rollback", ct("controls.rollback"), () => {
        if (window.confirm(ct("controls.rollbackConfirm"))) conn.teacher({ cmd: "rollback" });
      }),
      button("ctl-debrief", ct("controls.debrief"), onDebrief, "primary"),
      // The replay at any time: the replay page finds the teacher's token in this browser.
      matchId
        ? h(
            "a",
            {
              class: "replay-link",
              id: "ctl-replay",
              href: `replay.html?match=${encodeURIComponent(matchId)}`,
              target: "_blank",
              rel: "noopener",
            },
            ct("controls.replay"),
          )
        : null,
      status === "running" || status === "paused"
        ? button("ctl-end", ct("controls.end"), () => {
            if (window.confirm(ct("controls.endConfirm"))) conn.teacher({ cmd: "end" });
          })
        : null,
      button("ctl-again", ct("controls.again"), () => {
        if (!window.confirm(ct("controls.againConfirm"))) return;
        localStorage.removeItem("cs.class.teacher");
        window.location.assign("teacher.html?again");
      }),
    ),
    conn.lastRefusal
      ? h(
          "p",
          { class: "error", role: "alert", id: "class-error" },
          ct(`errors.${conn.lastRefusal.code}`, {
            defaultValue: refusalText(conn.lastRefusal.code, conn.lastRefusal.message),
          }),
        )
      : null,
    (conn.info?.rollbacks ?? []).length
      ? h(
          "p",
          { class: "hint", id: "rollbacks" },
          ct("controls.rollbacks", {
            list: (conn.info?.rollbacks ?? []).map((r) => turnText(r.turn)).join(", "),
          }),
        )
      : null,
  );
}
