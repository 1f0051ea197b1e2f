import { describe, expect, it } from "vitest";
import { MINI } from "../testing/mini.ts";
import { apply } from "./apply.ts";
import { compile } from "./context.ts";
import { createInitialState } from "./setup.ts";

const ctx = compile(MINI);

describe("apply", () => {
  it("starts in the News phase of the scenario's first turn with action points", () => {
    const s = createInitialState(MINI, { seed: 1 });
    expect(s.turn).toBe(4);
    expect(s.phase).toBe("news");
    expect(s.powers.DEU?.ap).toBe(6);
    expect(s.treaties.locarno?.status).toBe("inForce");
  });

  it("moves through the phases on the clock and leaves the input state untouched", () => {
    const s0 = createInitialState(MINI, { seed: 1 });
    const frozen = JSON.stringify(s0);
    const r = apply(s0, "system", { type: "advance" }, ctx);
    expect(r.ok && r.value.state.phase).toBe("diplomacy");
    expect(r.ok && r.value.state.stateId).toBe(1);
    expect(JSON.stringify(s0)).toBe(frozen);
  });

  it.each([
    ["a power using the clock", "DEU", { type: "advance" }, "ERR_NOT_ALLOWED"],
    ["an unknown power", "XXX", { type: "ready", ready: true }, "ERR_UNKNOWN_POWER"],
    [
      "an order outside the Orders phase",
      "DEU",
      { type: "order", order: { kind: "mobilise" } },
      "ERR_WRONG_PHASE",
    ],
  ] as const)("refuses %s with a code and a reason", (_name, by, action, code) => {
    const s0 = createInitialState(MINI, { seed: 1 });
    const r = apply(s0, by, action, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });
});
