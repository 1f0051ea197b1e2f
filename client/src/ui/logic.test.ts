import { describe, expect, test } from "vitest";
import type { SeatInfo } from "@cs/shared";
import { screenFor } from "./app.ts";
import { canStart, takeable } from "./lobby.ts";
import { searchSections, slug, splitSections } from "./rules.ts";

const seat = (
  power: string,
  holder: "human" | "bot",
  lobbyReady = false,
  open = true,
): SeatInfo => ({
  power,
  kind: "core",
  open,
  holder,
  connected: holder === "human",
  lobbyReady,
});

describe("the lobby", () => {
  test("open seats held by a bot can be taken", () => {
    const seats = [seat("FRA", "human"), seat("SUN", "bot"), seat("DEU", "bot", false, false)];
    expect(takeable(seats).map((s) => s.power)).toEqual(["SUN"]);
  });
  test("the host starts once every seated person is ready", () => {
    expect(canStart([seat("FRA", "human", true), seat("SUN", "human", false)])).toBe(false);
    expect(canStart([seat("FRA", "human", true), seat("SUN", "bot")])).toBe(true);
    expect(canStart([seat("SUN", "bot")])).toBe(false);
  });
  test("the screen follows the match status", () => {
    expect(screenFor(undefined)).toBe("home");
    expect(screenFor("lobby")).toBe("lobby");
    expect(screenFor("running")).toBe("game");
    expect(screenFor("finished")).toBe("game");
  });
});

describe("the rules reference", () => {
  const md =
    "# Rules\nintro\n## Treaties\nA treaty is a list of clauses.\n### Guarantee\nA unilateral promise; “if Poland resists”.\n## Tension\nÉchelle de 0 à 100.\n";
  test("splits at headings", () => {
    expect(splitSections(md).map((s) => s.title)).toEqual([
      "Rules",
      "Treaties",
      "Guarantee",
      "Tension",
    ]);
  });
  test("search ignores case and accents and needs every word", () => {
    const all = splitSections(md);
    expect(searchSections(all, "GUARANTEE poland").map((s) => s.id)).toEqual(["guarantee"]);
    expect(searchSections(all, "echelle").map((s) => s.id)).toEqual(["tension"]);
    expect(searchSections(all, "")).toHaveLength(4);
  });
  test("slugs", () => {
    expect(slug("Mutual assistance — automatic")).toBe("mutual-assistance-automatic");
  });
});
