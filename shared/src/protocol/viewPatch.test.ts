import { describe, expect, test } from "vitest";
import { applyViewPatch, diffView } from "./viewPatch.ts";

describe("view patches", () => {
  const base = {
    stateId: 3,
    phase: "news",
    powers: { DEU: { army: 40, orders: [] }, FRA: { army: 45, orders: [] } },
    treaties: { t1: { id: "t1", status: "proposed" } },
    news: [{ key: "a" }],
  };
  test.each([
    ["a top-level scalar", { ...base, stateId: 4, phase: "diplomacy" }],
    ["one power's figure", { ...base, powers: { ...base.powers, DEU: { army: 42, orders: [] } } }],
    ["a removed treaty", { ...base, treaties: {} }],
    ["a new treaty", { ...base, treaties: { ...base.treaties, t2: { id: "t2", status: "x" } } }],
    ["appended news", { ...base, news: [{ key: "a" }, { key: "b" }] }],
    ["replaced news", { ...base, news: [{ key: "c" }] }],
  ])("%s round-trips", (_name, next) => {
    const ops = diffView(base, next);
    expect(applyViewPatch(base, ops)).toEqual(next);
    expect(JSON.stringify(ops).length).toBeLessThan(JSON.stringify(next).length);
  });

  test("news that only grew travels as an append", () => {
    const ops = diffView(base, { ...base, news: [{ key: "a" }, { key: "b" }] });
    expect(ops).toEqual([{ op: "push", path: ["news"], items: [{ key: "b" }] }]);
  });

  test("an unchanged view needs no operation", () => {
    expect(diffView(base, JSON.parse(JSON.stringify(base)) as typeof base)).toEqual([]);
  });
});
