/**
 * The deterrence weighing on the record (issue 10): the state of the 1933 scenario at the
 * moment of three decisions — March 1936, September 1938, August 1939 — played from the
 * history script, with and without the facts the counterfactual switches change, weighed
 * from Berlin's own view (viewFor: estimates, the treaties it can read).
 */
import {
  believe,
  chooseMoves,
  compile,
  forceRole,
  historicalSituation,
  trust,
  viewFor,
  weigh,
  type GameState,
  type Weighing,
} from "@cs/shared";
import { describe, expect, it } from "vitest";
import { playHistory } from "./history.ts";
import { loadScenario } from "./load.ts";

const scenario = loadScenario();
const ctx = compile(scenario);

interface Case {
  readonly name: string;
  readonly turn: string;
  readonly options?: Record<string, string>;
  readonly edit?: (s: GameState) => void;
  readonly event: string;
  readonly victim: string;
  /** Does the situation in which Hitler chose still hold? */
  readonly situation: boolean;
  readonly helpers: readonly string[];
  readonly absent?: readonly string[];
  readonly cannotArrive?: readonly string[];
  readonly verdict: "proceed" | "restraint";
}

const CASES: readonly Case[] = [
  {
    name: "7 March 1936 as it was: on paper Locarno's guarantors and France's allies outweigh Germany, but France will not mobilise",
    turn: "1936-I",
    event: "rhineland",
    victim: "FRA",
    situation: true,
    helpers: ["FRA", "GBR", "ITA", "BEL"],
    verdict: "restraint",
  },
  {
    name: "March 1936 with France mobilised before the march (Schuker 1986): the gamble is off",
    turn: "1936-I",
    edit: (s) => {
      s.powers["FRA"]!.mobilisation = 60;
    },
    event: "rhineland",
    victim: "FRA",
    situation: false,
    helpers: ["FRA", "GBR"],
    verdict: "restraint",
  },
  {
    name: "September 1938 as it was: Britain owes Czechoslovakia nothing and Soviet help cannot arrive",
    turn: "1938-II",
    event: "munich",
    victim: "CSK",
    situation: true,
    helpers: ["CSK", "FRA"],
    absent: ["GBR"],
    cannotArrive: ["SUN"],
    verdict: "restraint",
  },
  {
    name: "September 1938 with Britain bound to Czechoslovakia since March (Chamberlain's refused commitment)",
    turn: "1938-II",
    options: { britainFirm: "yes" },
    event: "munich",
    victim: "CSK",
    situation: false,
    helpers: ["CSK", "FRA", "GBR"],
    verdict: "restraint",
  },
  {
    name: "September 1938 with the Red Army's road through Romania open",
    turn: "1938-II",
    options: { romanianPassage: "1938" },
    event: "munich",
    victim: "CSK",
    situation: false,
    helpers: ["CSK", "FRA", "SUN"],
    verdict: "restraint",
  },
  {
    name: "August 1939 as it was: Poland with Britain and France, the Moscow talks failed — Hitler's tolerance is at its highest",
    turn: "1939-II",
    event: "danzig",
    victim: "POL",
    situation: true,
    helpers: ["POL", "FRA", "GBR"],
    verdict: "proceed",
  },
  {
    name: "August 1939 after an Anglo-Franco-Soviet alliance (passage granted, British convention)",
    turn: "1939-II",
    options: { passage: "granted", britishConvention: "yes" },
    event: "danzig",
    victim: "POL",
    situation: false,
    helpers: ["POL", "FRA", "GBR", "SUN"],
    verdict: "restraint",
  },
  {
    name: "September 1938 with Barthou alive: the Franco-Soviet pact carries the military convention Laval left out (Scott 1962), and Berlin can no longer count it a dead letter",
    turn: "1938-II",
    options: { barthouSurvives: "yes" },
    event: "munich",
    victim: "CSK",
    situation: false,
    helpers: ["CSK", "FRA"],
    verdict: "restraint",
  },
];

function at(c: Case): GameState {
  const run = playHistory(scenario, undefined, {
    until: c.turn,
    match: { seed: 1933, historicalEvents: true, options: c.options ?? {} },
  });
  const s = structuredClone(run.state);
  c.edit?.(s);
  return s;
}

function weighed(c: Case): { w: Weighing; situation: boolean } {
  const s = at(c);
  expect(s.fired[c.event]).toBe(s.turn);
  const known = believe(viewFor(s, "DEU"), 1);
  const ev = ctx.events.get(c.event);
  const fr = ev ? forceRole(ev, "DEU") : undefined;
  if (!fr) throw new Error(`${c.event} has no role of force for DEU`);
  return {
    w: weigh(known, ctx, "DEU", c.victim),
    situation: historicalSituation(known, ctx, fr.role),
  };
}

