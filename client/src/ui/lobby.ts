import { errorBanner } from "./error-banner.ts";
import { turnLabel } from "@cs/shared";
import type { SeatInfo } from "@cs/shared";
import type { Net } from "../net/net.ts";
import { lang, powerName, t } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import { h, replaceContent } from "./dom.ts";
import { briefing } from "./briefing.ts";

interface Shell {
  error: string;
  dismiss?: () => void;
}

/** Seats a person may take now: open to people, not already held by another person. */
export function takeable(seats: readonly SeatInfo[]): SeatInfo[] {
  return seats.filter((s) => s.open && s.holder === "bot");
}

/** Only the host starts, and only once every seated person has marked ready. */
export function canStart(seats: readonly SeatInfo[]): boolean {
  const people = seats.filter((s) => s.holder === "human");
  return people.length > 0 && people.every((s) => s.lobbyReady);
}

/**
 * A match's title as people read it: its given name, or — when it was left empty and the
 * server named it by its ids ("europe-1933 1933-I") — the scenario's name and its start date.
 */
export function matchTitle(m: { name: string; scenario: string; start: string }): string {
  if (m.name && m.name !== `${m.scenario} ${m.start}`) return m.name;
  const scenario = t(`scenario.${m.scenario}`, { defaultValue: t("lobby.untitled") });
  return `${scenario} · ${formatTurnLabel(m.start, lang())}`;
}

export function renderLobby(main: HTMLElement, net: Net, shell: Shell): void {
  const m = net.match;
  const w = net.welcome;
  if (!m) return;
  const mine = m.seats.find((s) => s.power === w?.seat);
  const code = w?.code ?? net.session?.code;
  replaceContent(
    main,
    h(
      "div",
      { class: "lobby" },
      h(
        "section",
        { class: "paper lobby-seats", "aria-labelledby": "lobby-title" },
        h("h2", { id: "lobby-title" }, matchTitle(m)),
        // A branched match starts where its history was cut, not at the scenario's start.
        h(
          "p",
          { class: "hint" },
          t("lobby.startsAt", { date: formatTurnLabel(turnLabel(m.turn), lang()) }),
        ),
        code
          ? h(
              "p",
              { class: "join-code-display" },
              t("lobby.code"),
              " ",
              h("strong", { id: "match-code", class: "code" }, code),
            )
          : null,
        h(
          "table",
          { class: "seats" },
          h("caption", {}, t("lobby.seats")),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["power", "player", "ready", "action"].map((c) =>
                h("th", { scope: "col" }, t(`lobby.col.${c}`)),
              ),
            ),
          ),
          h(
            "tbody",
            {},
            m.seats
              .filter((s) => s.kind !== "minor")
              .map((s) =>
                h(
                  "tr",
                  { "data-power": s.power, class: s.power === w?.seat ? "mine" : "" },
                  h("th", { scope: "row" }, powerName(s.power)),
                  h(
                    "td",
                    {},
                    s.holder === "human"
                      ? `${s.name ?? t("lobby.player")}${s.connected ? "" : ` (${t("lobby.away")})`}`
                      : s.open
                        ? t("lobby.openSeat")
                        : t("lobby.bot"),
                  ),
                  h(
                    "td",
                    {},
                    s.holder === "human" ? (s.lobbyReady ? "✓ " + t("lobby.isReady") : "…") : "",
                  ),
                  h(
                    "td",
                    {},
                    !mine && s.open && s.holder === "bot"
                      ? h(
                          "button",
                          {
                            type: "button",
                            class: "take-seat",
                            "data-power": s.power,
                            onclick: () => net.takeSeat(s.power),
                          },
                          t("lobby.take"),
                        )
                      : null,
                  ),
                ),
              ),
          ),
        ),
        !mine && takeable(m.seats).length > 0
          ? h(
              "button",
              { type: "button", onclick: () => net.takeSeat("random") },
              t("lobby.random"),
            )
          : null,
        h(
          "div",
          { class: "lobby-actions" },
          mine
            ? h(
                "button",
                {
                  type: "button",
                  id: "lobby-ready",
                  class: "primary",
                  "aria-pressed": mine.lobbyReady ? "true" : "false",
                  onclick: () => net.lobbyReady(!mine.lobbyReady),
                },
                mine.lobbyReady ? t("lobby.notReady") : t("lobby.ready"),
              )
            : null,
          mine
            ? h("button", { type: "button", onclick: () => net.leaveSeat() }, t("lobby.leaveSeat"))
            : null,
          w?.host
            ? h(
                "button",
                {
                  type: "button",
                  id: "start-match",
                  class: "primary",
                  disabled: !canStart(m.seats),
                  onclick: () => net.host({ cmd: "start" }),
                },
                t("lobby.start"),
              )
            : null,
          h(
            "button",
            { type: "button", class: "link", onclick: () => void net.leave() },
            t("lobby.leave"),
          ),
        ),
        errorBanner(shell),
      ),
      h(
        "section",
        { class: "paper lobby-brief", "aria-label": t("lobby.briefing") },
        mine
          ? briefing(mine.power, net.match?.start)
          : h("p", { class: "hint" }, t("lobby.pickSeat")),
      ),
    ),
  );
}
