import "../csp.ts";
import "../styles/fonts.ts";
import "../styles/base.css";
import "../styles/panels.css";
import "../styles/documents.css";
import "./class.css";
import type { Debrief } from "@cs/shared";
import { addObjectiveText, initI18n } from "../i18n/index.ts";
import { h, replaceContent } from "../ui/dom.ts";
import { ct, DEBRIEF_KEY, languageSwitch, onLanguage } from "./common.ts";
import { debriefReport, type DebriefOptions } from "./debrief.ts";
import { debriefActions } from "./debrief-export.ts";

/**
 * The debrief's own page, opened by the dashboard's "Debrief report": nothing of the
 * dashboard (channels, memos in progress, the omniscient map) is on it, so it can go on the
 * projector — in its projector version (`?projector`), without memos or secret articles — and
 * it prints whole. It shows the report the dashboard last received and follows newer ones.
 */
async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  const header = h("header", { class: "app-header no-print" });
  const main = h("main", { id: "main", class: "class-main debrief-page" });
  root.replaceChildren(header, main);
  const url = new URL(window.location.href);
  const o: DebriefOptions = { projector: url.searchParams.has("projector") };
  const read = (): Debrief | undefined => {
    try {
      const kept = JSON.parse(localStorage.getItem(DEBRIEF_KEY) ?? "null") as {
        debrief?: Debrief;
        objectives?: Parameters<typeof addObjectiveText>[0];
      } | null;
      // The objectives' names come with the report: the client ships none of them.
      if (kept?.objectives) addObjectiveText(kept.objectives);
      return kept?.debrief;
    } catch {
      return undefined;
    }
  };
  const toggle = () => {
    o.projector = !o.projector;
    if (o.projector) url.searchParams.set("projector", "");
    else url.searchParams.delete("projector");
    history.replaceState(null, "", url);
    render();
  };
  const render = () => {
    const d = read();
    document.title = `${ct("debrief.title")} — ${ct("teacherTitle")}`;
    replaceContent(
      header,
      h("h1", { class: "brand" }, ct("debrief.title")),
      d ? debriefActions(d, o, toggle) : null,
      languageSwitch(),
    );
    replaceContent(
      main,
      d
        ? debriefReport(d, o)
        : h("p", { class: "paper hint", id: "debrief-waiting" }, ct("debrief.waiting")),
    );
  };
  // The dashboard writes a fresh report here; every open debrief page follows it.
  window.addEventListener("storage", (e) => {
    if (e.key === DEBRIEF_KEY) render();
  });
  onLanguage(render);
  render();
}

void boot();
