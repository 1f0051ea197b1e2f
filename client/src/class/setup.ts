import {
  LESSON_PRESET_IDS,
  LESSON_PRESETS,
  type ClassJoinOptions,
  type CreateMatchInput,
  type LessonPreset,
} from "@cs/shared";
import { lang } from "../i18n/index.ts";
import { formatTurnLabel } from "../i18n/format.ts";
import { listScenarios, type ScenarioSummary } from "../net/http.ts";
import { h, replaceContent } from "../ui/dom.ts";
import { ct, onLanguage, powerName } from "./common.ts";

/** How the lesson is paced: a preset (timers fitted to the lesson), the teacher, or the defaults. */
const PACES = [...LESSON_PRESET_IDS, "teacher", "defaultTimers"] as const;
type Pace = (typeof PACES)[number];

const isPreset = (p: string): p is LessonPreset => p in LESSON_PRESETS;

/**
 * The teacher's setup: the lesson's pace (a 50- or 90-minute preset, the teacher advancing,
 * or the default timers), scenario and start point, historical events, hidden objectives,
 * memos, team size, and which powers students play (bots the rest). `initial` fills it with
 * a previous class's settings ("New class with the same settings"). It follows a language
 * switch at once, keeping what was chosen.
 */
export async function renderSetup(
  root: HTMLElement,
  base: string,
  initial: ClassJoinOptions | null,
  create: (o: ClassJoinOptions) => void,
): Promise<void> {
  const scenarios = await listScenarios(base).catch((): ScenarioSummary[] => []);
  let chosen: Partial<ClassJoinOptions> = initial ?? {};
  let form: HTMLFormElement | undefined;
  const draw = () => {
    if (!root.isConnected || (form && !root.contains(form))) return;
    if (form) chosen = read(form, scenarios);
    form = setupForm(scenarios, chosen, create);
    replaceContent(root, form);
  };
  draw();
  onLanguage(draw);
}

/** The pace a previous class's settings had (the teacher's by default, as the guide advises). */
function paceOf(o: Partial<ClassJoinOptions>): Pace {
  const timers = o.create?.timers;
  if (!o.create || timers === null) return "teacher";
  const preset = LESSON_PRESET_IDS.find(
    (p) => JSON.stringify(LESSON_PRESETS[p].timers) === JSON.stringify(timers),
  );
  return preset ?? "defaultTimers";
}

function setupForm(
  scenarios: ScenarioSummary[],
  o: Partial<ClassJoinOptions>,
  create: (o: ClassJoinOptions) => void,
): HTMLFormElement {
  const form = h("form", { class: "class-setup paper", id: "class-setup" });
  const pace = h(
    "select",
    { id: "setup-pace", name: "pace" },
    PACES.map((p) => h("option", { value: p, selected: p === paceOf(o) }, ct(`setup.pace.${p}`))),
  );
  const paceHint = h("p", { class: "hint", id: "setup-pace-hint" });
  const scenarioSel = h("select", { id: "setup-scenario", name: "scenario" });
  const startSel = h("select", { id: "setup-start", name: "start" });
  const seats = h("fieldset", { class: "setup-seats" });
  const preferred =
    scenarios.find((s) => s.id === o.create?.scenario) ??
    scenarios.find((s) => s.id !== "mini") ??
    scenarios[0];
  for (const s of scenarios)
    scenarioSel.append(
      h(
        "option",
        { value: s.id, selected: s === preferred },
        ct(`setup.scenarioName.${s.id}`, { defaultValue: s.name ?? s.id }),
      ),
    );
  const picked = new Set(o.create?.humanSeats ?? []);
  const fill = () => {
    const s = scenarios.find((x) => x.id === scenarioSel.value);
    const p = pace.value;
    const want = isPreset(p) ? LESSON_PRESETS[p].start : (o.create?.start ?? startSel.value);
    replaceContent(
      startSel,
      (s?.starts ?? []).map((st) =>
        h("option", { value: st, selected: st === want }, formatTurnLabel(st, lang())),
      ),
    );
    replaceContent(
      seats,
      h("legend", {}, ct("setup.seats")),
      (s?.seats ?? [])
        .filter((x) => x.kind !== "minor")
        .map((x) =>
          h(
            "label",
            { class: "check" },
            h("input", {
              type: "checkbox",
              name: "seat",
              value: x.power,
              checked: picked.size ? picked.has(x.power) : x.kind === "core",
            }),
            powerName(x.power),
          ),
        ),
    );
  };
  const explain = () => {
    const p = pace.value;
    paceHint.textContent = isPreset(p)
      ? ct(`setup.paceHint.${p}`, { ...LESSON_PRESETS[p].plan })
      : ct(`setup.paceHint.${p}`);
  };
  scenarioSel.addEventListener("change", fill);
  pace.addEventListener("change", () => {
    fill();
    explain();
  });
  fill();
  explain();
  const check = (name: string, label: string, on: boolean) =>
    h(
      "label",
      { class: "check" },
      h("input", { type: "checkbox", name, id: `setup-${name}`, checked: on }),
      label,
    );
  form.append(
    h("h2", {}, ct("setup.title")),
    h("p", { class: "hint" }, ct("setup.intro")),
    h("label", {}, ct("setup.paceLabel"), pace),
    paceHint,
    h("label", {}, ct("setup.scenario"), scenarioSel),
    h("label", {}, ct("setup.start"), startSel),
    check("historical", ct("setup.historical"), o.create?.historicalEvents ?? true),
    check("hidden", ct("setup.hidden"), o.create?.hiddenObjectives ?? false),
    check("memos", ct("setup.memos"), o.class?.memos ?? true),
    h(
      "label",
      {},
      ct("setup.teamMax"),
      h("input", {
        type: "number",
        name: "teamMax",
        id: "setup-teamMax",
        min: 1,
        max: 5,
        value: o.class?.teamMax ?? 5,
      }),
    ),
    h(
      "label",
      {},
      ct("setup.seed"),
      h("input", { type: "number", name: "seed", id: "setup-seed", min: 0, max: 0x7fffffff }),
    ),
    seats,
    h("button", { type: "submit", class: "btn primary", id: "setup-create" }, ct("setup.create")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    create(read(form, scenarios));
  });
  return form;
}

/** What the form says, as the class's creation options. */
function read(form: HTMLFormElement, scenarios: ScenarioSummary[]): ClassJoinOptions {
  const data = new FormData(form);
  const on = (n: string) => data.get(n) === "on";
  const pace = String(data.get("pace") ?? "teacher") as Pace;
  const scenario = String(data.get("scenario") ?? scenarios[0]?.id ?? "");
  const settings: CreateMatchInput = {
    scenario,
    start: String(data.get("start") ?? "") || undefined,
    humanSeats: data.getAll("seat").map(String),
    historicalEvents: on("historical"),
    hiddenObjectives: on("hidden"),
    visibility: "private",
    ...(pace === "teacher" ? { timers: null } : {}),
    ...(isPreset(pace) ? { timers: { ...LESSON_PRESETS[pace].timers } } : {}),
    name: ct("setup.matchName"),
    ...(data.get("seed") ? { seed: Number(data.get("seed")) } : {}),
  };
  return {
    create: settings,
    class: { memos: on("memos"), teamMax: Number(data.get("teamMax") ?? 5) },
    name: ct("teacher"),
  };
}
