import { describe, expect, it } from "vitest";
import type { PowerId } from "../model/state.ts";
import { MINI } from "../testing/mini.ts";
import { withTreaty } from "../testing/crisis.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";

/**
 * The whole path through the reducer: an order of aggression, the victim's choice, the
 * obligations it triggers decided by the powers, and the war they join.
 */
function sudetenWar(choices: Partial<Record<PowerId, string>>): Match {
  const m = startMatch(MINI);
  m.state = withTreaty(
    m.state,
    ["SUN", "CSK"],
    [
      {
        kind: "mutualAssistance",
        mode: "automatic",
        conditions: [{ kind: "thirdPartyActs", power: "FRA" }],
      },
    ],
  ).state;
  advanceTo(m, "orders");
  act(m, "DEU", { type: "order", order: { kind: "declareWar", target: "CSK" } });
  advanceTo(m, "resolution");
  for (const x of Object.values(m.state.decisions)) {
    const choice = choices[x.power];
    if (choice && x.options.includes(choice))
      act(m, x.power, { type: "decide", decision: x.id, choice });
  }
  // The end of the Resolution phase (a general war ends the match there).
  act(m, "system", { type: "advance" });
  return m;
}

function statusOf(m: Match, power: PowerId) {
  return Object.values(m.state.obligations).find((o) => o.power === power)?.status;
}

// September 1938 as it might have gone: Germany attacks Czechoslovakia, which resists.
describe("an aggression through the reducer", () => {
  it.each([
    ["France honours: the USSR is bound; both enter the war", "honour", "honour", "honoured"],
    ["France stands aside: the Soviet promise lapses", "break", "honour", "lapsed"],
  ])("%s", (_name, fra, sun, sunStatus) => {
    const m = sudetenWar({ CSK: "resist", FRA: fra, SUN: sun });
    expect(statusOf(m, "FRA")).toBe(fra === "honour" ? "honoured" : "broken");
    expect(statusOf(m, "SUN")).toBe(sunStatus);
    const war = Object.values(m.state.wars).find((w) => w.aggressor === "DEU");
    expect(war?.sides[0]).toEqual(["DEU"]);
    expect(war?.sides[1].includes("SUN")).toBe(sunStatus === "honoured");
    expect(m.state.obligations[Object.keys(m.state.obligations)[1] ?? ""]?.reachable).toBe(false);
    // Great powers on opposite sides in Europe: a general war ends the match (game.md).
    expect(m.state.phase).toBe(fra === "honour" ? "ended" : "report");
  });
});

/**
 * Pact of Steel, 22 May 1939, art. III: Italy is bound whatever the cause of Germany's war.
 * On 1 September 1939 Hitler released Mussolini ("I do not expect to need Italy's military
 * support", DGFP D VII), and Italy declared itself non-belligerent: a breach excused in the
 * same phase, as the partner that began the war is asked with its ally.
 */
describe("an unconditional ally that stays out, released by its partner", () => {
  function steel(ita: string, deu: string): Match {
    const m = startMatch(MINI);
    m.state = withTreaty(
      m.state,
      ["DEU", "ITA"],
      [{ kind: "mutualAssistance", mode: "automatic", casus: "unconditional" }],
      "Pact of Steel",
    ).state;
    advanceTo(m, "orders");
    act(m, "DEU", { type: "order", order: { kind: "declareWar", target: "POL" } });
    advanceTo(m, "resolution");
    const excuse = Object.values(m.state.decisions).find((x) => x.kind === "excuse");
    expect(excuse?.power).toBe("DEU");
    for (const x of Object.values(m.state.decisions)) {
      const choice = x.power === "ITA" ? ita : x.power === "DEU" ? deu : "resist";
      if (x.options.includes(choice)) act(m, x.power, { type: "decide", decision: x.id, choice });
    }
    act(m, "system", { type: "advance" });
    return m;
  }
  const italy = (m: Match) => Object.values(m.state.obligations).find((o) => o.power === "ITA");

  it.each([
    ["Germany releases Italy: the breach is excused, its credibility given back", "excuse", 0],
    ["Germany protests: the breach costs Italy its credibility", "protest", 1],
  ])("%s", (_why, deu, lost) => {
    const before = startMatch(MINI).state.powers["ITA"]?.credibility ?? 0;
    const m = steel("break", deu);
    expect(italy(m)).toMatchObject({ side: 0, status: "broken" });
    expect(italy(m)?.reason).toBe(deu === "excuse" ? "excused" : undefined);
    const after = m.state.powers["ITA"]?.credibility ?? 0;
    expect(after < before).toBe(lost === 1);
    // Decided in that phase: no second excuse waits for the next turn.
    expect(Object.values(m.state.decisions).filter((x) => x.kind === "excuse")).toEqual([]);
  });

  it("an ally that comes in joins the aggressor's side, and the release is moot", () => {
    const m = steel("honour", "excuse");
    expect(italy(m)).toMatchObject({ side: 0, status: "honoured" });
    const war = Object.values(m.state.wars).find((w) => w.aggressor === "DEU");
    expect(war?.sides[0]).toEqual(["DEU", "ITA"]);
  });
});
