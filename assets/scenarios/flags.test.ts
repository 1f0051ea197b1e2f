/**
 * Consequences carry forward (issue 10): every flag an event, a choice, a branch or a
 * counterfactual switch sets is read by a later condition — an event's premise or trigger, a
 * branch, the situation of a historical choice, an objective, the collective security index,
 * a trust rule, a government's risk tolerance. A flag nothing reads is a consequence that
 * does not exist; this test names it.
 */
import { describe, expect, it } from "vitest";
import { loadScenario } from "./load.ts";

const scenario = loadScenario();

/** Every flag set: by effects anywhere (events, choices, branches, options) and by switches. */
function flagsSet(): Map<string, string> {
  const set = new Map<string, string>();
  const walk = (x: unknown, where: string): void => {
    if (Array.isArray(x)) x.forEach((y) => walk(y, where));
    else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if (k === "setFlag" && typeof v === "string") set.set(v, where);
        else walk(v, where);
      }
    }
  };
  for (const e of scenario.events) walk(e, `event ${e.id}`);
  for (const o of scenario.options)
    for (const v of o.values) for (const f of v.flags) set.set(f, `option ${o.key}=${v.value}`);
  return set;
}

/** Every flag read by a condition anywhere in the scenario (clearing a flag is no reading). */
function flagsRead(): Set<string> {
  const read = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if (k === "flag" && typeof v === "string") read.add(v);
        else if (k !== "setFlag" && k !== "clearFlag") walk(v);
      }
    }
  };
  walk(scenario.events);
  walk(scenario.objectives);
  walk(scenario.csi);
  walk(scenario.trust);
  walk(scenario.powers.map((p) => p.riskTolerance));
  return read;
}

describe("the 1933 scenario's flags", () => {
  const set = flagsSet();
  const read = flagsRead();

  it("sets some flags and reads them (the test looks where flags live)", () => {
    expect(set.size).toBeGreaterThan(20);
    expect(read.has("rhineland-riposte")).toBe(true);
  });

  it("reads every flag it sets", () => {
    const unread = [...set].filter(([f]) => !read.has(f)).map(([f, where]) => `${f} (${where})`);
    expect(unread).toEqual([]);
  });
});