describe("what Berlin is likely to conclude, on the record", () => {
  it.each(CASES)("$name", (c) => {
    const { w, situation } = weighed(c);
    expect(situation).toBe(c.situation);
    const helpers = w.helpers.filter((h) => h.chance >= 0.05).map((h) => h.power);
    for (const h of c.helpers) expect(helpers).toContain(h);
    for (const h of c.absent ?? []) expect(helpers).not.toContain(h);
    for (const p of c.cannotArrive ?? []) {
      expect(w.helpers.find((h) => h.power === p)?.reach).toBe(false);
      expect(w.reasons).toContainEqual({ code: "cannotArrive", power: p });
    }
    expect(w.verdict === "proceed" ? "proceed" : "restraint").toBe(c.verdict);
  });

  it("a commitment, an open road, an alliance each make the coalition Berlin expects stronger", () => {
    const [, , asItWas, britain, romania, danzig, alliance] = CASES.map((c) => weighed(c).w);
    expect(britain!.ratio).toBeGreaterThan(asItWas!.ratio);
    expect(romania!.ratio).toBeGreaterThan(asItWas!.ratio);
    expect(romania!.helpers.find((h) => h.power === "SUN")?.reach).toBe(true);
    expect(alliance!.ratio).toBeGreaterThan(danzig!.ratio);
  });
});

/**
 * What Moscow concludes in August 1939 (issue 10, item 4): Stalin signed with Hitler once he
 * judged that London and Paris would not commit (Roberts 1995, ch. 5); the Drax mission came
 * without powers to sign the military convention Moscow asked for (Watt 1989, ch. 22; Carley
 * 1999, ch. 7). With the convention in force (britishConvention) the situation of the pact's
 * historical choice is gone: the historical bot weighs whether it would face Germany alone.
 */
describe("what Moscow is likely to conclude, August 1939", () => {
  const august = (options: Record<string, string>) => {
    const s = at({
      name: "",
      turn: "1939-II",
      options,
      event: "molotov-ribbentrop",
      victim: "SUN",
      situation: true,
      helpers: [],
      verdict: "proceed",
    });
    expect(s.fired["molotov-ribbentrop"]).toBe(s.turn);
    const known = believe(viewFor(s, "SUN"), 1);
    const ev = ctx.events.get("molotov-ribbentrop");
    const fr = ev ? forceRole(ev, "SUN") : undefined;
    if (!fr) throw new Error("molotov-ribbentrop has no role of firmness for SUN");
    const decision = Object.values(s.decisions).find(
      (x) => x.kind === "crisis" && x.ref === "molotov-ribbentrop" && x.power === "SUN",
    );
    const moves = chooseMoves(s, "SUN", ctx, { strength: "historical", variety: 0 });
    const move = moves.find(
      (m) => m.action.type === "decide" && m.action.decision === decision?.id,
    );
    return {
      s,
      convention: Object.values(s.treaties).some(
        (t) => t.name === "Anglo-Franco-Soviet military convention" && t.status === "inForce",
      ),
      situation: historicalSituation(known, ctx, fr.role),
      w: weigh(known, ctx, "DEU", "SUN"),
      choice: move?.action.type === "decide" ? move.action.choice : undefined,
      trust: trust(known, ctx, "SUN", "GBR"),
    };
  };

  it("as it was: no convention, the talks failed, Moscow distrusts the West — Stalin signs", () => {
    const r = august({});
    expect(r.convention).toBe(false);
    expect(r.situation).toBe(true);
    expect(r.choice).toBe("sign");
  });

  it("with the British military convention: the West is bound, the situation is gone, Moscow weighs and refuses", () => {
    const asItWas = august({});
    const r = august({ britishConvention: "yes" });
    expect(r.convention).toBe(true);
    expect(r.situation).toBe(false);
    const helpers = r.w.helpers.filter((h) => h.chance >= 0.3).map((h) => h.power);
    expect(helpers).toEqual(expect.arrayContaining(["SUN", "GBR", "FRA"]));
    expect(r.w.ratio).toBeGreaterThan(asItWas.w.ratio);
    expect(r.w.ratio).toBeGreaterThanOrEqual(1);
    // The record: a convention Moscow asked for, and no mission without powers to resent.
    expect(r.trust).toBeGreaterThan(asItWas.trust);
    expect(r.choice).toBe("refuse");
  });
});
