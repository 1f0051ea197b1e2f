import { describe, expect, test } from "vitest";
import { REGIONS } from "@cs/assets/map";
import { createInitialState, viewFor } from "@cs/shared";
import { loadScenario } from "@cs/assets/scenarios";
import { demoCtx, demoView } from "./demo/scenario.ts";
import { anchorRegion, engineReach, sanctionRoles, treatyLinks } from "./modes.ts";
import { regionLooks } from "./style.ts";

describe("map modes read the view", () => {
  test("treaty links: alliances pairwise, guarantees from guarantor to beneficiary", () => {
    const links = treatyLinks(demoView({ seat: "FRA", later: false }));
    const pairs = links.map((l) => `${l.a}-${l.b}:${l.kind}`);
    expect(pairs).toContain("FRA-POL:alliance");
    expect(pairs).toContain("CSK-ROU:alliance");
    expect(pairs).toContain("GBR-FRA:guarantee");
    // Locarno, art. 1: every party guarantees, Belgium too; a guarantee runs one way.
    expect(pairs).toContain("BEL-FRA:guarantee");
    expect(pairs).not.toContain("FRA-GBR:guarantee");
  });

  test("a secret clause shows only in the views of those who may see it", () => {
    const secret = (seat: string) =>
      treatyLinks(demoView({ seat, later: false })).some(
        (l) => l.treaty === "fra-pol-1921" && l.secret,
      );
    expect(secret("FRA")).toBe(true);
    expect(secret("DEU")).toBe(false);
  });

  test("engine reach: the USSR reaches Czechoslovakia only with Polish passage", () => {
    const ctx = demoCtx();
    const reach = engineReach(demoView({ seat: "SUN", later: false }), "SUN", ctx);
    expect(reach.has("eastern-borderlands")).toBe(true);
    expect(reach.has("slovakia")).toBe(false);
    expect(reach.has("bohemia-moravia")).toBe(false);
    // Poland grants the Red Army passage through its whole territory (the 1939 question).
    const state = createInitialState(loadScenario("europe-1933"), { seed: 1933 });
    state.treaties["passage"] = {
      id: "passage",
      name: "Transit",
      parties: ["POL", "SUN"],
      clauses: [{ kind: "militaryAccess", grantor: "POL", grantee: "SUN", regions: [] }],
      status: "inForce",
      revealedTo: [],
    } as unknown as (typeof state.treaties)[string];
    const opened = engineReach(viewFor(state, "SUN"), "SUN", ctx);
    expect(opened.has("slovakia")).toBe(true);
  });

  test("the reach mode asks the engine when the scenario is given", () => {
    const view = demoView({ seat: "SUN", later: false });
    const looks = regionLooks({
      view,
      mode: "reach",
      focus: "SUN",
      regions: REGIONS,
      ctx: demoCtx(),
    });
    const stippled = (id: string) => looks.get(id)?.patterns.some((p) => p.kind === "stipple");
    expect(stippled("eastern-borderlands")).toBe(true);
    expect(stippled("bohemia-moravia")).toBe(false);
  });

  test("sanctions roles and looks carry a pattern as well as a colour", () => {
    const view = demoView({ seat: "GBR", later: true });
    expect(sanctionRoles(view).get("ITA")).toBe("sanctioned");
    const looks = regionLooks({ view, mode: "sanctions", focus: null, regions: REGIONS });
    expect(looks.get("central-italy")?.patterns.map((p) => p.kind)).toContain("rules");
    const political = regionLooks({ view, mode: "political", focus: null, regions: REGIONS });
    expect(political.get("sudetenland")?.patterns.map((p) => p.kind)).toContain("cross");
    expect(political.get("ruhr")?.patterns.map((p) => p.kind)).toContain("hatch");
  });

  test("treaty lines start from the capital while it is held", () => {
    const view = demoView({ seat: "FRA", later: false });
    expect(anchorRegion(view, "FRA", REGIONS)?.id).toBe("north-france");
  });
});
