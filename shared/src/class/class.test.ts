import { describe, expect, test } from "vitest";
import type { Action, LogEntry } from "../actions/schema.ts";
import { apply } from "../engine/apply.ts";
import { replay } from "../engine/replay.ts";
import { MINI } from "../testing/mini.ts";
import type { EventDef } from "../scenario/events.ts";
import { startMatch } from "../testing/drive.ts";
import { afterEnd, buildDebrief, counterfactualEvents } from "./debrief.ts";
import { debriefCsv, type CsvLabels } from "./csv.ts";
import { effectiveRoles, roleMayAct, roleMayPropose, spreadRoles } from "./roles.ts";
import { planRollback } from "./rollback.ts";
import { ROLES } from "./types.ts";
import { autoAssign, placeWithRoles } from "./assign.ts";
import { LESSON_PRESET_IDS, LESSON_PRESETS, turnSeconds } from "./presets.ts";

describe("roles in a team", () => {
  const m = startMatch(MINI);
  test.each<[string, Action, string]>([
    // Only the head of government ratifies (issue 7).
    ["ratify", { type: "order", order: { kind: "ratify", treaty: "t1" } }, "head"],
    ["declare war", { type: "order", order: { kind: "declareWar", target: "DEU" } }, "head"],
    ["sign", { type: "sign", treaty: "t1" }, "foreign"],
    ["vote", { type: "vote", motion: "m1", vote: "yes" }, "foreign"],
    ["mobilise", { type: "order", order: { kind: "mobilise" } }, "war"],
    ["invest", { type: "order", order: { kind: "invest" } }, "finance"],
  ])("%s needs the %s", (_name, action, role) => {
    for (const r of ROLES) {
      expect(roleMayAct(m.state, "FRA", [r], action)).toBe(r === role);
    }
  });

  test("the treaty editor's answer before a draft is roleMayAct's for propose and counter", () => {
    const draft = { name: "Pact", parties: ["FRA", "SUN"], clauses: [], duration: 4 };
    const acts = [
      { type: "propose", draft },
      { type: "counter", treaty: "t1", draft },
    ] as Action[];
    for (const roles of [[], ...ROLES.map((r) => [r]), [...ROLES]]) {
      for (const a of acts)
        expect(roleMayPropose(roles)).toBe(roleMayAct(m.state, "FRA", roles, a));
    }
    expect(roleMayPropose(["head", "war"])).toBe(false);
    expect(roleMayPropose(["foreign"])).toBe(true);
  });

  test("anyone marks the team ready; no student takes a system action", () => {
    expect(roleMayAct(m.state, "FRA", ["war"], { type: "ready", ready: true })).toBe(true);
    expect(roleMayAct(m.state, "FRA", [...ROLES], { type: "advance" })).toBe(false);
  });

  test("a team of one holds every role; unheld roles fall to the head", () => {
    expect(effectiveRoles([{ id: "a", roles: [] }], "a")).toEqual([...ROLES]);
    const team = [
      { id: "a", roles: ["head" as const] },
      { id: "b", roles: ["foreign" as const] },
    ];
    expect(effectiveRoles(team, "a")).toEqual(["head", "war", "finance"]);
    expect(effectiveRoles(team, "b")).toEqual(["foreign"]);
    // Without a head, the orphaned roles fall to the team's first member only (issue 12,
    // item 3: a late joiner made war minister beside a member with no role got every role
    // and the team had two heads).
    const headless = [
      { id: "a", roles: [] },
      { id: "b", roles: ["war" as const] },
    ];
    expect(effectiveRoles(headless, "a")).toEqual(["head", "foreign", "finance"]);
    expect(effectiveRoles(headless, "b")).toEqual(["war"]);
  });

  const heads = (roles: Map<string, readonly string[]>) =>
    [...roles.values()].filter((r) => r.includes("head")).length;
  test.each<
    [
      string,
      { id: string; roles: ("head" | "foreign" | "war" | "finance")[] }[],
      Record<string, string[]>,
    ]
  >([
    ["one member holds every role", [{ id: "a", roles: [] }], { a: [...ROLES] }],
    [
      "two members share the four",
      [
        { id: "a", roles: [] },
        { id: "b", roles: [] },
      ],
      { a: ["head", "war"], b: ["foreign", "finance"] },
    ],
    [
      "a member's own role is kept; the head goes to the other",
      [
        { id: "a", roles: [] },
        { id: "b", roles: ["war"] },
      ],
      { a: ["head", "foreign"], b: ["war", "finance"] },
    ],
    [
      "a second head gives the role up",
      [
        { id: "a", roles: ["head"] },
        { id: "b", roles: ["head"] },
      ],
      { a: ["head", "war"], b: ["foreign", "finance"] },
    ],
    [
      "five members: every role held, the fifth shares a ministry",
      ["a", "b", "c", "d", "e"].map((id) => ({ id, roles: [] })),
      { a: ["head"], b: ["foreign"], c: ["war"], d: ["finance"], e: ["foreign"] },
    ],
  ])("spreading roles: %s", (_name, team, want) => {
    const got = spreadRoles(team);
    expect(Object.fromEntries(got)).toEqual(want);
    expect(heads(got)).toBe(1);
  });
});

