import { describe, expect, it } from "vitest";
import { compile } from "../engine/context.ts";
import { createInitialState } from "../engine/setup.ts";
import { apply } from "../engine/apply.ts";
import { MINI } from "../testing/mini.ts";
import type { GameState } from "../model/state.ts";
import { viewFor } from "./viewFor.ts";

const ctx = compile(MINI);

/** A secret protocol between two powers, as the treaties module would store it. */
function withSecretProtocol(state: GameState): GameState {
  return {
    ...state,
    treaties: {
      ...state.treaties,
      pact: {
        id: "pact",
        name: "German–Soviet pact",
        parties: ["DEU", "SUN"],
        clauses: [
          { kind: "nonAggression", neutrality: true, secret: false },
          { kind: "spheres", spheres: [{ power: "SUN", regions: ["pol-east"] }], secret: true },
        ],
        status: "inForce",
        proposer: "DEU",
        proposedTurn: state.turn,
        signatures: ["DEU", "SUN"],
        ratifications: { DEU: state.turn, SUN: state.turn },
        revealedTo: [],
        public: false,
      },
    },
  };
}

describe("viewFor", () => {
  it("shows a secret protocol to its signatories and the teacher, and hides it from others (23 August 1939)", () => {
    const s = withSecretProtocol(createInitialState(MINI, { seed: 1 }));
    expect(viewFor(s, "SUN").treaties.pact?.clauses).toHaveLength(2);
    expect(viewFor(s, "teacher").treaties.pact?.clauses).toHaveLength(2);
    const polish = viewFor(s, "POL").treaties.pact;
    expect(polish?.clauses.map((c) => c.kind)).toEqual(["nonAggression"]);
    expect(polish?.clauseNumbers).toEqual([0]);
    expect(JSON.stringify(viewFor(s, "spectator"))).not.toContain("spheres");
  });

  it("gives other powers' figures as estimates, never their orders or action points", () => {
    const s = createInitialState(MINI, { seed: 1 });
    const v = viewFor(s, "FRA");
    expect(v.powers.FRA?.estimated).toBe(false);
    expect(v.powers.FRA?.ap).toBe(s.powers.FRA?.ap);
    expect(v.powers.DEU?.estimated).toBe(true);
    expect(v.powers.DEU?.ap).toBeNull();
    expect((v.powers.DEU?.army ?? 0) % 10).toBe(0);
    expect(JSON.stringify(v)).not.toContain('"rng"');
  });

  it("opens the whole record to every seat once the match is over", () => {
    let s = withSecretProtocol(createInitialState(MINI, { seed: 1 }));
    while (s.phase !== "ended") {
      const r = apply(s, "system", { type: "advance" }, ctx);
      if (!r.ok) throw new Error(r.error.message);
      s = r.value.state;
    }
    const v = viewFor(s, "POL");
    expect(v.treaties.pact?.clauses).toHaveLength(2);
    expect(v.powers.DEU?.estimated).toBe(false);
    expect(JSON.stringify(v)).not.toContain('"rng"');
  });
});

/**
 * Issue 15, item 2: a treaty whose every clause is secret — the Soviet–German secret protocol
 * kept as a treaty of its own (23 August 1939) — is not announced: its signature, each
 * ratification and its entry into force reach only those who may see it.
 */
describe("news of a wholly secret treaty", () => {
  const base = withSecretProtocol(createInitialState(MINI, { seed: 1 }));
  const pact = base.treaties.pact;
  if (!pact) throw new Error("no pact");
  const secret: GameState = {
    ...base,
    treaties: { ...base.treaties, pact: { ...pact, clauses: pact.clauses.slice(1) } },
    news: [
      ...base.news,
      { turn: base.turn, key: "news.treatySigned", params: { treaty: "pact", name: pact.name } },
      { turn: base.turn, key: "news.treatyRatified", params: { treaty: "pact", power: "DEU" } },
      { turn: base.turn, key: "news.treatyRatified", params: { treaty: "pact", power: "SUN" } },
      { turn: base.turn, key: "news.treatyInForce", params: { treaty: "pact", name: pact.name } },
    ],
  };
  const about = (viewer: Parameters<typeof viewFor>[1]) =>
    viewFor(secret, viewer)
      .news.filter((n) => n.params.treaty === "pact")
      .map((n) => n.key);

  it.each(["FRA", "GBR", "spectator"] as const)("%s hears nothing of it", (viewer) => {
    expect(viewFor(secret, viewer).treaties.pact).toBeUndefined();
    expect(about(viewer)).toEqual([]);
  });

  it.each(["DEU", "SUN", "teacher"] as const)("%s reads every item", (viewer) => {
    expect(about(viewer)).toEqual([
      "news.treatySigned",
      "news.treatyRatified",
      "news.treatyRatified",
      "news.treatyInForce",
    ]);
  });

  it("once revealed to a power, that power reads its news too", () => {
    const revealed = {
      ...secret,
      treaties: { ...secret.treaties, pact: { ...secret.treaties.pact!, revealedTo: ["FRA"] } },
    };
    expect(viewFor(revealed, "FRA").news.some((n) => n.params.treaty === "pact")).toBe(true);
    expect(viewFor(revealed, "GBR").news.some((n) => n.params.treaty === "pact")).toBe(false);
  });
});
