import { languageSwitch } from "./lang-switch.ts";
import type { Net } from "../net/net.ts";
import { onLanguage, t } from "../i18n/index.ts";
import { announce, h, replaceContent } from "./dom.ts";
import { renderHome } from "./home.ts";
import { renderLobby } from "./lobby.ts";
import { GameScreen } from "./game/screen.ts";
import { openRules } from "./rules.ts";
import { alreadyDone } from "./error-banner.ts";
import { refusalText } from "../net/refusal-text.ts";

export type Screen = "home" | "lobby" | "game";

/** Which screen a match info and view call for. */
export function screenFor(status: string | undefined): Screen {
  if (status === undefined) return "home";
  return status === "lobby" ? "lobby" : "game";
}

/**
 * The application shell: a header (title, language, rules) and one screen at a time. It
 * subscribes to the net module and re-renders the current screen on every update.
 */
export class App {
  private readonly net: Net;
  private readonly main: HTMLElement;
  private readonly headerRight: HTMLElement;
  private screen: Screen | undefined;
  private game: GameScreen | undefined;
  /** The match the game screen shows. */
  private gameFor: string | undefined;
  /** The error shown, as a code (translated at each render, so a language switch reaches it). */
  private shown: { code: string; message: string } | undefined;
  private fade: number | undefined;
  /** The message shown while the match moves between servers (cleared once back). */
  private moving = "";
  /** Going back to the stored match after a reload: no home form meanwhile. */
  rejoining = false;

  constructor(root: HTMLElement, net: Net) {
    this.net = net;
    this.headerRight = h("div", { class: "header-tools" });
    this.main = h("main", { id: "main", tabindex: "-1" });
    root.replaceChildren(
      h("a", { class: "skip-link", href: "#main" }, ""),
      h("header", { class: "app-header" }, h("h1", { class: "brand" }, ""), this.headerRight),
      this.main,
      h("div", { id: "announcer", class: "sr-only", "aria-live": "polite" }),
    );
    for (const ev of ["match", "view", "welcome", "chat", "chatLog", "rules"] as const) {
      net.on(ev, () => this.render());
    }
    net.on("refused", (r) => {
      // A double click: the first press did it, the second is refused for that very reason.
      // The action succeeded, so no error stays (issue 11, item 7).
      if (alreadyDone(r.code, this.net)) return;
      this.show(r.code, r.message);
    });
    net.on("connection", (c) => {
      if (c.state === "closed" && c.error) this.error = t("errors.disconnected");
      // A match moving between server processes: say so while the client rejoins by itself.
      if (c.state === "reconnecting") {
        const moving = t(
          c.reason === "moved"
            ? "errors.moved"
            : c.reason === "silent"
              ? "errors.silent"
              : "errors.reconnecting",
        );
        if (moving !== this.error) announce(moving);
        this.error = this.moving = moving;
      } else if (c.state === "connected" && this.moving && this.error === this.moving) {
        this.error = this.moving = "";
      }
      this.render();
    });
    onLanguage(() => this.render());
  }

  /** The error banner's text in the current language ("" when none). */
  get error(): string {
    const e = this.shown;
    if (!e) return "";
    return e.code ? refusalText(e.code, t("errors.generic")) : e.message;
  }

  /** Panels set an already translated message (or "" to clear). */
  set error(message: string) {
    this.shown = message ? { code: "", message } : undefined;
  }

  /** Show an error by code; it fades after a while and can be dismissed. */
  show(code: string, message: string): void {
    this.shown = { code, message };
    announce(this.error);
    window.clearTimeout(this.fade);
    this.fade = window.setTimeout(() => this.dismiss(), ERROR_FADE_MS);
    this.render();
  }

  dismiss(): void {
    window.clearTimeout(this.fade);
    if (!this.shown) return;
    this.shown = undefined;
    this.render();
  }

  render(): void {
    const root = this.main.parentElement;
    const skip = root?.querySelector(".skip-link");
    if (skip) skip.textContent = t("app.skip");
    const brand = root?.querySelector(".brand");
    if (brand) brand.textContent = t("app.title");
    document.title = t("app.title");
    replaceContent(this.headerRight, languageSwitch(), rulesButton());
    const next = screenFor(this.net.match?.status);
    if (next !== "home") this.rejoining = false;
    // Another match (joined from a finished one) gets a screen of its own: panel state and all.
    const matchId = this.net.match?.id;
    if (next !== this.screen || matchId !== this.gameFor) {
      this.gameFor = matchId;
      if (this.screen === "game") this.game?.destroy();
      this.game = undefined;
      this.screen = next;
      this.main.replaceChildren();
    }
    if (next === "home" && this.rejoining)
      replaceContent(
        this.main,
        h("p", { class: "paper hint", id: "rejoining" }, t("app.rejoining")),
      );
    else if (next === "home") renderHome(this.main, this.net, this);
    else if (next === "lobby") renderLobby(this.main, this.net, this);
    else {
      this.game ??= new GameScreen(this.main, this.net, this);
      this.game.render();
    }
  }
}

/** How long an error stays before it fades (it can be dismissed sooner). */
const ERROR_FADE_MS = 8000;

function rulesButton(): HTMLElement {
  return h(
    "button",
    { type: "button", class: "rules-btn", id: "rules-open", onclick: () => openRules() },
    t("app.rules"),
  );
}