/** A short log: one turn to its report, then into the next turn's Diplomacy. */
function playLog(): LogEntry[] {
  const m = startMatch(MINI, { seed: 7 });
  const log: LogEntry[] = [];
  const step = (by: LogEntry["by"], action: Action) => {
    const r = apply(m.state, by, action, m.ctx);
    if (!r.ok) throw new Error(r.error.code);
    m.state = r.value.state;
    log.push({ id: m.state.stateId, by, action });
  };
  step("system", { type: "advance" }); // news → diplomacy
  step("system", { type: "advance" }); // → orders
  step("FRA", { type: "order", order: { kind: "invest" } });
  step("system", { type: "advance" }); // → resolution (the resolution)
  step("system", { type: "advance" }); // → report
  step("system", { type: "advance" }); // → next turn's news
  return log;
}

describe("rolling back the last resolution", () => {
  const record = { scenario: MINI, match: { seed: 7 } };
  test("cuts the log before the advance that ended the Orders phase", () => {
    const log = playLog();
    const plan = planRollback({ ...record, log });
    expect(plan?.kept).toHaveLength(3);
    expect(plan?.undone).toHaveLength(3);
    expect(plan?.turn).toBe(startMatch(MINI).state.turn);
    const back = replay({ ...record, log: plan?.kept ?? [] });
    expect(back.ok && back.state.phase).toBe("orders");
    expect(back.ok && back.state.powers.FRA?.orders).toEqual([{ kind: "invest" }]);
  });

  test("nothing to undo before the first resolution", () => {
    expect(planRollback({ ...record, log: playLog().slice(0, 3) })).toBeUndefined();
  });
});

