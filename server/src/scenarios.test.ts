import { describe, expect, test } from "vitest";
import { MINI } from "@cs/shared";
import { ScenarioRegistry } from "./scenarios.ts";

describe("the scenario registry", () => {
  test("serves MINI by id and start point, and nothing it does not hold", () => {
    const r = ScenarioRegistry.load(undefined);
    expect(r.resolve("mini")).toBe(MINI);
    expect(r.resolve("mini", "1935-I")).toBe(MINI);
    expect(r.resolve("mini", "1938-I")).toBeUndefined();
    expect(r.resolve("nope")).toBeUndefined();
    expect(r.defaultId()).toBe("mini");
  });

  test("offers several start points of one scenario, and prefers a real one to MINI", () => {
    const r = ScenarioRegistry.load(undefined);
    r.add({ ...MINI, id: "europe", start: "1936-I" });
    r.add({ ...MINI, id: "europe", start: "1933-I" });
    expect(r.list().find((s) => s.id === "europe")?.starts).toEqual(["1933-I", "1936-I"]);
    expect(r.resolve("europe")?.start).toBe("1933-I");
    expect(r.defaultId()).toBe("europe");
  });

  test("a module that is not there adds nothing and throws nothing", async () => {
    const r = ScenarioRegistry.load(undefined);
    await r.addModule("@cs/no-such-package/scenarios");
    expect(r.list().map((s) => s.id)).toEqual(["mini"]);
  });
});
