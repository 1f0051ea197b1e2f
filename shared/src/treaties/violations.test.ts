import { describe, expect, it } from "vitest";
import { Draft } from "../engine/draft.ts";
import { MINI } from "../testing/mini.ts";
import { withTreaty } from "../testing/crisis.ts";
import { startMatch } from "../testing/drive.ts";
import { navalLimitOk, violateDemilitarisation, violateNavalLimitation } from "./violations.ts";

const { ctx, state: base } = startMatch(MINI);

// Rhineland, 7 March 1936: Germany remilitarised the zone Locarno kept demilitarised.
describe("remilitarisation violates the demilitarisation treaty", () => {
  it("Locarno is violated by Germany, at a cost in credibility and tension", () => {
    const d = new Draft(base);
    expect(violateDemilitarisation(d, ctx, "DEU", "rhineland")).toEqual(["locarno"]);
    expect(d.s.treaties.locarno).toMatchObject({ status: "violated", violatedBy: "DEU" });
    expect(d.s.powers.DEU?.credibility).toBe(
      (base.powers.DEU?.credibility ?? 0) - MINI.rules.credibility.treatyViolated,
    );
    expect(d.s.tension).toBe(base.tension + MINI.rules.tension.breach);
    expect(d.s.news.at(-1)).toMatchObject({ key: "news.treatyViolated", params: { by: "DEU" } });
    expect(base.treaties.locarno?.status).toBe("inForce");
  });

  it("a region no treaty covers violates nothing", () => {
    const d = new Draft(base);
    expect(violateDemilitarisation(d, ctx, "DEU", "ger-west")).toEqual([]);
    expect(d.s.tension).toBe(base.tension);
  });
});

// Anglo-German Naval Agreement, 18 June 1935: the German fleet at 35 % of the British.
describe("naval limitation", () => {
  const limited = withTreaty(
    base,
    ["DEU", "GBR"],
    [{ kind: "navalLimitation", limited: "DEU", relativeTo: "GBR", ratio: 0.35 }],
  ).state;

  it.each([
    ["within 35 % of the Royal Navy", 21, true],
    ["beyond it", 22, false],
  ])("a German navy %s", (_name, navy, ok) => {
    expect(navalLimitOk(limited, "DEU", navy)).toBe(ok);
    expect(navalLimitOk(limited, "GBR", 100)).toBe(true);
  });

  it("building past the limit violates the agreement", () => {
    const d = new Draft(limited);
    d.power("DEU").navy = 30;
    expect(violateNavalLimitation(d, ctx, "DEU")).toHaveLength(1);
    expect(navalLimitOk(d.s, "DEU", 100)).toBe(true);
  });
});
