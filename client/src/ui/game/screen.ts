import { errorBanner } from "../error-banner.ts";
import type { GameView } from "@cs/shared";
import { legalFor } from "../../net/rules.ts";
import type { Net } from "../../net/net.ts";
import { lang, powerName, t } from "../../i18n/index.ts";
import { formatCountdown, formatNumber, formatTurnLabel } from "../../i18n/format.ts";
import { turnLabel } from "@cs/shared";
import { h, reducedMotion, replaceContent } from "../dom.ts";
import { mountMap, type MapHandle, type MapMode } from "./map-mount.ts";
import { renderDiplomacy } from "./diplomacy.ts";
import { renderOrders } from "./orders.ts";
import { renderNews } from "./news.ts";
import { renderChat } from "./chat.ts";
import { renderFinal } from "./final.ts";
import { tip } from "../tooltip.ts";
import { maybeGuide } from "../guide.ts";
import { readyAction } from "./model.ts";
import { regionInfo } from "./region-info.ts";
import { mapLegend } from "./map-legend.ts";
import { newPanelState } from "./panel-state.ts";
import { ring, shouldRing, soundOn } from "./chime.ts";
import { soundToggle } from "./sound-toggle.ts";
import { mapZoom } from "./map-zoom.ts";
import { pendingItems, pendingNotice, showCard, tabCounts, type Pending } from "./pending.ts";
import type { PanelCtx, Shell, Tab } from "./panel.ts";

export type { PanelCtx, Shell, Tab } from "./panel.ts";

const TABS: readonly Tab[] = ["diplomacy", "orders", "news", "chat"];

