import { viewFor, type GameView, type Viewer } from "@cs/shared";
import { lang, powerName, t } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import type { MapHandle } from "../map/index.ts";
import { announce, h, reducedMotion, replaceContent } from "../ui/dom.ts";
import { branchOnline, enterBranch } from "./branch.ts";
import type { Loaded } from "./load.ts";
import {
  canBranchAt,
  downloadName,
  nextStep,
  OMNISCIENT,
  simCommand,
  viewerChoices,
} from "./model.ts";
import { newsPage, treatyPanel } from "./panels.ts";

const PLAY_MS = 1200;

/**
 * The replay of one match: a scrubber by turn and phase with play and pause, the view of any
 * seat (or the spectator's, or — once the match is over — the omniscient one), the map and the
 * news and treaties of each step, the file's download, and "Branch here".
 */
export class ReplayViewer {
  private readonly base: string;
  private readonly loaded: Loaded;
  private readonly controls = h("section", { class: "replay-bar paper", id: "replay-controls" });
  private readonly side = h("aside", { class: "replay-side", id: "replay-side" });
  private readonly mapArea = h("div", { class: "map-area replay-map", id: "replay-map" });
  private map: MapHandle | undefined;
  private index = 0;
  private viewer: Viewer;
  private timer: number | undefined;
  private message = "";

  constructor(root: HTMLElement, base: string, loaded: Loaded, onError: (m: string) => void) {
    this.base = base;
    this.loaded = loaded;
    this.onError = onError;
    const choices = this.choices();
    this.viewer = choices.includes(OMNISCIENT) ? OMNISCIENT : "spectator";
    root.replaceChildren(
      this.controls,
      h(
        "div",
        { class: "replay-body" },
        h("section", { class: "map-wrap", "aria-label": t("map.label") }, this.mapArea),
        this.side,
      ),
    );
    this.render();
    void this.mountMap();
  }

  private readonly onError: (m: string) => void;

  private get steps() {
    return this.loaded.timeline.steps;
  }

  private choices(): Viewer[] {
    const { file, timeline, teacher } = this.loaded;
    return viewerChoices(file, timeline.final, teacher);
  }

  private view(): GameView {
    const step = this.steps[this.index] ?? this.steps[0];
    const state = this.loaded.timeline.states[step?.state ?? 0] ?? this.loaded.timeline.final;
    return viewFor(state, this.viewer);
  }

  private seat(): string | null {
    return this.viewer === "spectator" || this.viewer === "teacher" ? null : this.viewer;
  }

  private async mountMap(): Promise<void> {
    try {
      const { createMap } = await import("../map/index.ts");
      this.map = await createMap(this.mapArea, {
        locale: lang(),
        reducedMotion: reducedMotion(),
        view: this.view(),
        seat: this.seat(),
        ctx: this.loaded.ctx,
      });
      this.mapArea.dataset["ready"] = "true";
    } catch (e) {
      console.warn("map failed to load", e);
    }
  }

  destroy(): void {
    this.pause();
    this.map?.destroy();
  }

  go(i: number): void {
    this.index = Math.max(0, Math.min(this.steps.length - 1, i));
    this.render();
  }

  play(): void {
    if (this.timer !== undefined) return;
    if (nextStep(this.steps, this.index) === undefined) this.index = 0;
    this.timer = window.setInterval(() => {
      const next = nextStep(this.steps, this.index);
      if (next === undefined) this.pause();
      else this.go(next);
    }, PLAY_MS);
    this.render();
  }

  pause(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    this.render();
  }

  render(): void {
    const view = this.view();
    this.map?.setView(view, this.seat(), this.loaded.ctx);
    replaceContent(this.controls, this.controlBar());
    replaceContent(this.side, newsPage(view), treatyPanel(view), this.branchBox());
  }

  private stepLabel(): string {
    const step = this.steps[this.index];
    if (!step) return "";
    return t("replay:stepLabel", {
      date: formatTurnLabel(step.label, lang()),
      phase: t(`phase.${step.phase}`),
      n: this.index + 1,
      total: this.steps.length,
    });
  }

