import { describe, expect, test } from "vitest";
import { createInitialState, viewFor, type GameState } from "@cs/shared";
import { loadScenario } from "@cs/assets/scenarios";
import { frontRegions, orderMarks, warMarks } from "./marks.ts";

/** The 1933 state with Germany at war with Poland, having taken the Corridor (Sept. 1939). */
function atWar(): GameState {
  const s = createInitialState(loadScenario("europe-1933"), { seed: 1939 });
  s.wars["w1"] = {
    id: "w1",
    theatre: "europe",
    sides: [["DEU"], ["POL", "GBR", "FRA"]],
    aggressor: "DEU",
    victim: "POL",
    startedTurn: s.turn,
    offensives: [{ by: "DEU", region: "central-poland" }],
  };
  const corridor = s.regions["polish-corridor"];
  if (corridor) corridor.controller = "DEU";
  return s;
}

describe("wars, fronts and orders on the map", () => {
  test("a war in progress is drawn from aggressor to victim; an ended one is not", () => {
    const s = atWar();
    expect(warMarks(viewFor(s, "FRA"))).toEqual([{ war: "w1", aggressor: "DEU", victim: "POL" }]);
    const w = s.wars["w1"];
    if (w) w.endedTurn = s.turn;
    expect(warMarks(viewFor(s, "FRA"))).toEqual([]);
  });

  test("the front: the region attacked this turn and the region taken from the enemy", () => {
    expect(frontRegions(viewFor(atWar(), "GBR"))).toEqual(["central-poland", "polish-corridor"]);
  });

  test("the seat's own orders point at their region or power; others' stay unseen", () => {
    const s = atWar();
    const deu = s.powers["DEU"];
    if (!deu) throw new Error("no Germany");
    deu.orders = [
      { kind: "attack", region: "lesser-poland" },
      { kind: "rearm", branch: "army" },
      { kind: "guarantee", target: "HUN", scope: "independence", ifResists: true },
      { kind: "demand", target: "LTU", regions: ["memel"], ultimatum: true },
    ];
    expect(orderMarks(viewFor(s, "DEU"), "DEU")).toEqual([
      { kind: "attack", region: "lesser-poland", hostile: true },
      { kind: "guarantee", target: "HUN", hostile: false },
      { kind: "demand", region: "memel", hostile: true },
    ]);
    // Orders are secret until resolved: Poland's view holds none of Germany's.
    expect(orderMarks(viewFor(s, "POL"), "DEU")).toEqual([]);
  });
});
