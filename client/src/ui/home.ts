import { errorBanner } from "./error-banner.ts";
import type { Net } from "../net/net.ts";
import {
  listPublicMatches,
  listScenarios,
  type PublicMatch,
  type ScenarioSummary,
} from "../net/http.ts";
import { lang, powerName, t } from "../i18n/index.ts";
import { formatTurnLabel, formatTurnOpening } from "../i18n/format.ts";
import { h, replaceContent } from "./dom.ts";
import {
  createSettings,
  emptyForm,
  toggleSeat,
  type HomeForm,
  type TimerPreset,
} from "./home-model.ts";
import { refusalText } from "../net/refusal-text.ts";
import { matchTitle } from "./lobby.ts";

interface Shell {
  error: string;
  dismiss?: () => void;
  render(): void;
}

let form: HomeForm = emptyForm();
let scenarios: ScenarioSummary[] | undefined;
let publicMatches: PublicMatch[] = [];
let busy = false;
let loading = false;
/** A create or join was tried without a name: say so under the field (not a silent default). */
let nameMissing = false;

/** The player's name, or undefined (and the field flagged and focused) when it is empty. */
function nameOrAsk(shell: Shell): string | undefined {
  const name = form.name.trim();
  nameMissing = !name;
  if (nameMissing) {
    shell.render();
    document.getElementById("player-name")?.focus();
  }
  return name || undefined;
}

function load(net: Net, shell: Shell): void {
  if (loading) return;
  loading = true;
  void listScenarios(net.base)
    .then((list) => {
      // The full scenario first; the small test one last.
      scenarios = [...list].sort((a, b) => Number(a.id === "mini") - Number(b.id === "mini"));
      const first = scenarios[0];
      if (first && !form.scenario) {
        form = {
          ...form,
          scenario: first.id,
          start: first.starts[0] ?? "",
          humanSeats: first.seats.filter((s) => s.kind !== "minor").map((s) => s.power),
        };
      }
    })
    .catch(() => (scenarios = []))
    .finally(() => {
      loading = false;
      shell.render();
    });
  void listPublicMatches(net.base)
    .then((list) => (publicMatches = list))
    .catch(() => (publicMatches = []))
    .finally(() => shell.render());
}

async function run(shell: Shell, task: () => Promise<void>): Promise<void> {
  busy = true;
  shell.error = "";
  shell.render();
  try {
    await task();
  } catch (e) {
    // Refusals carry a stable code first ("ERR_BAD_CODE: No match has that code.").
    const text = e instanceof Error ? e.message : String(e);
    const code = /^ERR_[A-Z_]+/.exec(text)?.[0] ?? text;
    shell.error = refusalText(code, t("errors.joinFailed", { reason: code }));
  } finally {
    busy = false;
    shell.render();
  }
}

/** After a finished match: its final report is one click away (the match is not rejoined). */
function lastReport(net: Net, shell: Shell): HTMLElement | null {
  if (!net.session?.finished) return null;
  return h(
    "p",
    { class: "last-report" },
    h(
      "button",
      {
        type: "button",
        class: "link",
        id: "last-report",
        disabled: busy,
        onclick: async () => {
          busy = true;
          shell.render();
          const back = await net.rejoin();
          busy = false;
          shell.error = back ? "" : t("errors.rejoinFailed");
          shell.render();
        },
      },
      t("home.lastReport"),
    ),
  );
}