describe("the debrief", () => {
  test("lists every scenario event against its historical half-year, and exports CSV", () => {
    const log = playLog();
    const r = replay({ scenario: MINI, match: { seed: 7 }, log });
    if (!r.ok) throw new Error("replay");
    const m = startMatch(MINI);
    const memo = {
      id: 1,
      turn: 0,
      power: "FRA",
      student: "s",
      name: "Ana",
      text: "=We invest",
      at: 0,
    };
    const d = buildDebrief(r.state, m.ctx, [memo]);
    expect(d.timeline.map((x) => x.event).sort()).toEqual(MINI.events.map((e) => e.id).sort());
    expect(d.csi.value).toBeGreaterThanOrEqual(0);
    expect(Object.keys(d.scores)).toContain("FRA");
    const labels: CsvLabels = {
      columns: ["Rubrique", "Pays", "Élément", "Valeur", "Détail"],
      section: (x) => `§${x}`,
      power: (p) => `P:${p}`,
      event: (e) => `E:${e}`,
      objective: (o) => `O:${o}`,
      divergence: (x) => `D:${x}`,
      word: (k, v) => `${k}:${v}`,
      turn: (t) => `T${t}`,
      participation: (x) => `${x.orders}/${x.messages}/${x.memos}`,
    };
    const withPeople = {
      ...d,
      participation: [
        { student: "s1", name: "Zoé; Léa", power: "FRA", orders: 3, messages: 2, memos: 1 },
      ],
    };
    const csv = debriefCsv(withPeople, labels, { delimiter: ";" });
    // A byte-order mark for Excel, then the teacher's words, split on ";" (issue 12, item 10).
    expect(csv.startsWith("\uFEFFRubrique;Pays;Élément;Valeur;Détail\r\n")).toBe(true);
    expect(csv).toContain(`§participation;P:FRA;"Zoé; Léa";6;3/2/1`);
    // Labels, never codes: every objective and event cell went through the labels.
    const lines = csv.split("\r\n");
    expect(lines.filter((x) => x.startsWith("§objective")).every((x) => x.includes(";O:"))).toBe(
      true,
    );
    expect(lines.filter((x) => x.startsWith("§timeline")).every((x) => x.includes(";E:"))).toBe(
      true,
    );
    // No row for a power without objectives (the minor powers' 0/0).
    const scored = Object.values(d.scores).filter((x) => x.max > 0).length;
    expect(lines.filter((x) => x.startsWith("§score"))).toHaveLength(scored);
    // A memo that looks like a formula is quoted as text.
    expect(csv).toContain(`"'=We invest"`);
    expect(debriefCsv(d, labels, { delimiter: ",", bom: false }).startsWith("Rubrique,")).toBe(
      true,
    );
  });

  // The Assembly's yearly election to the Council (every September, F. P. Walters, A History
  // of the League of Nations, 1952) is calendar, not crisis: the printed debrief folds it.
  test.each<[string, boolean, Pick<EventDef, "effects">]>([
    ["a Council rotation", true, { effects: [{ councilSeat: { power: "FRA", seat: null } }] }],
    [
      "a seat and tension",
      false,
      { effects: [{ councilSeat: { power: "FRA", seat: null } }, { tension: 1 }] },
    ],
    ["an event that does nothing", false, { effects: [] }],
  ])("%s is routine: %s", (_name, routine, patch) => {
    const ev: EventDef = {
      id: "rotation",
      window: { from: "1933-I", to: "1933-I" },
      historicalTurn: "1933-I",
      roles: [],
      branches: [],
      note: { date: "1933-09-15", source: "A rotation for the test" },
      ...patch,
    };
    const m = startMatch({ ...MINI, events: [ev] });
    const row = buildDebrief(m.state, m.ctx).timeline.find((r) => r.event === "rotation");
    expect(row?.routine).toBe(routine);
  });

  // A general war that ends the match in 1938-II (turn 11) leaves 1939's events undone: they
  // are no departure of the class's, and the debrief names them in one line.
  test.each<[string, number | null, number, boolean]>([
    ["due after the end, never fired", null, 12, true],
    ["due at the end's turn", null, 11, false],
    ["fired early, due after the end", 10, 12, false],
  ])("%s: after the end %s", (_name, firedTurn, historicalTurn, after) => {
    expect(afterEnd({ ended: { turn: 11 } }, { firedTurn, historicalTurn })).toBe(after);
    expect(afterEnd({ ended: null }, { firedTurn, historicalTurn })).toBe(false);
  });

  test("a what-if event is found by its flag and left out until it happens", () => {
    const scenario = {
      ...MINI,
      options: [
        {
          key: "whatIf",
          default: "no",
          values: [
            { value: "no", flags: [], effects: [] },
            { value: "yes", flags: ["what-if"], effects: [] },
          ],
        },
      ],
      events: [
        {
          id: "what-if",
          window: { from: "1933-I", to: "1934-II" },
          historicalTurn: "1933-I",
          requires: { all: [{ flag: "what-if" }] },
          effects: [{ tension: 1 }],
          roles: [],
          branches: [],
          note: { date: "1933-01-30", source: "A what-if for the test" },
        },
      ],
    };
    const id = "what-if";
    expect([...counterfactualEvents(scenario)]).toEqual([id]);
    const m = startMatch(scenario);
    const d = buildDebrief(m.state, m.ctx);
    expect(d.timeline.map((x) => x.event)).not.toContain(id);
  });
  test("tells a civil war apart from a war between states", () => {
    // Spain, 17–18 July 1936: the insurgents rise against the Republic's government
    // (shared/src/events/effects.ts `civilWar`); a war carries its conflict id only then.
    const m = startMatch(MINI);
    const [a, b] = Object.keys(m.state.powers) as [string, string];
    const war = (id: string, conflict?: string) => ({
      id,
      theatre: "europe" as const,
      sides: [[a], [b]] as [string[], string[]],
      aggressor: a,
      victim: b,
      startedTurn: m.state.turn,
      ...(conflict ? { conflict } : {}),
    });
    const state = { ...m.state, wars: { w1: war("w1"), w2: war("w2", "spain") } };
    const civil = buildDebrief(state, m.ctx).moments.flatMap((x) =>
      x.kind === "war" ? [x.civil] : [],
    );
    expect(civil.sort()).toEqual([false, true]);
  });
});

