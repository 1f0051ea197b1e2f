import { describe, expect, it } from "vitest";
import { apply } from "../engine/apply.ts";
import type { ScenarioInput } from "../scenario/schema.ts";
import { act, advanceTo, miniWith, startMatch, type Match } from "../testing/drive.ts";

type EventInput = NonNullable<ScenarioInput["events"]>[number];

/** Hitler announces conscription (16 March 1935): the flag that lets the Rhineland come early. */
const conscription: EventInput = {
  id: "conscription",
  window: { from: "1935-I", to: "1935-II" },
  historicalTurn: "1935-I",
  effects: [{ setFlag: "conscription" }, { tension: 3 }],
  note: { date: "1935-03-16", source: "Gesetz für den Aufbau der Wehrmacht" },
};

/** The Rhineland (7 March 1936): Germany remilitarises or holds; France mobilises or protests. */
const rhineland: EventInput = {
  id: "rhineland",
  window: { from: "1935-II", to: "1936-II" },
  historicalTurn: "1936-I",
  requires: { demilitarised: "rhineland" },
  trigger: { flag: "conscription" },
  roles: [
    {
      power: "DEU",
      choices: [
        {
          id: "remilitarise",
          historical: true,
          effects: [{ demilitarise: { region: "rhineland", value: false } }, { tension: 8 }],
        },
        { id: "hold", effects: [{ news: { key: "news.germanyHolds" } }] },
      ],
    },
    {
      power: "FRA",
      choices: [
        {
          id: "mobilise",
          effects: [{ figure: { power: "FRA", figure: "mobilisation", delta: 30 } }],
        },
        {
          id: "protest",
          historical: true,
          effects: [{ figure: { power: "FRA", figure: "credibility", delta: -5 } }],
        },
      ],
    },
  ],
  branches: [
    {
      id: "germany-backs-down",
      when: {
        all: [
          { choiceMade: { event: "rhineland", power: "DEU", choice: "remilitarise" } },
          { choiceMade: { event: "rhineland", power: "FRA", choice: "mobilise" } },
        ],
      },
      effects: [
        { demilitarise: { region: "rhineland", value: true } },
        { setFlag: "hitler-humiliated" },
      ],
    },
    {
      id: "locarno-dead",
      when: { not: { choiceMade: { event: "rhineland", power: "FRA", choice: "mobilise" } } },
      effects: [{ setFlag: "locarno-dead" }],
    },
  ],
  note: { date: "1936-03-07", source: "Documents on German Foreign Policy, C/V" },
};

/** The Anschluss (12 March 1938): needs an independent Austria; its trigger never holds here. */
const anschluss: EventInput = {
  id: "anschluss",
  window: { from: "1936-I", to: "1938-II" },
  historicalTurn: "1938-I",
  requires: { alive: "AUT" },
  trigger: { tensionAtLeast: 99 },
  effects: [{ transfer: { regions: ["austria"], to: "DEU" } }],
  branches: [
    {
      id: "stresa-front-silent",
      when: { not: { leagueMember: "DEU" } },
      effects: [{ setFlag: "anschluss-unopposed" }],
    },
  ],
  note: { date: "1938-03-12", source: "Gesetz über die Wiedervereinigung Österreichs" },
};

const SCENARIO = miniWith({ events: [conscription, rhineland, anschluss] });
const RHINELAND_ONLY = miniWith({ events: [rhineland] });

function play(historicalEvents: boolean, scenario = SCENARIO): Match {
  return startMatch(scenario, { seed: 1, historicalEvents });
}

function rhinelandCrisis(answers: Record<string, string>): Match {
  const m = play(true);
  advanceTo(m, "orders", 6);
  for (const [power, choice] of Object.entries(answers)) {
    const x = Object.values(m.state.decisions).find(
      (y) => y.power === power && y.ref === "rhineland",
    );
    act(m, power, { type: "decide", decision: x?.id ?? "", choice });
  }
  advanceTo(m, "resolution");
  return m;
}

