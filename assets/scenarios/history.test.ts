/**
 * The history test (issue 3): the historical choice of every event and the historical orders
 * of history.json, played in the engine from 1933-I to 1939-II, reach the milestones of the
 * period. Each milestone is checked on the state at the end of its turn (its Report phase).
 */
import { turnIndex, type GameState } from "@cs/shared";
import { describe, expect, it } from "vitest";
import { playHistory } from "./history.ts";
import { loadScenario } from "./load.ts";

const scenario = loadScenario();
const full = playHistory(scenario);

/** The state at the end of a turn: stop before the next turn's News phase. */
function endOf(label: string): GameState {
  const next = (turnIndex(label) ?? 0) + 1;
  const year = 1933 + Math.floor(next / 2);
  const run = playHistory(scenario, undefined, {
    until: `${year}-${next % 2 === 0 ? "I" : "II"}`,
    stopAtReport: true,
  });
  expect(run.errors).toEqual([]);
  return run.state;
}

const atWar = (s: GameState, a: string, b: string) =>
  Object.values(s.wars).some(
    (w) =>
      w.endedTurn === undefined &&
      ((w.sides[0].includes(a) && w.sides[1].includes(b)) ||
        (w.sides[0].includes(b) && w.sides[1].includes(a))),
  );

describe("history, 1933-I to 1939-II", () => {
  it("is legal: the engine accepts every historical action and answer", () => {
    expect(full.errors).toEqual([]);
  });

  it("fires every event but the counterfactual ones", () => {
    const unfired = scenario.events.filter((e) => full.state.fired[e.id] === undefined);
    expect(unfired.map((e) => e.id)).toEqual([
      "eastern-pact-renewed",
      "french-mobilisation-1936",
      "british-commitment-czechoslovakia",
      "romanian-transit-1938",
      "anglo-soviet-military-convention",
    ]);
  });

  it("1936-I: the Rhineland is remilitarised (7 March 1936)", () => {
    const s = endOf("1936-I");
    expect(s.regions["rhineland"]?.demilitarised).toBe(false);
    expect(s.regions["rhineland"]?.controller).toBe("DEU");
  });

  it("1936-I: the remilitarisation is a flagrant breach of Locarno (art. 4(3); the Council's finding of 19 March 1936), which ends it", () => {
    const s = endOf("1936-I");
    for (const id of ["locarno", "versailles-rhineland"]) {
      expect(s.treaties[id]?.status).toBe("violated");
      expect(s.treaties[id]?.violatedBy).toBe("DEU");
    }
    const breaches = Object.values(s.aggressions).filter((a) => a.kind === "breach");
    expect(breaches.map((a) => a.victim).sort()).toEqual(["BEL", "FRA"]);
    // France and Belgium went to the Council rather than call on the guarantors.
    expect(breaches.every((a) => a.resisted === false)).toBe(true);
    const guarantors = Object.values(s.obligations).filter((o) => o.treaty === "locarno");
    expect(guarantors.map((o) => `${o.power}>${o.beneficiary}`).sort()).toEqual([
      "BEL>FRA",
      "FRA>BEL",
      "GBR>BEL",
      "GBR>FRA",
      "ITA>BEL",
      "ITA>FRA",
    ]);
    expect(guarantors.every((o) => o.status === "lapsed")).toBe(true);
    // Belgium ended the 1920 accord with France by the letters of 6 March 1936.
    expect(s.treaties["fra-bel-1920"]?.denunciation?.by).toBe("BEL");
  });

  it("1936-II: Spain is split between two sides that hold territory (17–18 July 1936)", () => {
    const s = endOf("1936-II");
    expect(s.regions["spain-east"]).toMatchObject({ owner: "ESP", controller: "ESP" });
    expect(s.regions["spain-west"]).toMatchObject({ owner: "ESP_NAT", controller: "ESP_NAT" });
    const war = Object.values(s.wars).find((w) => w.conflict === "spain");
    expect(war?.sides).toEqual([["ESP_NAT"], ["ESP"]]);
    expect(war?.endedTurn).toBeUndefined();
  });

  it("1937-II: Italy accedes to the Anti-Comintern Pact, its public part (6 November 1937), and the pact lives on", () => {
    const s = endOf("1937-II");
    const pacts = Object.values(s.treaties).filter((t) => t.name.startsWith("Anti-Comintern"));
    expect(pacts.map((t) => [t.status, t.parties])).toEqual([["inForce", ["DEU", "JPN", "ITA"]]]);
    expect(pacts[0]?.acceded).toEqual({ ITA: "public" });
    expect(s.powers["JPN"]?.alive).toBe(true);
  });

  it("1939-I: the Spanish war is over (1 April 1939); Nationalist Spain joins the Anti-Comintern Pact (27 March) and leaves the League (8 May)", () => {
    const s = endOf("1939-I");
    const spain = Object.values(s.wars).find((w) => w.conflict === "spain");
    expect(spain?.endedTurn).toBe(turnIndex("1939-I"));
    expect(s.powers["ESP"]?.alive).toBe(false);
    expect(s.regions["spain-east"]?.owner).toBe("ESP_NAT");
    expect(s.regions["spain-west"]?.owner).toBe("ESP_NAT");
    const pact = Object.values(s.treaties).find((t) => t.name === "Anti-Comintern Pact");
    expect(pact?.parties).toContain("ESP_NAT");
    // Hungary acceded on 24 February 1939 and left the League (notice of 11 April).
    expect(pact?.parties).toContain("HUN");
    expect(s.powers["HUN"]?.league.member).toBe(false);
    expect(s.powers["ESP_NAT"]?.league.member).toBe(false);
  });

  // The Council's elected members among the powers in play, after each September's Assembly
  // (the council-<year> events' notes give the sources; Spain refused re-eligibility in 1937).
  it.each([
    ["1933-I", ["CHN", "CSK", "ESP", "IRL", "NOR", "POL"]],
    ["1933-II", ["CHN", "CSK", "DNK", "ESP", "POL", "PRT"]],
    ["1934-II", ["CSK", "DNK", "ESP", "POL", "PRT", "TUR"]],
    ["1935-II", ["DNK", "ESP", "POL", "PRT", "ROU", "TUR"]],
    ["1936-II", ["CHN", "ESP", "LVA", "POL", "ROU", "SWE", "TUR"]],
    ["1937-II", ["BEL", "CHN", "LVA", "POL", "ROU", "SWE"]],
    ["1938-II", ["BEL", "CHN", "GRC", "LVA", "SWE", "YUG"]],
  ])("%s: the League Council's elected members rotate", (label, elected) => {
    const s = endOf(label);
    const seated = Object.keys(s.powers).filter((p) => s.powers[p]?.league.council === "elected");
    expect(seated.sort()).toEqual(elected);
  });

  it("1938-I: Austria is German (12–13 March 1938)", () => {
    expect(endOf("1938-I").regions["austria"]?.owner).toBe("DEU");
  });

  it("1938-II: the Sudetenland is German after a conference without Czechoslovakia (29–30 September 1938)", () => {
    const s = endOf("1938-II");
    expect(s.regions["sudetenland"]?.owner).toBe("DEU");
    const munich = Object.values(s.treaties).find((t) =>
      t.clauses.some((c) => c.kind === "territorialTransfer" && c.regions.includes("sudetenland")),
    );
    expect(munich?.parties.sort()).toEqual(["DEU", "FRA", "GBR", "ITA"]);
    expect(munich?.parties).not.toContain("CSK");
    expect(munich?.parties).not.toContain("SUN");
  });

  it("1939-I: Bohemia-Moravia is occupied (15 March 1939)", () => {
    const s = endOf("1939-I");
    expect(s.regions["bohemia-moravia"]?.controller).toBe("DEU");
    expect(s.regions["memel"]?.owner).toBe("DEU");
    // Germany's denunciation of 28 April 1939 came inside the declaration's ten years: a breach.
    const declaration = Object.values(s.treaties).find(
      (t) => t.name === "German–Polish Declaration of Non-Aggression",
    );
    expect(declaration).toMatchObject({ status: "violated", violatedBy: "DEU" });
  });

  it("1939-II: a German–Soviet pact with a secret protocol (23 August 1939)", () => {
    const pact = Object.values(full.state.treaties).find(
      (t) =>
        t.status === "inForce" &&
        t.parties.includes("DEU") &&
        t.parties.includes("SUN") &&
        t.clauses.some((c) => c.kind === "spheres" && c.secret),
    );
    expect(pact).toBeDefined();
    expect(pact?.clauses.some((c) => c.kind === "nonAggression")).toBe(true);
  });

  it("1939-II: Germany at war with Poland; Britain and France in under their obligations; the USSR not at war with Germany", () => {
    const s = full.state;
    expect(s.turn).toBe(turnIndex("1939-II"));
    expect(atWar(s, "DEU", "POL")).toBe(true);
    expect(atWar(s, "DEU", "GBR")).toBe(true);
    expect(atWar(s, "DEU", "FRA")).toBe(true);
    expect(atWar(s, "DEU", "SUN")).toBe(false);
    const honoured = Object.values(s.obligations).filter(
      (o) => o.beneficiary === "POL" && o.status === "honoured",
    );
    expect(new Set(honoured.map((o) => o.power))).toEqual(new Set(["GBR", "FRA"]));
    // Pact of Steel, art. III: Italy is bound whoever began the war; it stays out, and
    // Germany releases it (1 September 1939).
    const steel = Object.values(s.obligations).filter(
      (o) => o.power === "ITA" && s.treaties[o.treaty]?.name === "Pact of Steel",
    );
    expect(steel.map((o) => [o.beneficiary, o.side, o.status, o.reason])).toEqual([
      ["DEU", 0, "broken", "excused"],
    ]);
    expect(atWar(s, "ITA", "FRA")).toBe(false);
    // Locarno died in March 1936: France's war on Germany breaks no treaty.
    expect(s.powers["FRA"]?.breaches).toBe(0);
    expect(s.ended?.reason).toBe("generalWar");
  });
});
