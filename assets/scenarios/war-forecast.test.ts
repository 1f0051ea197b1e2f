/**
 * The war beyond its outbreak on the historical path (issue 10): history played in the engine
 * (the history test's script) ends in the general war of September 1939; the war rules project
 * it forward. Poland, whose allies could not reach it and whose land the German–Soviet secret
 * protocol shared out (23 August 1939; the Red Army crossed on 17 September), is invaded; the
 * coalition with command of the sea outlasts Germany. Poland's score counts the invasion.
 */
import { compile, forecastWar, scores } from "@cs/shared";
import { describe, expect, it } from "vitest";
import { playHistory } from "./history.ts";
import { loadScenario } from "./load.ts";

const scenario = loadScenario();
const ctx = compile(scenario);
const { state } = playHistory(scenario);

describe("the war of September 1939, forecast", () => {
  it("the match ends in the general war; its forecast is made", () => {
    expect(state.ended?.reason).toBe("generalWar");
    expect(forecastWar(state, ctx)).toBeDefined();
  });

  it("Poland is invaded, partitioned under the secret protocol; Germany faces a blockade", () => {
    const f = forecastWar(state, ctx);
    expect(f?.aggressor).toBe("DEU");
    expect(f?.invaded).toContain("POL");
    expect(f?.reasons).toContainEqual({ code: "partition", power: "SUN" });
    expect(f?.reasons).toContainEqual({ code: "commandsSea" });
    expect(f?.sides[1]).toEqual(expect.arrayContaining(["FRA", "GBR", "POL"]));
  });

  it("being invaded is not a good result: Poland's score counts it", () => {
    const pol = scores(state, ctx).POL;
    expect(pol?.war?.outcome).toBe("invaded");
    expect(pol?.normalised).toBeLessThan(pol?.war?.before ?? 0);
  });
});
