import { ScenarioSchema, type Scenario, type ScenarioInput } from "../scenario/schema.ts";
import type { ClauseInput } from "../treaties/clauses.ts";

/**
 * A synthetic Europe of the size the benchmarks name: `powers` powers each holding a column
 * of `rows` land regions on a grid, a sea along each edge, and `treaties` treaties in force
 * that mix every common clause kind (some secret).
 */
export function syntheticScenario(powers = 10, rows = 7, treaties = 30): Scenario {
  const ids = Array.from({ length: powers }, (_, i) => `P${String(i).padStart(2, "0")}`);
  const cell = (c: number, r: number) => `r-${c}-${r}`;
  const regions: ScenarioInput["regions"] = [];
  for (let c = 0; c < powers; c++) {
    for (let r = 0; r < rows; r++) {
      const adjacent = [];
      if (c + 1 < powers) adjacent.push(cell(c + 1, r));
      if (r + 1 < rows) adjacent.push(cell(c, r + 1));
      if (r === 0) adjacent.push("north-sea");
      if (r === rows - 1) adjacent.push("south-sea");
      regions.push({
        id: cell(c, r),
        kind: "land",
        owner: ids[c],
        adjacent,
        value: 1 + (r % 3),
        fortification: r % 2,
      });
    }
  }
  regions.push(
    { id: "north-sea", kind: "sea", adjacent: [] },
    { id: "south-sea", kind: "sea", adjacent: [] },
  );
  const kinds = (i: number, a: string, b: string): ClauseInput[] => {
    switch (i % 5) {
      case 0:
        return [{ kind: "nonAggression", neutrality: true }];
      case 1:
        return [{ kind: "mutualAssistance", mode: "automatic" }, { kind: "militaryConvention" }];
      case 2:
        return [
          {
            kind: "guarantee",
            guarantors: [a],
            beneficiary: b,
            scope: "independence",
            mode: "automatic",
            conditions: [{ kind: "victimResists" }],
          },
        ];
      case 3:
        return [{ kind: "militaryAccess", grantor: a, grantee: b }, { kind: "consultation" }];
      default:
        return [
          {
            kind: "mutualAssistance",
            mode: "consultative",
            conditions: [{ kind: "thirdPartyActs", power: ids[0] ?? a }],
          },
          { kind: "spheres", secret: true, spheres: [{ power: a, regions: [cell(0, 0)] }] },
        ];
    }
  };
  const input: ScenarioInput = {
    id: "synthetic",
    version: 1,
    start: "1933-I",
    tension: 30,
    powers: ids.map((id, i) => ({
      id,
      seat: i < 7 ? "core" : "optional",
      great: i < 5,
      government: i % 3 === 0 ? "democracy" : i % 3 === 1 ? "authoritarian" : "totalitarian",
      ideology: "conservative",
      capital: cell(i, 3),
      army: 20 + i * 3,
      air: 10 + i,
      navy: 10 + ((i * 7) % 30),
      industry: 20 + ((i * 5) % 25),
      stability: 60,
      warSupport: 40,
      league: i % 2 === 0 ? { member: true, council: "permanent" } : { member: true },
    })),
    regions,
    treaties: Array.from({ length: treaties }, (_, i) => {
      const a = ids[i % powers] ?? "P00";
      const b =
        ids[(i * 3 + 1) % powers] === a
          ? (ids[(i + 1) % powers] ?? "P01")
          : (ids[(i * 3 + 1) % powers] ?? "P01");
      return {
        id: `t${i}`,
        name: `Treaty ${i}`,
        parties: [a, b],
        clauses: kinds(i, a, b),
        signed: "1932-01-01",
        source: "synthetic",
      };
    }),
  };
  return ScenarioSchema.parse(input);
}
