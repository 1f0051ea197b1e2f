import { describe, expect, test } from "vitest";
import { REGIONS } from "@cs/assets/map";
import { deltaE, VISIONS } from "./cvd.ts";
import { POWER_TINT, SEA, tintOf } from "./palette.ts";

/** Pairs of 1933 owners whose land regions touch (assets/map/regions.json adjacency). */
function neighbourPairs(): Array<[string, string]> {
  const byId = new Map(REGIONS.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const r of REGIONS) {
    if (r.kind !== "land" || !r.owner) continue;
    for (const id of r.adjacent) {
      const o = byId.get(id);
      if (o?.kind !== "land" || !o.owner || o.owner === r.owner) continue;
      seen.add([r.owner, o.owner].sort().join("-"));
    }
  }
  return [...seen].map((k) => k.split("-") as [string, string]);
}

const GREAT = ["GBR", "FRA", "DEU", "ITA", "SUN", "POL", "CSK"];
/** CIE76 ΔE: about 10 is clearly distinct side by side on a map at a glance. */
const MIN_DELTA_E = 10;

describe("palette under colour-vision deficiency", () => {
  const pairs = neighbourPairs();
  for (const a of GREAT) for (const b of GREAT) if (a < b) pairs.push([a, b]);

  test.each(VISIONS.map((v) => [v]))("neighbours stay apart for %s vision", (vision) => {
    const close = pairs
      .map(([a, b]) => ({ pair: `${a}-${b}`, d: deltaE(tintOf(a), tintOf(b), vision) }))
      .filter((x) => x.d < MIN_DELTA_E);
    expect(close).toEqual([]);
  });

  test.each(VISIONS.map((v) => [v]))("coastal powers stand off the sea for %s vision", (vision) => {
    const coastal = new Set(
      REGIONS.filter((r) => r.coastal.length > 0 && r.owner).map((r) => r.owner),
    );
    const close = [...coastal]
      .map((p) => ({ p, d: deltaE(tintOf(p), SEA, vision) }))
      .filter((x) => x.d < MIN_DELTA_E);
    expect(close).toEqual([]);
  });

  test("every 1933 owner has a named tint", () => {
    const owners = new Set(REGIONS.flatMap((r) => (r.owner ? [r.owner] : [])));
    expect([...owners].filter((o) => !POWER_TINT[o])).toEqual([]);
  });
});

describe("cvd transform", () => {
  test("normal vision is the identity and white stays white", () => {
    expect(deltaE("#ffffff", "#ffffff", "deuteranopia")).toBeCloseTo(0, 1);
    expect(deltaE("#b0a4d8", "#b0a4d8")).toBe(0);
  });
  test("red and green collapse for a deuteranope", () => {
    expect(deltaE("#cc3333", "#669933", "deuteranopia")).toBeLessThan(
      deltaE("#cc3333", "#669933", "normal") / 2,
    );
  });
});