export function renderHome(main: HTMLElement, net: Net, shell: Shell): void {
  if (scenarios === undefined) load(net, shell);
  const set = (patch: Partial<HomeForm>) => {
    form = { ...form, ...patch };
  };
  const scenario = scenarios?.find((s) => s.id === form.scenario);
  replaceContent(
    main,
    h(
      "div",
      { class: "home" },
      h(
        "section",
        { class: "paper intro", "aria-labelledby": "home-title" },
        // The chosen start point's date, not always the scenario's first (January 1933).
        h(
          "h2",
          { id: "home-title" },
          t("home.title", { date: formatTurnOpening(form.start || "1933-I", lang()) }),
        ),
        h("p", { class: "lede" }, t("home.lede")),
        lastReport(net, shell),
        h(
          "label",
          { for: "player-name" },
          t("home.yourName"),
          h("input", {
            id: "player-name",
            name: "player-name",
            autocomplete: "nickname",
            maxlength: 40,
            value: form.name,
            "aria-invalid": nameMissing ? "true" : undefined,
            "aria-describedby": nameMissing ? "name-missing" : undefined,
            oninput: (e: Event) => set({ name: (e.target as HTMLInputElement).value }),
          }),
        ),
        nameMissing
          ? h("p", { class: "error", id: "name-missing", role: "alert" }, t("home.needName"))
          : null,
      ),
      h(
        "form",
        {
          class: "paper create",
          "aria-labelledby": "create-title",
          onsubmit: (e: Event) => {
            e.preventDefault();
            const name = nameOrAsk(shell);
            if (name) void run(shell, () => net.create(createSettings(form), name));
          },
        },
        h("h2", { id: "create-title" }, t("home.create")),
        scenarios && scenarios.length > 0
          ? h(
              "label",
              { for: "scenario" },
              t("home.scenario"),
              h(
                "select",
                {
                  id: "scenario",
                  onchange: (e: Event) => {
                    const id = (e.target as HTMLSelectElement).value;
                    const s = scenarios?.find((x) => x.id === id);
                    set({
                      scenario: id,
                      start: s?.starts[0] ?? "",
                      humanSeats:
                        s?.seats.filter((x) => x.kind !== "minor").map((x) => x.power) ?? [],
                    });
                    shell.render();
                  },
                },
                scenarios.map((s) =>
                  h(
                    "option",
                    { value: s.id, selected: s.id === form.scenario },
                    t(`scenario.${s.id}`, { defaultValue: s.name ?? s.id }),
                  ),
                ),
              ),
            )
          : null,
        scenario && scenario.starts.length > 1
          ? h(
              "label",
              { for: "start" },
              t("home.start"),
              h(
                "select",
                {
                  id: "start",
                  onchange: (e: Event) => {
                    set({ start: (e.target as HTMLSelectElement).value });
                    shell.render();
                  },
                },
                scenario.starts.map((s) =>
                  h("option", { value: s, selected: s === form.start }, formatTurnLabel(s, lang())),
                ),
              ),
            )
          : null,
        scenario
          ? h(
              "fieldset",
              { class: "seats-choice" },
              h("legend", {}, t("home.humanSeats")),
              h("p", { class: "hint" }, t("home.botsHint")),
              scenario.seats
                .filter((s) => s.kind !== "minor")
                .map((s) =>
                  h(
                    "label",
                    { class: "check" },
                    h("input", {
                      type: "checkbox",
                      name: "human-seat",
                      value: s.power,
                      checked: form.humanSeats.includes(s.power),
                      onchange: (e: Event) => {
                        form = toggleSeat(form, s.power, (e.target as HTMLInputElement).checked);
                      },
                    }),
                    powerName(s.power),
                  ),
                ),
            )
          : null,
        h(
          "div",
          { class: "pair" },
          h(
            "label",
            { for: "match-name" },
            t("home.matchName"),
            h("input", {
              id: "match-name",
              maxlength: 60,
              value: form.matchName,
              oninput: (e: Event) => set({ matchName: (e.target as HTMLInputElement).value }),
            }),
          ),
          h(
            "label",
            { for: "timers" },
            t("home.timers"),
            h(
              "select",
              {
                id: "timers",
                onchange: (e: Event) =>
                  set({ timers: (e.target as HTMLSelectElement).value as TimerPreset }),
              },
              (["standard", "fast", "none"] as const).map((p) =>
                h("option", { value: p, selected: p === form.timers }, t(`home.timer.${p}`)),
              ),
            ),
          ),
        ),
        h(
          "div",
          { class: "pair" },
          h(
            "label",
            { class: "check" },
            h("input", {
              type: "checkbox",
              id: "historical",
              checked: form.historicalEvents,
              onchange: (e: Event) =>
                set({ historicalEvents: (e.target as HTMLInputElement).checked }),
            }),
            t("home.historical"),
          ),
          h(
            "fieldset",
            { class: "inline" },
            h("legend", {}, t("home.visibility")),
            (["private", "public"] as const).map((v) =>
              h(
                "label",
                { class: "check" },
                h("input", {
                  type: "radio",
                  name: "visibility",
                  value: v,
                  checked: form.visibility === v,
                  onchange: () => set({ visibility: v }),
                }),
                t(v === "public" ? "home.publicOption" : "home.private"),
              ),
            ),
          ),
        ),
        h(
          "button",
          { type: "submit", id: "create-match", class: "primary", disabled: busy },
          t("home.createButton"),
        ),
      ),
      h(
        "section",
        { class: "paper join", "aria-labelledby": "join-title" },
        h("h2", { id: "join-title" }, t("home.join")),
        h(
          "form",
          {
            class: "join-code",
            onsubmit: (e: Event) => {
              e.preventDefault();
              const name = nameOrAsk(shell);
              if (name) void run(shell, () => net.joinByCode(form.code, name));
            },
          },
          h(
            "label",
            { for: "join-code" },
            t("home.code"),
            h("input", {
              id: "join-code",
              autocomplete: "off",
              spellcheck: "false",
              maxlength: 32,
              value: form.code,
              oninput: (e: Event) => set({ code: (e.target as HTMLInputElement).value }),
            }),
          ),
          h("button", { type: "submit", id: "join-by-code", disabled: busy }, t("home.joinButton")),
        ),
        h("h3", {}, t("home.public")),
        publicMatches.length === 0
          ? h("p", { class: "hint" }, t("home.noPublic"))
          : h(
              "ul",
              { class: "match-list" },
              publicMatches.map((m) =>
                h(
                  "li",
                  {},
                  h("span", {}, matchTitle(m)),
                  " ",
                  h(
                    "span",
                    { class: "hint" },
                    t("home.freeSeats", {
                      count: m.freeSeats.length,
                    }),
                  ),
                  " ",
                  h(
                    "button",
                    {
                      type: "button",
                      onclick: () => {
                        const name = nameOrAsk(shell);
                        if (name) void run(shell, () => net.joinById(m.id, { name }));
                      },
                    },
                    t("home.joinButton"),
                  ),
                ),
              ),
            ),
        h(
          "button",
          { type: "button", class: "link", onclick: () => load(net, shell) },
          t("home.refresh"),
        ),
      ),
      errorBanner(shell),
    ),
  );
}
