import "../csp.ts";
import "../styles/fonts.ts";
import "../styles/base.css";
import "../styles/panels.css";
import "../styles/documents.css";
import "./class.css";
import type { ClassInfo, ClassServerMessages, StudentCommand } from "@cs/shared";
import { addObjectiveText, initI18n, t } from "../i18n/index.ts";
import { resolveJoinCode } from "../net/http.ts";
import { ClassNet } from "../net/class-net.ts";
import { setActingRoles } from "../net/rules.ts";
import { saveSession } from "../net/tokens.ts";
import { h, replaceContent } from "../ui/dom.ts";
import { GameScreen } from "../ui/game/screen.ts";
import { connectionBadge, ct, languageSwitch, onLanguage } from "./common.ts";
import { serverBase } from "../net/links.ts";
import { classBar, preGame } from "./student-panels.ts";
import { refusalText as inWords } from "../net/refusal-text.ts";

const KEY = "cs.class.student";

/**
 * A student's page: join with the class code and a display name (no account), then the
 * class bar (team, roles, the notice that the teacher reads channels, memos) above the game
 * screen of the shell. The student token is kept like a seat token, so a reload comes back.
 */
async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  const header = h("header", { class: "app-header" });
  const bar = h("div", { id: "class-bar", class: "class-bar" });
  const main = h("main", { id: "main", class: "class-main" });
  root.replaceChildren(
    header,
    bar,
    main,
    h("div", { id: "announcer", class: "sr-only", "aria-live": "polite" }),
  );
  const head = () =>
    replaceContent(header, h("h1", { class: "brand" }, t("app.title")), languageSwitch());
  head();
  const net = new ClassNet(serverBase(), localStorage);
  // Objectives' words come from the server, only those this team may know.
  net.on("objectives", (o) => addObjectiveText(o.text));
  if (localStorage.getItem(KEY) && net.session?.token && (await net.rejoin())) {
    play(net, bar, main, head);
    return;
  }
  joinForm(main, async (code, name) => {
    const matchId = await resolveJoinCode(net.base, code);
    // One connection: the class's messages are heard from the join on (Net.onMessage).
    const welcome = new Promise<ClassServerMessages["classWelcome"]>((resolve) => {
      net.onMessage("classWelcome", resolve);
    });
    await net.joinById(matchId, { code, name });
    const { token } = await welcome;
    saveSession(localStorage, { matchId, token, code, name });
    localStorage.setItem(KEY, matchId);
    play(net, bar, main, head);
  });
}

function joinForm(main: HTMLElement, join: (code: string, name: string) => Promise<void>): void {
  const params = new URLSearchParams(window.location.search);
  const code = h("input", {
    id: "join-code-input",
    name: "code",
    required: true,
    value: params.get("code") ?? "",
    autocomplete: "off",
  });
  const name = h("input", { id: "join-name", name: "name", required: true, maxlength: 40 });
  const error = h("p", { class: "error", role: "alert" });
  const form = h(
    "form",
    { class: "paper class-join", id: "class-join" },
    h("h2", {}, ct("student.joinTitle")),
    h("label", {}, ct("student.code"), code),
    h("label", {}, ct("student.name"), name),
    h("button", { type: "submit", class: "btn primary", id: "join-submit" }, ct("student.join")),
    error,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    error.textContent = "";
    join(code.value.trim(), name.value.trim()).catch(
      () => (error.textContent = ct("student.joinFailed")),
    );
  });
  main.replaceChildren(form);
}

/** In the class: the bar above, the briefing before the start, then the shell's game screen. */
function play(net: ClassNet, bar: HTMLElement, main: HTMLElement, head: () => void): void {
  let info: ClassInfo | undefined;
  let game: GameScreen | undefined;
  // The connection's state comes from the Net; anything sent while it is down is refused
  // there in words (a `refused` event), never lost unseen.
  let removed = false;
  const shell = { error: "", render: () => render() };
  const send = (cmd: StudentCommand) => void net.student(cmd);
  const render = () => {
    const started = net.match && net.match.status !== "lobby";
    replaceContent(
      bar,
      connectionBadge(removed ? "lost" : net.state),
      classBar(net, info, send),
      // In the game the shell shows errors itself; before it, here.
      !started && shell.error ? h("p", { class: "error", role: "alert" }, shell.error) : null,
    );
    if (started && net.seat && net.view) {
      game ??= new GameScreen(main, net, shell);
      game.render();
    } else {
      game?.destroy();
      game = undefined;
      replaceContent(main, preGame(net, info, send));
    }
  };
  // The latest class message comes at once (it arrived with the join), then every change.
  net.onMessage("class", (m) => {
    info = m;
    // The panels offer only what this student's roles allow (the server refuses the rest).
    setActingRoles(m.yourRoles);
    render();
  });
  net.on("refused", (r) => {
    shell.error = refusalText(r.code, r.message);
    render();
  });
  net.on("ack", () => {
    if (!shell.error) return;
    shell.error = "";
    render();
  });
  // After a drop or a server restart the Net joins again by itself with this page's token.
  net.on("connection", () => render());
  net.onMessage("removed", () => {
    localStorage.removeItem(KEY);
    shell.error = ct("student.removed");
    removed = true;
    render();
  });
  for (const ev of ["match", "view", "welcome", "chat", "chatLog", "rules"] as const)
    net.on(ev, () => render());
  onLanguage(() => {
    head();
    render();
  });
  render();
}

/** A refusal in words: the class's codes, then the game's, then the server's own message. */
function refusalText(code: string, message: string): string {
  return ct(`errors.${code}`, { defaultValue: inWords(code, message) });
}

void boot();
