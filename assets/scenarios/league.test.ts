/**
 * A living League on the historical path (issue 10): historical bots, following the history
 * script for the governments' routine, work the League by the Covenant's duty and their
 * interest (shared/src/bots/league.ts). Italy's war on Ethiopia brings the Council's finding
 * (7 October 1935: Italy the aggressor), the sanctions (18 November 1935) without oil, and
 * their end in 1936 (the Assembly, 4 July 1936, effective 15 July). Sources: F. P. Walters,
 * A History of the League of Nations (1952), ch. 53–56; timeline.md.
 */
import {
  apply,
  compile,
  createInitialState,
  turnIndex,
  playSeat,
  type Action,
  type GameState,
} from "@cs/shared";
import { describe, expect, it } from "vitest";
import { HISTORY_1933 } from "./history.ts";
import { loadScenario } from "./load.ts";

const scenario = loadScenario();
const ctx = compile(scenario);

/** Historical bots at every seat but the minor ones, until the end of a turn. */
function playUntil(label: string, seed: number): GameState {
  let state = createInitialState(scenario, { seed });
  const seats = ctx.powerIds.filter((p) => ctx.powers.get(p)?.seat !== "minor");
  const end = turnIndex(label) ?? 0;
  const passes: Record<string, number> = { diplomacy: 2, orders: 1, resolution: 1 };
  for (let i = 0; i < 200 && state.phase !== "ended"; i++) {
    if (state.turn > end) break;
    for (let p = 0; p < (passes[state.phase] ?? 0); p++) {
      for (const seat of seats) {
        state = playSeat(state, seat, ctx, { script: HISTORY_1933 }, (s, a: Action) => {
          const r = apply(s, seat, a, ctx);
          return r.ok ? r.value.state : undefined;
        });
      }
    }
    const r = apply(state, "system", { type: "advance" }, ctx);
    if (!r.ok) break;
    state = r.value.state;
  }
  return state;
}

describe("the League on the historical path, with historical bots", () => {
  const state = playUntil("1936-II", 1);
  const motions = Object.values(state.motions);

  it("the Council finds Italy the aggressor of Ethiopia, Italy alone against", () => {
    const finding = motions.find(
      (m) => m.kind === "condemn" && m.target === "ITA" && m.body === "council",
    );
    expect(finding?.status).toBe("passed");
    expect(finding?.victim).toBe("ETH");
    expect(finding?.votes.ITA).toBe("no");
    expect(state.flags).toContain("leagueFinding:ITA");
  });

  it("sanctions on Italy, never extended to oil, and lifted once the war is over", () => {
    const onItaly = Object.values(state.sanctions).filter((s) => s.target === "ITA");
    expect(onItaly.length).toBeGreaterThan(0);
    expect(onItaly.every((s) => !s.oil)).toBe(true);
    expect(onItaly.every((s) => !s.active)).toBe(true);
    const oil = motions.filter((m) => m.kind === "oilEmbargo" && m.target === "ITA");
    expect(oil.every((m) => m.status !== "passed")).toBe(true);
  });
});
