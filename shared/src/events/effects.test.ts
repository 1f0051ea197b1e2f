import { clonePlain } from "../core/clone.ts";
import { describe, expect, it } from "vitest";
import { Draft } from "../engine/draft.ts";
import type { GameState } from "../model/state.ts";
import type { Effect } from "../scenario/effects.ts";
import { MINI } from "../testing/mini.ts";
import { startMatch } from "../testing/drive.ts";
import { applyEffects } from "./effects.ts";

const { ctx, state: base } = startMatch(MINI);

function after(...effects: Effect[]): GameState {
  const d = new Draft(base);
  applyEffects(d, ctx, effects);
  return d.s;
}

describe("effects", () => {
  it("leave the input state untouched (copy on write)", () => {
    const frozen = JSON.stringify(base);
    after(
      { transfer: { regions: ["sudeten"], to: "DEU" } },
      { figure: { power: "FRA", figure: "credibility", delta: -10 } },
      { setFlag: "munich" },
      { leaveLeague: "ITA" },
    );
    expect(JSON.stringify(base)).toBe(frozen);
  });

  it.each<[string, Effect, (s: GameState) => unknown, unknown]>([
    ["tension, clamped at 100", { tension: 200 }, (s) => s.tension, 100],
    [
      "a figure, clamped at 0",
      { figure: { power: "ETH", figure: "army", delta: -50 } },
      (s) => s.powers.ETH?.army,
      0,
    ],
    [
      "a figure raised",
      { figure: { power: "DEU", figure: "army", delta: 10 } },
      (s) => s.powers.DEU?.army,
      50,
    ],
    [
      "a transfer: the Sudetenland to Germany (Munich, 29 September 1938)",
      { transfer: { regions: ["sudeten"], to: "DEU" } },
      (s) => [s.regions.sudeten?.owner, s.regions.sudeten?.controller],
      ["DEU", "DEU"],
    ],
    [
      "remilitarising the Rhineland (7 March 1936)",
      { demilitarise: { region: "rhineland", value: false } },
      (s) => s.regions.rhineland?.demilitarised,
      false,
    ],
    [
      "fortifying, capped at the rules' maximum",
      { fortify: { region: "sudeten", delta: 5 } },
      (s) => s.regions.sudeten?.fortification,
      MINI.rules.economy.maxFortification,
    ],
    [
      "joining the League",
      { leaveLeague: "ITA" },
      (s) => s.powers.ITA?.league,
      { member: false, council: undefined },
    ],
    ["a flag", { setFlag: "stresa" }, (s) => s.flags.includes("stresa"), true],
    [
      "news, private",
      { news: { key: "news.leak", to: ["FRA"] } },
      (s) => s.news.at(-1),
      { turn: 4, key: "news.leak", params: {}, to: ["FRA"] },
    ],
  ])("%s", (_name, effect, read, expected) => {
    expect(read(after(effect))).toEqual(expected);
  });

  it("the USSR joins the League and takes a permanent Council seat (September 1934)", () => {
    const outside = clonePlain(base);
    outside.powers.SUN!.league = { member: false, council: undefined };
    const d = new Draft(outside);
    applyEffects(d, ctx, [{ joinLeague: "SUN" }]);
    expect(d.s.powers.SUN?.league).toEqual({ member: true, council: undefined });
    applyEffects(d, ctx, [{ councilSeat: { power: "SUN", seat: "permanent" } }]);
    expect(d.s.powers.SUN?.league).toEqual({ member: true, council: "permanent" });
  });

  it("leaving the League raises tension", () => {
    expect(after({ leaveLeague: "ITA" }).tension).toBe(
      base.tension + MINI.rules.tension.leaveLeague,
    );
  });

  it("clears a flag", () => {
    expect(after({ setFlag: "x" }, { clearFlag: "x" }).flags.includes("x")).toBe(false);
  });

  it("a treaty comes into force at once: the Anglo-German Naval Agreement (18 June 1935)", () => {
    const s = after({
      treaty: {
        name: "Anglo-German Naval Agreement",
        parties: ["GBR", "DEU"],
        clauses: [
          {
            kind: "navalLimitation",
            limited: "DEU",
            relativeTo: "GBR",
            ratio: 0.35,
            secret: false,
          },
        ],
      },
    });
    const t = Object.values(s.treaties).find((x) => x.name === "Anglo-German Naval Agreement");
    expect(t).toMatchObject({
      status: "inForce",
      proposer: "system",
      parties: ["GBR", "DEU"],
      inForceTurn: 4,
    });
  });

  it("a civil war hands regions to the insurgents and is marked as a conflict", () => {
    // Slovakia stands in for Spain (17 July 1936) on the mini map; Austria for the insurgents.
    const s = after({
      civilWar: { id: "spain", government: "CSK", insurgent: "AUT", regions: ["slovakia"] },
    });
    expect(s.regions.slovakia?.owner).toBe("AUT");
    const w = Object.values(s.wars)[0];
    expect(w).toMatchObject({ conflict: "spain", sides: [["AUT"], ["CSK"]], theatre: "europe" });
  });

  it("a civil war won (Spain, 1 April 1939): the government capitulates, the winner takes its League seat", () => {
    const s = after(
      { leaveLeague: "AUT" },
      { civilWar: { id: "spain", government: "CSK", insurgent: "AUT", regions: ["slovakia"] } },
      { endCivilWar: { id: "spain", winner: "AUT" } },
    );
    expect(s.powers["CSK"]?.alive).toBe(false);
    expect(s.regions["bohemia"]?.owner).toBe("AUT");
    expect(Object.values(s.wars)[0]?.endedTurn).toBe(s.turn);
    expect(s.powers["AUT"]?.league.member).toBe(true);
  });

  it("a civil war that is not being fought cannot be won", () => {
    const s = after({ endCivilWar: { id: "spain", winner: "AUT" } });
    expect(s.powers["CSK"]?.alive).toBe(true);
  });

  it("an aggression: Italy invades Ethiopia (3 October 1935) and Ethiopia must choose", () => {
    const s = after({
      aggression: { aggressor: "ITA", victim: "ETH", regions: ["ethiopia"], theatre: "africa" },
    });
    const a = Object.values(s.aggressions)[0];
    expect(a).toMatchObject({ aggressor: "ITA", victim: "ETH", regions: ["ethiopia"] });
    expect(Object.values(s.wars).some((w) => w.aggressor === "ITA" && w.theatre === "africa")).toBe(
      true,
    );
    expect(Object.values(s.decisions).some((x) => x.kind === "victim" && x.power === "ETH")).toBe(
      true,
    );
  });

  it("sanctions by event ask each member, and lifting ends them (15 July 1936)", () => {
    const s = after({ sanctions: { target: "ITA", oil: false, lift: false } });
    const record = Object.values(s.sanctions)[0];
    expect(record).toMatchObject({ target: "ITA", oil: false, active: true });
    const asked = Object.values(s.decisions).filter((x) => x.kind === "sanctions");
    expect(asked.map((x) => x.power)).not.toContain("ITA");
    expect(asked).toHaveLength(8);
    const d = new Draft(s);
    applyEffects(d, ctx, [{ sanctions: { target: "ITA", oil: false, lift: true } }]);
    expect(d.s.sanctions[record?.id ?? ""]?.active).toBe(false);
  });

  it("skips effects on states and regions not in play", () => {
    const s = after(
      { transfer: { regions: ["memel"], to: "DEU" } },
      { figure: { power: "JPN", figure: "army", delta: 5 } },
    );
    expect(s.regions.memel).toBeUndefined();
    expect(s.powers.JPN).toBeUndefined();
  });
});

