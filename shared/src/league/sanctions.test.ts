import { describe, expect, it } from "vitest";
import { apply } from "../engine/apply.ts";
import { MINI } from "../testing/mini.ts";
import { act, advanceTo, startMatch, type Match } from "../testing/drive.ts";

/** Italy invades Ethiopia; a member tables sanctions and the Council (or Assembly) passes them. */
function sanctionsOnItaly(kind: "sanctions" | "oilEmbargo", body: "council" | "assembly"): Match {
  const m = startMatch(MINI);
  advanceTo(m, "diplomacy");
  act(m, "ETH", { type: "tableMotion", motion: { kind, body, target: "ITA", victim: "ETH" } });
  advanceTo(m, "orders");
  const id = Object.keys(m.state.motions)[0] ?? "";
  act(m, "GBR", { type: "vote", motion: id, vote: "yes" });
  act(m, "FRA", { type: "vote", motion: id, vote: "yes" });
  act(m, "ITA", { type: "vote", motion: id, vote: "no" });
  advanceTo(m, "resolution");
  return m;
}

describe("League sanctions", () => {
  it("sanctions without oil: the 1935 sanctions on Italy pass and leave oil out", () => {
    const m = sanctionsOnItaly("sanctions", "council");
    const s = Object.values(m.state.sanctions);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ target: "ITA", oil: false, active: true, applying: [] });
  });

  it("an oil embargo is its own record with oil", () => {
    const m = sanctionsOnItaly("oilEmbargo", "council");
    expect(Object.values(m.state.sanctions)[0]?.oil).toBe(true);
  });

  it("every member but the target is asked whether it applies them, by default yes", () => {
    const m = sanctionsOnItaly("sanctions", "council");
    const asked = Object.values(m.state.decisions).filter((x) => x.kind === "sanctions");
    expect(asked.map((x) => x.power)).toEqual([
      "FRA",
      "GBR",
      "SUN",
      "POL",
      "CSK",
      "ROU",
      "AUT",
      "ETH",
    ]);
    expect(asked.every((x) => x.default === "apply" && x.due === "orders")).toBe(true);
  });

  it("members decide next turn; Austria's refusal (October 1935) is public and costs credibility", () => {
    const m = sanctionsOnItaly("sanctions", "council");
    const turn = m.state.turn;
    advanceTo(m, "orders", turn + 1);
    const austria = Object.values(m.state.decisions).find((x) => x.power === "AUT");
    act(m, "AUT", { type: "decide", decision: austria?.id ?? "", choice: "refuse" });
    const before = m.state.powers.AUT?.credibility ?? 0;
    const gbr = m.state.powers.GBR?.credibility ?? 0;
    advanceTo(m, "resolution");
    const s = Object.values(m.state.sanctions)[0];
    expect(s?.refusing).toEqual(["AUT"]);
    expect(s?.applying).toEqual(["FRA", "GBR", "SUN", "POL", "CSK", "ROU", "ETH"]);
    expect(m.state.powers.AUT?.credibility).toBe(before - MINI.rules.credibility.sanctionsRefused);
    expect(m.state.powers.GBR?.credibility).toBe(gbr);
    const news = m.state.news.find((n) => n.key === "news.sanctionsRefused");
    expect(news?.params.power).toBe("AUT");
    expect(news?.to).toBeUndefined();
  });

  it("refusing an Assembly recommendation costs less than breaking a Council decision", () => {
    const m = sanctionsOnItaly("sanctions", "assembly");
    advanceTo(m, "orders", m.state.turn + 1);
    const austria = Object.values(m.state.decisions).find((x) => x.power === "AUT");
    act(m, "AUT", { type: "decide", decision: austria?.id ?? "", choice: "refuse" });
    const before = m.state.powers.AUT?.credibility ?? 0;
    advanceTo(m, "resolution");
    expect(m.state.powers.AUT?.credibility).toBe(
      before - MINI.rules.credibility.recommendationRefused,
    );
  });

  it("the same sanctions cannot be voted twice while in force", () => {
    const m = sanctionsOnItaly("sanctions", "council");
    advanceTo(m, "diplomacy", m.state.turn + 1);
    const r = apply(
      m.state,
      "FRA",
      { type: "tableMotion", motion: { kind: "sanctions", body: "council", target: "ITA" } },
      m.ctx,
    );
    expect(!r.ok && r.error.code).toBe("ERR_ALREADY_DONE");
  });

  it("a member that leaves the League stops applying sanctions", () => {
    const m = sanctionsOnItaly("sanctions", "council");
    advanceTo(m, "orders", m.state.turn + 1);
    advanceTo(m, "orders", m.state.turn + 1);
    expect(Object.values(m.state.sanctions)[0]?.applying).toContain("POL");
    act(m, "POL", { type: "order", order: { kind: "leaveLeague" } });
    advanceTo(m, "resolution");
    expect(Object.values(m.state.sanctions)[0]?.applying).not.toContain("POL");
  });

  it("lapse once the victim is conquered (lifted 15 July 1936)", () => {
    const m = sanctionsOnItaly("sanctions", "council");
    advanceTo(m, "orders", m.state.turn + 1);
    m.state = {
      ...m.state,
      powers: { ...m.state.powers, ETH: { ...m.state.powers.ETH!, alive: false } },
    };
    advanceTo(m, "resolution");
    expect(Object.values(m.state.sanctions)[0]?.active).toBe(false);
    expect(m.state.news.some((n) => n.key === "news.sanctionsLifted")).toBe(true);
  });
});