  private controlBar(): HTMLElement[] {
    const playing = this.timer !== undefined;
    const last = this.steps.length - 1;
    const { file } = this.loaded;
    return [
      h("h1", { class: "replay-title" }, t("replay:titleOf", { name: file.meta.name })),
      h(
        "div",
        { class: "replay-transport", role: "group", "aria-label": t("replay:timeline") },
        h(
          "button",
          {
            type: "button",
            id: "replay-prev",
            disabled: this.index === 0,
            onclick: () => this.go(this.index - 1),
          },
          t("replay:prev"),
        ),
        h(
          "button",
          {
            type: "button",
            id: "replay-play",
            class: "primary",
            "aria-pressed": playing ? "true" : "false",
            onclick: () => (playing ? this.pause() : this.play()),
          },
          playing ? t("replay:pause") : t("replay:play"),
        ),
        h(
          "button",
          {
            type: "button",
            id: "replay-next",
            disabled: this.index >= last,
            onclick: () => this.go(this.index + 1),
          },
          t("replay:next"),
        ),
        h("input", {
          type: "range",
          id: "replay-scrubber",
          min: 0,
          max: last,
          step: 1,
          value: this.index,
          "aria-label": t("replay:timeline"),
          "aria-valuetext": this.stepLabel(),
          oninput: (e: Event) => this.go(Number((e.target as HTMLInputElement).value)),
        }),
        h("output", { id: "replay-step-label", for: "replay-scrubber" }, this.stepLabel()),
      ),
      h(
        "label",
        { class: "replay-viewer-choice" },
        t("replay:viewAs"),
        h(
          "select",
          {
            id: "replay-viewer",
            onchange: (e: Event) => this.setViewer((e.target as HTMLSelectElement).value),
          },
          this.choices().map((v) =>
            h("option", { value: v, selected: v === this.viewer }, this.viewerName(v)),
          ),
        ),
      ),
      h(
        "button",
        { type: "button", id: "replay-download", onclick: () => this.download() },
        t("replay:download"),
      ),
    ];
  }

  private viewerName(v: Viewer): string {
    if (v === OMNISCIENT) return t("replay:omniscient");
    if (v === "spectator") return t("replay:spectator");
    const player = this.loaded.file.meta.players[v];
    return player ? t("replay:seatOf", { power: powerName(v), player }) : powerName(v);
  }

  private setViewer(v: Viewer): void {
    if (!this.choices().includes(v)) return;
    this.viewer = v;
    announce(t("replay:nowViewing", { viewer: this.viewerName(v) }));
    this.render();
  }

  private download(): void {
    const { file } = this.loaded;
    const blob = new Blob([JSON.stringify(file, null, 1)], { type: "application/json" });
    const a = h("a", { href: URL.createObjectURL(blob), download: downloadName(file) });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private branchBox(): HTMLElement {
    const step = this.steps[this.index];
    const { file } = this.loaded;
    const can = step !== undefined && canBranchAt(this.steps, this.index);
    const turn = step?.label ?? "";
    const date = step ? formatTurnLabel(step.label, lang()) : "";
    return h(
      "section",
      {
        class: "replay-branch paper",
        id: "replay-branch",
        "aria-labelledby": "replay-branch-title",
      },
      h("h2", { id: "replay-branch-title" }, t("replay:branch.title")),
      h("p", {}, can ? t("replay:branch.explain", { date }) : t("replay:branch.cannot")),
      h(
        "button",
        {
          type: "button",
          class: "primary",
          id: "replay-branch-online",
          disabled: !can,
          onclick: () => void this.branch(turn),
        },
        t("replay:branch.online"),
      ),
      this.message ? h("p", { class: "hint", role: "status" }, this.message) : null,
      h("h3", {}, t("replay:branch.headless")),
      h("p", { class: "hint" }, t("replay:branch.headlessHint")),
      h(
        "pre",
        {},
        h(
          "code",
          { id: "replay-branch-command" },
          can ? simCommand(file, downloadName(file), turn) : "—",
        ),
      ),
    );
  }

  private async branch(turn: string): Promise<void> {
    const { file, fromServer } = this.loaded;
    this.message = t("replay:branch.creating");
    this.render();
    const source =
      fromServer && file.meta.matchId ? { matchId: file.meta.matchId } : { replay: file };
    const r = await branchOnline(this.base, source, turn);
    if (!r.ok) {
      this.message = "";
      this.onError(t(`replay:error.${r.code}`, { defaultValue: r.message }));
      this.render();
      return;
    }
    this.message = t("replay:branch.created");
    this.render();
    this.pause();
    enterBranch(r.value);
  }
}
