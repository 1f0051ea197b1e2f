import "../csp.ts";
import "../styles/fonts.ts";
import "../styles/base.css";
import "../styles/panels.css";
import "../styles/documents.css";
import "./class.css";
import { addObjectiveText, initI18n, lang } from "../i18n/index.ts";
import { bundledScenario } from "../net/rules.ts";
import { h, reducedMotion, replaceContent } from "../ui/dom.ts";
import { mountMap, type MapHandle } from "../ui/game/map-mount.ts";
import type { Ctx } from "@cs/shared";
import { connectionBadge, ct, DEBRIEF_KEY, languageSwitch, onLanguage } from "./common.ts";
import { ClassNet } from "../net/class-net.ts";
import { fromTeacherLink, serverBase } from "../net/links.ts";
import type { ClassJoinOptions } from "@cs/shared";
import { clockText, controls } from "./controls.ts";
import { joinPanel } from "./join-panel.ts";
import { channelsPanel, injectPanel, memosPanel, powersPanel, treatiesPanel } from "./panels.ts";
import { roster } from "./roster.ts";
import { renderSetup } from "./setup.ts";
import { pickChannel, writePanel } from "./teacher-chat.ts";

const KEY = "cs.class.teacher";
const SETTINGS_KEY = "cs.class.settings";

/**
 * The teacher's page: the class's setup, then the dashboard (join code and QR, clock and
 * controls, roster, powers and their orders, injects, memos, every channel, the omniscient map)
 * and the debrief. The teacher token stays in this browser to come back after a reload.
 */
async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  const conn = new ClassNet(serverBase());
  // Objectives' words come from the server, only those this page may know.
  conn.on("objectives", (o) => addObjectiveText(o.text));
  const header = h("header", { class: "app-header" });
  const main = h("main", { id: "main", class: "class-main" });
  root.replaceChildren(header, main);
  const head = () =>
    replaceContent(
      header,
      h("h1", { class: "brand" }, ct("teacherTitle")),
      connectionBadge(conn.state),
      languageSwitch(),
    );
  head();
  let shown = conn.state;
  conn.onChange(() => {
    if (conn.state === shown) return;
    shown = conn.state;
    head();
  });
  // Opened from the teacher link (another browser, after a crash): keep it here, then take
  // the token out of the address bar so that it is not shown on the projector.
  const linked = fromTeacherLink(window.location.hash);
  if (linked) {
    localStorage.setItem(KEY, JSON.stringify(linked));
    history.replaceState(null, "", window.location.pathname);
  }
  const again = new URLSearchParams(window.location.search).has("again");
  const saved = again
    ? null
    : (JSON.parse(localStorage.getItem(KEY) ?? "null") as {
        matchId: string;
        hostToken: string;
      } | null);
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
  const previous = JSON.parse(
    localStorage.getItem(SETTINGS_KEY) ?? "null",
  ) as ClassJoinOptions | null;
  await renderSetup(main, conn.base, again ? previous : null, (o) => {
    // Kept for "New class with the same settings".
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(o));
    history.replaceState(null, "", window.location.pathname);
    start();
    void conn.createClass(o);
  });
}

class Dashboard {
  private readonly conn: ClassNet;
  private readonly slots: Record<string, HTMLElement>;
  private map: MapHandle | undefined;
  private ctx: Ctx | undefined;
  private pending = false;
  private injectKey = "";
  private sayKey = "";
  private debrief: unknown;

  constructor(main: HTMLElement, conn: ClassNet) {
    this.conn = conn;
    const slot = (id: string) => h("div", { id: `slot-${id}`, class: `slot slot-${id}` });
    this.slots = Object.fromEntries(
      [
        "join",
        "controls",
        "roster",
        "powers",
        "treaties",
        "inject",
        "memos",
        "say",
        "channels",
      ].map((k) => [k, slot(k)]),
    );
    const mapArea = h("div", { class: "map-area class-map", id: "map-area" });
    const s = this.slots;
    main.replaceChildren(
      h(
        "div",
        { class: "dashboard" },
        h("div", { class: "dash-col" }, s.join, s.controls, s.powers, s.treaties, s.inject),
        h("div", { class: "dash-col wide" }, mapArea, s.roster, s.memos, s.say, s.channels),
      ),
    );
    void mountMap(mapArea, { locale: lang(), reducedMotion: reducedMotion() })
      .then((m) => {
        this.map = m;
        if (conn.view) m.setView(conn.view, null);
      })
      .catch(() => undefined);
    // The clock ticks in place; the buttons are rebuilt only when what they offer changes,
    // so that a click never lands on a button being replaced.
    setInterval(() => this.tick(), 1000);
  }

  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.render();
    });
  }

  private controlsKey = "";

  private tick(): void {
    const clock = document.getElementById("phase-clock");
    const text = clockText(this.conn);
    if (clock && clock.textContent !== text) clock.textContent = text;
    this.renderControls();
  }

  private renderControls(): void {
    const m = this.conn.match;
    const key = [
      m?.status,
      m?.phase,
      m?.turn,
      this.conn.lastRefusal?.code ?? "",
      this.conn.lastRefusal?.message ?? "",
      this.conn.state,
      this.conn.info?.rollbacks?.length ?? 0,
      lang(),
      m?.deadline || m?.remaining ? "t" : "",
    ].join("|");
    if (key === this.controlsKey) return;
    this.controlsKey = key;
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
    replaceContent(slots.treaties as HTMLElement, treatiesPanel(conn));
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
      localStorage.setItem(
        DEBRIEF_KEY,
        JSON.stringify({ debrief: conn.debrief, objectives: conn.objectives?.text }),
      );
    }
    if (this.map && conn.view) this.map.setView(conn.view, null);
  }
}

void boot();