/** The match screen: top bar (date, phase, timer, tension, AP, ready), the map, the panels. */
export class GameScreen {
  private readonly net: Net;
  private readonly shell: Shell;
  private readonly top: HTMLElement;
  private readonly tabs: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly mapArea: HTMLElement;
  private readonly root: HTMLElement;
  private tab: Tab = "news";
  private map: MapHandle | undefined;
  private mapMode: MapMode = "political";
  private readonly timer: number;
  private lastPhase = "";
  private readonly info: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly zoom = h("div", { class: "map-zoom-slot" });
  /** Escape forgets the selected region (unless a dialog or a field has the key). */
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || document.querySelector("dialog[open]")) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (this.selected === null) return;
    this.map?.deselect();
    this.selected = null;
    this.drawInfo();
  };
  private hovered: string | null = null;
  /** What each tab held when last looked at: a tab with more since then wears a badge. */
  private seen: Partial<Record<Tab, number>> = {};
  /** The badges last drawn: one that grows on a closed tab rings, if the player wants it. */
  private badges: Partial<Record<Tab, number>> = {};
  private selected: string | null = null;
  /** The answers this seat owes (pending.ts), as of the last render. */
  private pending: Pending[] = [];
  /** What the panels keep across re-renders, for this match only. */
  private readonly panels = newPanelState();

  constructor(main: HTMLElement, net: Net, shell: Shell) {
    this.net = net;
    this.shell = shell;
    this.top = h("div", { class: "topbar", role: "region" });
    this.mapArea = h("div", { class: "map-area", id: "map-area" });
    this.tabs = h("div", { class: "tabs", role: "tablist" });
    this.panel = h("div", { class: "panel", id: "panel", role: "tabpanel", tabindex: "0" });
    this.info = h("div", { class: "region-info-slot" });
    this.legend = h("div", { class: "map-legend-slot" });
    this.root = h(
      "div",
      { class: "game" },
      this.top,
      h(
        "div",
        { class: "game-body" },
        h(
          "section",
          { class: "map-wrap", "aria-label": t("map.label") },
          this.mapArea,
          this.legend,
          this.zoom,
          this.info,
        ),
        h("aside", { class: "side" }, this.tabs, this.panel),
      ),
    );
    main.replaceChildren(this.root);
    // The match's compiled scenario lets the map's reach mode ask the engine itself.
    const first = net.view
      ? { view: net.view, seat: net.seat, ...(net.rules ? { ctx: net.rules } : {}) }
      : {};
    void mountMap(this.mapArea, { locale: lang(), reducedMotion: reducedMotion(), ...first })
      .then((m) => {
        this.map = m;
        m.on("hover", (r) => {
          this.hovered = r;
          this.drawInfo();
        });
        m.on("select", (r) => {
          this.selected = r;
          this.drawInfo();
        });
        this.render();
      })
      .catch((e: unknown) => console.warn("map failed to load", e));
    document.addEventListener("keydown", this.onKey);
    // The phase timer ticks on its own; the rest re-renders on server updates.
    this.timer = window.setInterval(() => this.tick(), 1000);
  }

  destroy(): void {
    window.clearInterval(this.timer);
    document.removeEventListener("keydown", this.onKey);
    this.map?.destroy();
  }

  private tick(): void {
    const el = this.top.querySelector(".timer");
    if (el) el.textContent = this.timerText();
  }

  private timerText(): string {
    const m = this.net.match;
    if (!m) return "";
    if (m.status === "paused") return t("game.paused");
    if (m.deadline === null) return t("game.noDeadline");
    return formatCountdown(m.deadline - Date.now());
  }

  render(): void {
    const view = this.net.view;
    if (!view) {
      replaceContent(this.panel, h("p", { class: "hint" }, t("game.loading")));
      return;
    }
    const seat = this.net.seat;
    this.map?.setView(view, seat, this.net.rules);
    if (view.phase !== this.lastPhase) {
      // Each phase opens on the panel where its work is done.
      if (view.phase === "diplomacy") this.tab = "diplomacy";
      else if (view.phase === "orders") this.tab = "orders";
      else if (view.phase === "news" || view.phase === "report") this.tab = "news";
      this.lastPhase = view.phase;
    }
    if (view.phase === "ended" || this.net.match?.status === "finished") {
      this.root.classList.add("ended");
      replaceContent(this.top, this.topBar(view, seat));
      replaceContent(this.panel);
      replaceContent(this.tabs);
      renderFinal(this.root, { ...this.ctx(view, seat) });
      return;
    }
    replaceContent(this.top, this.topBar(view, seat));
    const ctx = this.ctx(view, seat);
    this.pending = pendingItems(view, seat, ctx.legal);
    replaceContent(this.tabs, this.tabButtons(), this.mapModes());
    replaceContent(
      this.legend,
      this.map ? mapLegend(this.mapMode, this.mapArea.clientWidth) : null,
    );
    replaceContent(this.zoom, this.map ? mapZoom(this.map) : null);
    this.panel.setAttribute("aria-labelledby", `tab-${this.tab}`);
    if (this.tab === "diplomacy") renderDiplomacy(this.panel, ctx);
    else if (this.tab === "orders") renderOrders(this.panel, ctx);
    else if (this.tab === "news") renderNews(this.panel, ctx);
    else renderChat(this.panel, ctx);
    // An answer that waits is never hidden behind another tab: a notice leads to its card.
    const notice =
      this.tab === "orders" ? null : pendingNotice(this.pending, (id) => this.showPending(id));
    if (notice) this.panel.prepend(notice);
    this.drawInfo();
    maybeGuide(view, seat, (tab) => this.select(tab));
  }

  /** The facts of the hovered region, or the selected one with the orders legal there. */
  private drawInfo(): void {
    const view = this.net.view;
    if (!view) return;
    const region = this.hovered ?? this.selected;
    const ctx = this.ctx(view, this.net.seat);
    const box = regionInfo(
      view,
      region,
      region === this.selected,
      ctx.legal,
      (a) => void this.net.act(a),
    );
    replaceContent(this.info, box);
  }

  /** Open the Orders tab on a waiting card (the notice's button). */
  private showPending(id: string): void {
    this.select("orders");
    showCard(this.panel, id, !reducedMotion());
  }

  select(tab: Tab): void {
    this.tab = tab;
    this.render();
    document.getElementById(`tab-${tab}`)?.focus();
  }

  private ctx(view: GameView, seat: string | null): PanelCtx {
    const legal = seat && this.net.rules ? legalFor(view, seat, this.net.rules) : [];
    return {
      net: this.net,
      view,
      seat,
      shell: this.shell,
      map: this.map,
      legal,
      rerender: () => this.render(),
      state: this.panels,
    };
  }

  private topBar(view: GameView, seat: string | null): HTMLElement[] {
    const me = seat ? view.powers[seat] : undefined;
    const ready = seat && this.net.rules ? readyAction(view, seat) : undefined;
    const l = lang();
    return [
      h("span", { class: "date", id: "game-date" }, formatTurnLabel(turnLabel(view.turn), l)),
      h("span", { class: "phase", id: "game-phase" }, t(`phase.${view.phase}`)),
      h("span", { class: "timer", role: "timer", "aria-label": t("game.timer") }, this.timerText()),
      h(
        "span",
        { class: "tension" },
        tip(t("figure.tension"), t("tip.tension")),
        h("meter", {
          min: 0,
          max: 100,
          low: 33,
          high: 66,
          optimum: 0,
          value: view.tension,
          "aria-label": t("figure.tension"),
        }),
        h("span", { class: "figure" }, formatNumber(view.tension, l)),
      ),
      seat
        ? h("span", { class: "seat-name" }, powerName(seat))
        : h("span", { class: "seat-name" }, t("game.spectator")),
      me && me.ap !== null
        ? h(
            "span",
            { class: "ap" },
            tip(t("figure.ap"), t("tip.ap")),
            " ",
            h("span", { class: "figure", id: "ap-left" }, formatNumber(me.ap, l)),
          )
        : null,
      me && ready && view.phase !== "ended"
        ? h(
            "button",
            {
              type: "button",
              id: "ready",
              class: me.ready ? "ready on" : "ready primary",
              "aria-pressed": me.ready ? "true" : "false",
              // A toggle keeps its name ("Ready"); pressed, it shows a tick and says how to undo.
              title: me.ready ? t("game.unready") : t("game.readyHint"),
              onclick: () => void this.net.act(ready),
            },
            me.ready ? `✓ ${t("game.ready")}` : t("game.ready"),
          )
        : null,
      this.hostControls(),
      soundToggle(() => this.render()),
      errorBanner(this.shell),
    ].filter((x): x is HTMLElement => x !== null);
  }

  /** The host may pause and resume the clock. */
  private hostControls(): HTMLElement | null {
    const status = this.net.match?.status;
    if (!this.net.welcome?.host || (status !== "running" && status !== "paused")) return null;
    const paused = status === "paused";
    return h(
      "button",
      {
        type: "button",
        id: "host-pause",
        onclick: () => this.net.host({ cmd: paused ? "resume" : "pause" }),
      },
      paused ? t("game.resume") : t("game.pause"),
    );
  }

  private tabButtons(): HTMLElement {
    const view = this.net.view;
    const now = view ? tabCounts(view, this.net.seat, this.pending, this.net.chat) : undefined;
    if (now) {
      for (const tab of TABS) {
        // The open tab is being read; a count that fell (answered) resets what was seen.
        if (tab === this.tab || (this.seen[tab] ?? 0) > now[tab] || this.seen[tab] === undefined)
          this.seen[tab] = now[tab];
      }
    }
    const fresh = (tab: Tab) => (now ? now[tab] - (this.seen[tab] ?? now[tab]) : 0);
    const badges = Object.fromEntries(TABS.map((tab) => [tab, fresh(tab)]));
    if (soundOn(localStorage) && shouldRing(this.badges, badges, this.tab)) ring();
    this.badges = badges;
    return h(
      "div",
      { class: "tab-buttons" },
      TABS.map((tab) =>
        h(
          "button",
          {
            type: "button",
            role: "tab",
            id: `tab-${tab}`,
            "aria-selected": tab === this.tab ? "true" : "false",
            "aria-controls": "panel",
            tabindex: tab === this.tab ? "0" : "-1",
            onclick: () => this.select(tab),
            onkeydown: (e: Event) => this.arrowKeys(e as KeyboardEvent, tab),
          },
          t(`tab.${tab}`),
          // While an answer waits, the Orders tab says so whether or not it was looked at.
          tab === "orders" && this.pending.length > 0
            ? h(
                "span",
                {
                  class: "badge pending",
                  "data-badge": tab,
                  "aria-label": t("pending.badge", { count: this.pending.length }),
                },
                String(this.pending.length),
              )
            : fresh(tab) > 0
              ? h(
                  "span",
                  {
                    class: "badge",
                    "data-badge": tab,
                    "aria-label": t("game.newItems", { count: fresh(tab) }),
                  },
                  String(fresh(tab)),
                )
              : null,
        ),
      ),
    );
  }

  /** Arrow keys move between tabs (the WAI-ARIA tabs pattern). */
  private arrowKeys(e: KeyboardEvent, tab: Tab): void {
    const i = TABS.indexOf(tab);
    const next =
      e.key === "ArrowRight"
        ? TABS[(i + 1) % TABS.length]
        : e.key === "ArrowLeft"
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : undefined;
    if (next) {
      e.preventDefault();
      this.select(next);
    }
  }

  private mapModes(): HTMLElement | null {
    const map = this.map;
    if (!map) return null;
    return h(
      "label",
      { class: "map-mode" },
      t("map.mode"),
      h(
        "select",
        {
          id: "map-mode",
          onchange: (e: Event) => {
            this.mapMode = (e.target as HTMLSelectElement).value as MapMode;
            map.setMode(this.mapMode);
            replaceContent(this.legend, mapLegend(this.mapMode, this.mapArea.clientWidth));
          },
        },
        (["political", "alliances", "reach", "sanctions"] as const).map((m) =>
          h("option", { value: m, selected: m === this.mapMode }, t(`map.${m}`)),
        ),
      ),
    );
  }
}