describe("events fire", () => {
  it("as history did, with historical events on", () => {
    const m = play(true);
    expect(m.state.fired).toEqual({ conscription: 4 });
    advanceTo(m, "news", 6);
    expect(m.state.fired).toEqual({ conscription: 4, rhineland: 6 });
    expect(m.state.news.some((n) => n.key === "event.rhineland" && n.to === undefined)).toBe(true);
    advanceTo(m, "news", 10);
    expect(m.state.fired.anschluss).toBe(10);
    expect(m.state.regions.austria?.owner).toBe("DEU");
  });

  it("when their trigger holds, with historical events off", () => {
    const m = play(false);
    advanceTo(m, "news", 5);
    // Conscription fires at the opening of its window; the Rhineland as soon as the flag is up.
    expect(m.state.fired).toEqual({ conscription: 4, rhineland: 5 });
    advanceTo(m, "report", 12);
    expect(m.state.fired.anschluss).toBeUndefined();
  });

  it.each([
    ["historical events on: at its turn", true, 6],
    ["historical events off: never, since its trigger never holds", false, undefined],
  ])("without the conscription flag, the Rhineland fires %s", (_name, historical, turn) => {
    const m = play(historical, RHINELAND_ONLY);
    advanceTo(m, "report", 8);
    expect(m.state.fired.rhineland).toBe(turn);
  });

  it("not when `requires` fails, even at its historical turn", () => {
    const m = play(true);
    advanceTo(m, "report", 9);
    m.state = {
      ...m.state,
      powers: { ...m.state.powers, AUT: { ...m.state.powers.AUT!, alive: false } },
    };
    advanceTo(m, "report", 10);
    expect(m.state.fired.anschluss).toBeUndefined();
  });

  it("without roles, settle their branches at once", () => {
    const m = play(true);
    advanceTo(m, "news", 10);
    expect(m.state.flags).toContain("anschluss-unopposed");
  });
});

describe("crisis choices", () => {
  it("open a decision per role with the historical choice as default", () => {
    const m = play(true);
    advanceTo(m, "news", 6);
    const open = Object.values(m.state.decisions).filter((x) => x.kind === "crisis");
    expect(open.map((x) => [x.power, x.options, x.default])).toEqual([
      ["DEU", ["remilitarise", "hold"], "remilitarise"],
      ["FRA", ["mobilise", "protest"], "protest"],
    ]);
  });

  it("unanswered, take the historical course: the Rhineland remilitarised, Locarno dead", () => {
    const m = rhinelandCrisis({});
    expect(m.state.choices.rhineland).toEqual({ DEU: "remilitarise", FRA: "protest" });
    expect(m.state.regions.rhineland?.demilitarised).toBe(false);
    expect(m.state.flags).toContain("locarno-dead");
    expect(m.state.flags).not.toContain("hitler-humiliated");
  });

  it("France mobilises: Germany backs down (the branch the generals feared)", () => {
    const m = rhinelandCrisis({ FRA: "mobilise" });
    expect(m.state.regions.rhineland?.demilitarised).toBe(true);
    expect(m.state.flags).toContain("hitler-humiliated");
    expect(m.state.flags).not.toContain("locarno-dead");
    expect(m.state.powers.FRA?.mobilisation).toBe(30);
  });

  it("Germany holds: nothing to back down from", () => {
    const m = rhinelandCrisis({ DEU: "hold", FRA: "mobilise" });
    expect(m.state.regions.rhineland?.demilitarised).toBe(true);
    expect(m.state.flags).not.toContain("hitler-humiliated");
  });
});

describe("a teacher's inject", () => {
  it("fires an event out of its window, once", () => {
    const m = play(true);
    act(m, "system", { type: "fireEvent", event: "anschluss" });
    expect(m.state.fired.anschluss).toBe(4);
    expect(m.state.regions.austria?.owner).toBe("DEU");
    const again = apply(m.state, "system", { type: "fireEvent", event: "anschluss" }, m.ctx);
    expect(!again.ok && again.error.code).toBe("ERR_ALREADY_DONE");
    advanceTo(m, "report", 10);
    expect(m.state.fired.anschluss).toBe(4);
  });

  it("opens the crisis choices of an injected crisis", () => {
    const m = play(false);
    act(m, "system", { type: "fireEvent", event: "rhineland" });
    expect(Object.values(m.state.decisions).filter((x) => x.ref === "rhineland")).toHaveLength(2);
  });

  it.each([
    ["an unknown event", "system", "munich", "ERR_UNKNOWN_CRISIS"],
    ["a power", "DEU", "anschluss", "ERR_NOT_ALLOWED"],
  ])("is refused for %s", (_name, by, event, code) => {
    const m = play(true);
    const r = apply(m.state, by, { type: "fireEvent", event }, m.ctx);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it("is refused when the event's requirement fails", () => {
    const m = play(true);
    m.state = {
      ...m.state,
      powers: { ...m.state.powers, AUT: { ...m.state.powers.AUT!, alive: false } },
    };
    const r = apply(m.state, "system", { type: "fireEvent", event: "anschluss" }, m.ctx);
    expect(!r.ok && r.error.code).toBe("ERR_NOT_ALLOWED");
  });
});
