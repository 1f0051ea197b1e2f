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
