import { describe, expect, test } from "vitest";
import { REGIONS } from "@cs/assets/map";
import { demoView } from "./demo/scenario.ts";
import { anchorRegion, reachFrom, sanctionRoles, treatyLinks } from "./modes.ts";
import { regionLooks } from "./style.ts";

describe("map modes read the view", () => {
  test("treaty links: alliances pairwise, guarantees from guarantor to beneficiary", () => {
    const links = treatyLinks(demoView({ seat: "FRA", later: false }));
    const pairs = links.map((l) => `${l.a}-${l.b}:${l.kind}`);
    expect(pairs).toContain("FRA-POL:alliance");
    expect(pairs).toContain("CSK-ROU:alliance");
    expect(pairs).toContain("GBR-FRA:guarantee");
    expect(pairs).not.toContain("BEL-DEU:guarantee");
  });

  test("a secret clause shows only in the views of those who may see it", () => {
    const secret = (seat: string) =>
      treatyLinks(demoView({ seat, later: false })).some(
        (l) => l.treaty === "franco-polish" && l.secret,
      );
    expect(secret("FRA")).toBe(true);
    expect(secret("DEU")).toBe(false);
  });

  test("reach: the USSR cannot reach Czechoslovakia's heart without passage", () => {
    const reach = reachFrom(demoView({ seat: "SUN", later: false }), "SUN", REGIONS);
    expect(reach.has("eastern-borderlands")).toBe(true);
    expect(reach.has("bohemia-moravia")).toBe(false);
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
