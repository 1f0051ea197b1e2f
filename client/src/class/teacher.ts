import "../csp.ts";
import "../styles/fonts.ts";
import "../styles/base.css";
import "../styles/panels.css";
import "../styles/documents.css";
import "./class.css";
import { initI18n, lang } from "../i18n/index.ts";
import { bundledScenario } from "../net/rules.ts";
import { h, reducedMotion, replaceContent } from "../ui/dom.ts";
import { mountMap, type MapHandle } from "../ui/game/map-mount.ts";
import type { Ctx } from "@cs/shared";
import { ct, DEBRIEF_KEY, languageSwitch, onLanguage } from "./common.ts";
import { ClassConn, serverBase } from "./conn.ts";
import { controls } from "./controls.ts";
import { joinPanel } from "./join-panel.ts";
import { channelsPanel, injectPanel, memosPanel, powersPanel } from "./panels.ts";
import { roster } from "./roster.ts";
import { renderSetup } from "./setup.ts";
import { pickChannel, writePanel } from "./teacher-chat.ts";

const KEY = "cs.class.teacher";

/**
 * The teacher's page: the class's setup, then the dashboard (join code and QR, clock and
 * controls, roster, powers and their orders, injects, memos, every channel, the omniscient map)
 * and the debrief. The teacher token stays in this browser to come back after a reload.
 */
async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  const conn = new ClassConn(serverBase());
  const header = h("header", { class: "app-header" });
  const main = h("main", { id: "main", class: "class-main" });
  root.replaceChildren(header, main);
  const head = () =>
    replaceContent(header, h("h1", { class: "brand" }, ct("teacherTitle")), languageSwitch());
  head();
  const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as {
    matchId: string;
    hostToken: string;
  } | null;
  let dash: Dashboard | undefined;
  const start = () => {
    dash = new Dashboard(main, conn);
    conn.onChange(() => {
      const w = conn.welcome;
      if (w?.hostToken)
        localStorage.setItem(KEY, JSON.stringify({ matchId: w.matchId, hostToken: w.hostToken }));
      dash?.schedule();
    });
  };
  onLanguage(() => {
    head();
    dash?.render(true);
  });
  if (saved) {
    try {
      start();
      // The server sends the class and its memos with the join: nothing to ask for.
      await conn.join(saved.matchId, { hostToken: saved.hostToken });
      return;
    } catch {
      localStorage.removeItem(KEY);
    }
  }
  await renderSetup(main, conn.base, (o) => {
    start();
    void conn.create(o);
  });
}

class Dashboard {
  private readonly conn: ClassConn;
  private readonly slots: Record<string, HTMLElement>;
  private map: MapHandle | undefined;
  private ctx: Ctx | undefined;
  private pending = false;
  private injectKey = "";
  private sayKey = "";
  private debrief: unknown;

  constructor(main: HTMLElement, conn: ClassConn) {
    this.conn = conn;
    const slot = (id: string) => h("div", { id: `slot-${id}`, class: `slot slot-${id}` });
    this.slots = Object.fromEntries(
      ["join", "controls", "roster", "powers", "inject", "memos", "say", "channels"].map((k) => [
        k,
        slot(k),
      ]),
    );
    const mapArea = h("div", { class: "map-area class-map", id: "map-area" });
    const s = this.slots;
    main.replaceChildren(
      h(
        "div",
        { class: "dashboard" },
        h("div", { class: "dash-col" }, s.join, s.controls, s.powers, s.inject),
        h("div", { class: "dash-col wide" }, mapArea, s.roster, s.memos, s.say, s.channels),
      ),
    );
    void mountMap(mapArea, { locale: lang(), reducedMotion: reducedMotion() })
      .then((m) => {
        this.map = m;
        if (m && conn.view) m.setView(conn.view, null);
      })
      .catch(() => undefined);
    setInterval(() => this.renderControls(), 1000);
  }

  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.render();
    });
  }

  private renderControls(): void {
    replaceContent(
      this.slots.controls as HTMLElement,
      controls(this.conn, () => {
        // The report has a page of its own, away from the channels: open it at once (a
        // window opened later than the click would be blocked), then ask for the report.
        window.open("debrief.html", "cs-debrief");
        this.conn.teacher({ cmd: "debrief" });
      }),
    );
  }

  private renderPen(): void {
    replaceContent(
      this.slots.say as HTMLElement,
      writePanel(this.conn, () => this.renderPen()),
    );
  }

  render(all = false): void {
    const { conn, slots } = this;
    if (conn.match && !this.ctx) {
      void bundledScenario(conn.match.scenario, conn.match.start)
        .then((c) => {
          this.ctx = c;
          this.injectKey = "";
          this.schedule();
        })
        .catch(() => undefined);
    }
    replaceContent(slots.join as HTMLElement, joinPanel(conn));
    this.renderControls();
    replaceContent(slots.roster as HTMLElement, roster(conn));
    replaceContent(slots.powers as HTMLElement, powersPanel(conn));
    const key = `${Object.keys(conn.view?.fired ?? {}).length}:${!!this.ctx}:${conn.match?.seats.length ?? 0}`;
    if (all || key !== this.injectKey) {
      this.injectKey = key;
      replaceContent(slots.inject as HTMLElement, injectPanel(conn, this.ctx));
    }
    replaceContent(slots.memos as HTMLElement, memosPanel(conn));
    // Like the injects, the pen is rebuilt only when its powers change, not while typing.
    const sayKey = conn.match?.seats.length ?? 0;
    if (all || `${sayKey}` !== this.sayKey) {
      this.sayKey = `${sayKey}`;
      this.renderPen();
    }
    replaceContent(
      slots.channels as HTMLElement,
      channelsPanel(conn, (ch) => {
        pickChannel(ch);
        this.renderPen();
        document.getElementById("say-text")?.focus();
      }),
    );
    if (conn.debrief && conn.debrief !== this.debrief) {
      this.debrief = conn.debrief;
      localStorage.setItem(DEBRIEF_KEY, JSON.stringify({ debrief: conn.debrief }));
    }
    if (this.map && conn.view) this.map.setView(conn.view, null);
  }
}

void boot();