describe("placing students", () => {
  const first = () => 0;
  const students = (n: number, prefs: string[] = []) =>
    Array.from({ length: n }, (_, i) => ({ id: `s${i}`, power: null, prefs }));
  test("random placement keeps the teams balanced and within the team size", () => {
    const out = autoAssign(students(7), ["FRA", "GBR", "DEU"], 2, "random", first);
    const counts = [...out.values()].reduce<Record<string, number>>(
      (a, p) => ({ ...a, [p]: (a[p] ?? 0) + 1 }),
      {},
    );
    expect(out.size).toBe(6); // the seventh finds no place in teams of two
    expect(Object.values(counts)).toEqual([2, 2, 2]);
  });
  test("placing in one click gives every team one head and every role a holder", () => {
    const out = placeWithRoles(students(7), ["FRA", "GBR", "DEU"], 3, "preferences", first);
    expect(out.size).toBe(7);
    for (const power of ["FRA", "GBR", "DEU"]) {
      const team = [...out.values()].filter((x) => x.power === power);
      expect(team.filter((x) => x.roles.includes("head"))).toHaveLength(1);
      expect(new Set(team.flatMap((x) => x.roles))).toEqual(new Set(ROLES));
    }
  });
  test("a late joiner placed automatically keeps the team's head where it was", () => {
    const team = [
      { id: "a", power: "FRA", prefs: [], roles: ["head" as const, "foreign" as const] },
      { id: "b", power: "FRA", prefs: [], roles: ["war" as const, "finance" as const] },
      { id: "c", power: null, prefs: [] },
    ];
    const out = placeWithRoles(team, ["FRA"], 5, "random", first);
    expect(Object.fromEntries(out)).toEqual({ c: { power: "FRA", roles: ["foreign"] } });
  });
  test("preferences are granted while teams stay balanced", () => {
    const out = autoAssign(students(3, ["FRA"]), ["FRA", "GBR", "DEU"], 5, "preferences", first);
    expect([...out.values()].filter((p) => p === "FRA")).toHaveLength(1);
    expect(out.size).toBe(3);
  });
});

describe("lesson presets", () => {
  test.each(LESSON_PRESET_IDS)(
    "%s: the turns fit the play time and the minutes the lesson",
    (id) => {
      const p = LESSON_PRESETS[id];
      const minutes = (p.turns * turnSeconds(p.timers)) / 60;
      expect(minutes).toBeLessThanOrEqual(p.plan.play);
      const total = p.plan.join + p.plan.briefing + p.plan.play + p.plan.debrief;
      expect(total).toBe(id === "lesson50" ? 50 : 90);
      // The calendar's last half-year is 1939-II: from the start, exactly `turns` remain.
      const [year, half] = p.start.split("-");
      const left = (1939 - Number(year)) * 2 + (half === "I" ? 2 : 1);
      expect(left).toBe(p.turns);
    },
  );
});
