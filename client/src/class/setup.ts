import type { ClassJoinOptions, CreateMatchInput } from "@cs/shared";
import { listScenarios, type ScenarioSummary } from "../net/http.ts";
import { h, replaceContent } from "../ui/dom.ts";
import { ct, powerName } from "./common.ts";

/**
 * The teacher's setup: scenario and start point, timers or "teacher advances", historical
 * events, hidden objectives, memos, team size, and which powers students play (bots the rest).
 */
export async function renderSetup(
  root: HTMLElement,
  base: string,
  create: (o: ClassJoinOptions) => void,
): Promise<void> {
  const scenarios = await listScenarios(base).catch((): ScenarioSummary[] => []);
  const form = h("form", { class: "class-setup paper", id: "class-setup" });
  const scenarioSel = h("select", { id: "setup-scenario", name: "scenario" });
  const startSel = h("select", { id: "setup-start", name: "start" });
  const seats = h("fieldset", { class: "setup-seats" });
  const preferred = scenarios.find((s) => s.id !== "mini") ?? scenarios[0];
  for (const s of scenarios)
    scenarioSel.append(h("option", { value: s.id, selected: s === preferred }, s.name ?? s.id));
  const fill = () => {
    const s = scenarios.find((x) => x.id === scenarioSel.value);
    replaceContent(
      startSel,
      (s?.starts ?? []).map((st) => h("option", { value: st }, st)),
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
              checked: x.kind === "core",
            }),
            powerName(x.power),
          ),
        ),
    );
  };
  scenarioSel.addEventListener("change", fill);
  fill();
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
    h("label", {}, ct("setup.scenario"), scenarioSel),
    h("label", {}, ct("setup.start"), startSel),
    check("teacherAdvances", ct("setup.teacherAdvances"), true),
    check("historical", ct("setup.historical"), true),
    check("hidden", ct("setup.hidden"), false),
    check("memos", ct("setup.memos"), true),
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
        value: 5,
      }),
    ),
    seats,
    h("button", { type: "submit", class: "btn primary", id: "setup-create" }, ct("setup.create")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const on = (n: string) => data.get(n) === "on";
    const settings: CreateMatchInput = {
      scenario: scenarioSel.value,
      start: startSel.value || undefined,
      humanSeats: data.getAll("seat").map(String),
      historicalEvents: on("historical"),
      hiddenObjectives: on("hidden"),
      visibility: "private",
      ...(on("teacherAdvances") ? { timers: null } : {}),
      name: ct("setup.matchName"),
    };
    create({
      create: settings,
      class: { memos: on("memos"), teamMax: Number(data.get("teamMax") ?? 5) },
      name: ct("teacher"),
    });
  });
  replaceContent(root, form);
}
