import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../engine/context.ts";
import type { ScenarioInput } from "../scenario/schema.ts";
import { MINI } from "../testing/mini.ts";
import { randomPlay } from "../testing/random-play.ts";
import { act, advanceTo, miniWith, startMatch } from "../testing/drive.ts";
import { viewFor } from "../knowledge/viewFor.ts";
import { turnStory } from "./story.ts";
import { STORY_OF } from "./kinds.ts";

type EventInput = NonNullable<ScenarioInput["events"]>[number];

/** The Rhineland (7 March 1936; DGFP C/V): Germany remilitarises or holds, France answers. */
const rhineland: EventInput = {
  id: "rhineland",
  window: { from: "1935-II", to: "1936-II" },
  historicalTurn: "1936-I",
  requires: { demilitarised: "rhineland" },
  effects: [{ tension: 2 }],
  roles: [
    {
      power: "DEU",
      choices: [
        {
          id: "remilitarise",
          historical: true,
          effects: [{ demilitarise: { region: "rhineland", value: false } }, { tension: 8 }],
        },
        { id: "hold", effects: [{ figure: { power: "DEU", figure: "credibility", delta: -5 } }] },
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
      effects: [{ demilitarise: { region: "rhineland", value: true } }],
    },
  ],
  note: { date: "1936-03-07", source: "Documents on German Foreign Policy, C/V" },
};

const SCENARIO = miniWith({ events: [rhineland] });

function crisis(answers: Record<string, string>) {
  const m = startMatch(SCENARIO, { seed: 1, historicalEvents: true });
  advanceTo(m, "orders", 6);
  for (const [power, choice] of Object.entries(answers)) {
    const x = Object.values(m.state.decisions).find((y) => y.power === power);
    act(m, power, { type: "decide", decision: x?.id ?? "", choice });
  }
  advanceTo(m, "report", 6);
  return m;
}

describe("a turn's story", () => {
  it("tells each crisis choice with what it did, never just 'makes its choice'", () => {
    const m = crisis({ FRA: "mobilise" });
    const story = turnStory(viewFor(m.state, "GBR"), 6, m.ctx);
    const choices = story.lines.filter((l) => l.key === "news.crisisChoice");
    expect(choices.map((l) => [l.params["power"], l.params["choice"]])).toEqual([
      ["DEU", "remilitarise"],
      ["FRA", "mobilise"],
    ]);
    expect(choices[0]?.effects.map((e) => e.key)).toEqual([
      "effect.remilitarised",
      "effect.tension",
    ]);
    expect(choices[0]?.regions).toEqual(["rhineland"]);
    expect(choices[1]?.effects[0]).toMatchObject({
      key: "effect.figure",
      params: { power: "FRA", figure: "mobilisation", delta: 30 },
    });
    // The branch that followed: Germany backs down, the Rhineland demilitarised again.
    const branch = story.lines.find((l) => l.key === "news.crisisBranch");
    expect(branch?.params["branch"]).toBe("germany-backs-down");
    expect(branch?.effects.map((e) => e.key)).toEqual(["effect.demilitarised"]);
    expect(branch?.kind).toBe("crisis");
  });

  it("says why tension moved: the event and Germany's choice, then the half-year's calm", () => {
    const m = crisis({});
    const story = turnStory(viewFor(m.state, "FRA"), 6, m.ctx);
    const t = story.tension;
    expect(t).toBeDefined();
    if (!t) return;
    expect(t.causes.map((c) => [c.key, c.tension])).toEqual([
      ["event.rhineland", 2],
      ["news.crisisChoice", 8],
    ]);
    expect(t.calm).toBe(-m.ctx.scenario.rules.tension.decay);
    expect(t.to).toBe(m.state.tension);
    expect(t.unexplained).toBe(0);
    // The headlines lead with the crisis.
    expect(story.headlines[0]?.kind).toBe("crisis");
  });

  it("announces a treaty's lapse a turn ahead", () => {
    const m = startMatch(MINI, { seed: 1 });
    const t = Object.values(m.state.treaties)[0];
    if (!t) throw new Error("MINI has treaties");
    const state = {
      ...m.state,
      treaties: {
        ...m.state.treaties,
        [t.id]: { ...t, status: "inForce" as const, inForceTurn: 1, duration: 5 },
      },
    };
    expect(turnStory(state, 4, m.ctx).lapses).toEqual([
      { treaty: t.id, name: t.name, lastTurn: 5, why: "term" },
    ]);
    expect(turnStory(state, 3, m.ctx).lapses).toEqual([]);
  });

  it("over random play: every seat's story adds up, and holds no one else's private news", () => {
    const ctx = compile(MINI);
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 31 - 1 }),
        fc.array(fc.nat({ max: 1_000_000 }), { minLength: 40, maxLength: 300 }),
        (seed, picks) => {
          const { states } = randomPlay(MINI, { seed }, picks);
          // Before the end: once a match is over every seat sees the whole record.
          const final = states.filter((x) => x.phase !== "ended").at(-1);
          if (!final) return;
          for (const viewer of ctx.powerIds) {
            const view = viewFor(final, viewer);
            for (let turn = 1; turn <= final.turn; turn++) {
              const story = turnStory(view, turn, ctx);
              for (const l of story.lines) {
                expect(l.key.startsWith("event.") || STORY_OF[l.key] !== undefined).toBe(true);
              }
              const own = final.news.filter((n) => n.turn === turn && n.to?.includes(viewer));
              expect(story.lines.filter((l) => l.private).length).toBeLessThanOrEqual(own.length);
              const t = story.tension;
              if (!t) continue;
              const sum = t.causes.reduce((s, c) => s + c.tension, 0) + t.calm + t.unexplained;
              expect(Math.round((t.from + sum) * 100) / 100).toBe(t.to);
            }
            // The full state's story explains every move: nothing is unexplained to a teacher.
            for (let turn = 1; turn < final.turn; turn++) {
              expect(turnStory(final, turn, ctx).tension?.unexplained ?? 0).toBe(0);
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
