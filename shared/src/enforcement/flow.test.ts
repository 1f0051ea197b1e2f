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