describe("an event's pact the parties already made", () => {
  const pact = (secret: boolean): Effect => ({
    treaty: {
      name: "Franco-Soviet Treaty of Mutual Assistance",
      parties: ["FRA", "SUN"],
      clauses: [
        { kind: "mutualAssistance", mode: "automatic", against: "any", conditions: [], secret },
      ],
    },
    key: "franco-soviet",
  });
  // The players signed it themselves before history's date (2 May 1935): France proposed it.
  const byPlayers = (s: GameState): GameState => {
    const d = new Draft(s);
    for (const t of Object.values(s.treaties))
      if (t.key === "franco-soviet") d.treaty(t.id).proposer = "FRA";
    return d.s;
  };
  const theirs = byPlayers(after(pact(false)));
  const made = Object.values(theirs.treaties).filter((t) => t.key === "franco-soviet");

  it("is not made twice: later conditions read theirs by its key", () => {
    const d = new Draft(theirs);
    const id = made[0]?.id as string;
    d.treaty(id).key = undefined;
    applyEffects(d, ctx, [pact(false)]);
    const all = Object.values(d.s.treaties).filter((t) => t.parties.join() === "FRA,SUN");
    expect(all.map((t) => t.id)).toEqual([id]);
    expect(d.s.treaties[id]?.key).toBe("franco-soviet");
    expect(d.s.news.at(-1)).toMatchObject({
      key: "news.treatyMadeAlready",
      params: { treaty: id },
    });
  });

  it("another kind of pact between the same parties is still made", () => {
    const d = new Draft(theirs);
    applyEffects(d, ctx, [
      {
        treaty: {
          name: "Franco-Soviet Pact of Non-Aggression",
          parties: ["FRA", "SUN"],
          clauses: [{ kind: "nonAggression", neutrality: false, secret: false }],
        },
      },
    ]);
    expect(Object.values(d.s.treaties).filter((t) => t.parties.join() === "FRA,SUN")).toHaveLength(
      2,
    );
  });

  it("the scenario's own treaty is no premise: history's is still made", () => {
    // The mini scenario's Franco-Czechoslovak alliance of 1925 (the Little Entente's of the
    // 1920s did not make its Pact of Organisation of 16 Feb 1933 moot).
    const d = new Draft(after());
    applyEffects(d, ctx, [
      {
        treaty: {
          name: "A new Franco-Czechoslovak pact",
          parties: ["FRA", "CSK"],
          clauses: [
            {
              kind: "mutualAssistance",
              mode: "automatic",
              against: "DEU",
              conditions: [],
              secret: false,
            },
          ],
        },
      },
    ]);
    expect(Object.values(d.s.treaties).filter((t) => t.parties.join() === "FRA,CSK")).toHaveLength(
      2,
    );
  });

  it("an earlier event's pact is not made twice either", () => {
    const d = new Draft(after(pact(false)));
    applyEffects(d, ctx, [pact(false)]);
    expect(Object.values(d.s.treaties).filter((t) => t.parties.join() === "FRA,SUN")).toHaveLength(
      1,
    );
    expect(d.s.news.at(-1)?.key).toBe("news.treatyMadeAlready");
  });

  it("a secret one of theirs stays secret: the notice goes to its parties only", () => {
    const secret = byPlayers(after(pact(true)));
    const d = new Draft(secret);
    applyEffects(d, ctx, [pact(true)]);
    expect(d.s.news.at(-1)).toMatchObject({ key: "news.treatyMadeAlready", to: ["FRA", "SUN"] });
  });
});
