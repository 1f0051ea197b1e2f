import "../csp.ts";
import "../styles/fonts.ts";
import "../styles/base.css";
import "../styles/panels.css";
import "../styles/documents.css";
import "./replay.css";
import { initI18n, onLanguage, t } from "../i18n/index.ts";
import { languageSwitch } from "../ui/lang-switch.ts";
import { announce, h, replaceContent } from "../ui/dom.ts";
import { loadFile, loadMatch, type LoadResult } from "./load.ts";
import { errorText } from "./model.ts";
import { ReplayViewer } from "./viewer.ts";

/**
 * The replay page (replay.html): `?match=ID` opens a match from the server's archive; a file
 * chosen with the upload button opens a downloaded replay. Its own entry, so the game's shell
 * does not carry it, and a replay can be linked to and opened in a tab of its own.
 */
const base = (import.meta.env["VITE_SERVER"] as string | undefined) ?? window.location.origin;

let viewer: ReplayViewer | undefined;
let error = "";
let status = "";

const tools = h("div", { class: "header-tools" });
const errorBox = h("p", { id: "replay-error", class: "error", role: "alert", hidden: true });
const loader = h("section", { class: "replay-loader", id: "replay-loader" });
const stage = h("div", { class: "replay-stage", id: "replay-stage" });

function chrome(): void {
  document.title = t("replay:title");
  replaceContent(
    tools,
    h("a", { class: "replay-back", href: "./" }, t("replay:back")),
    languageSwitch(),
  );
  const brand = document.querySelector(".brand");
  if (brand) brand.textContent = t("replay:title");
  errorBox.textContent = error;
  errorBox.hidden = error === "";
  replaceContent(
    loader,
    h(
      "label",
      { class: "replay-upload" },
      t("replay:upload"),
      h("input", {
        type: "file",
        id: "replay-upload",
        accept: ".json,application/json",
        onchange: (e: Event) => void upload(e.target as HTMLInputElement),
      }),
    ),
    status ? h("p", { class: "hint", role: "status", id: "replay-status" }, status) : null,
    viewer ? null : h("p", { class: "hint" }, t("replay:intro")),
  );
}

function showError(message: string): void {
  error = message;
  announce(message);
  chrome();
}

async function open(result: Promise<LoadResult>): Promise<void> {
  status = t("replay:loading");
  error = "";
  chrome();
  const r = await result;
  status = "";
  if (!r.ok) {
    const { key, values, fallback } = errorText(r.error);
    showError(t(key, { ...values, defaultValue: fallback }));
    return;
  }
  viewer?.destroy();
  viewer = new ReplayViewer(stage, base, r.value, showError);
  chrome();
}

async function upload(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  await open(file.text().then((text) => loadFile(base, text)));
  input.value = "";
}

async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  await initI18n();
  root.replaceChildren(
    h("header", { class: "app-header" }, h("p", { class: "brand" }, ""), tools),
    h("main", { id: "main", class: "replay" }, loader, errorBox, stage),
    h("div", { id: "announcer", class: "sr-only", "aria-live": "polite" }),
  );
  onLanguage(() => {
    chrome();
    viewer?.render();
  });
  chrome();
  const match = new URLSearchParams(window.location.search).get("match");
  if (match) await open(loadMatch(base, match));
}

void boot();
