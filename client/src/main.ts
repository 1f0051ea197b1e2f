import "./csp.ts";
import "./styles/fonts.ts";
import "./styles/base.css";
import "./styles/panels.css";
import "./styles/documents.css";
import { addObjectiveText, initI18n, t } from "./i18n/index.ts";
import { Net } from "./net/net.ts";
import { markFinished } from "./net/tokens.ts";
import { App } from "./ui/app.ts";

/**
 * Boot: languages first (every string on screen comes from them), then the shell; a browser
 * that holds a seat token goes straight back to its match.
 */
async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  // Served by the game server itself in production; `VITE_SERVER` points a dev build elsewhere.
  const base = (import.meta.env["VITE_SERVER"] as string | undefined) ?? window.location.origin;
  const net = new Net(base, window.localStorage);
  // Objectives' words come from the server, only those this seat may know.
  net.on("objectives", (o) => addObjectiveText(o.text));
  net.on("match", (m) => {
    if (m.status === "finished") markFinished(window.localStorage, m.id);
  });
  const app = new App(root, net);
  // Back to the match at once, the home form never shown meanwhile; a finished match is not
  // rejoined: the home page offers its final report instead.
  const session = net.session;
  app.rejoining = !!session && !session.finished;
  app.render();
  if (app.rejoining) {
    const back = await net.rejoin();
    // Once back, the match's record (which comes right after the join) ends the wait.
    if (!back) {
      app.rejoining = false;
      app.error = t("errors.rejoinFailed");
    }
    app.render();
  }
}

void boot();
