import type { Clause } from "../treaties/clauses.ts";
import { namedAggressors } from "../treaties/terms.ts";
import type { Treaty } from "../model/state.ts";
import { affinity, fears } from "./personality.ts";
import { because } from "./reasons.ts";
import type { Bot, Reasoned } from "./types.ts";

/**
 * What one clause of a treaty is worth to the bot (about -3 … 2), and why: security against
 * the powers it fears, no territory given away, no access granted to those it distrusts,
 * no promise of war beyond its appetite for risk.
 */
function clauseValue(bot: Bot, t: Pick<Treaty, "parties">, c: Clause): Reasoned<number> {
  const me = bot.seat;
  const others = t.parties.filter((q) => q !== me);
  const feared = others.filter((q) => fears(bot.p, q));
  const disliked = others.filter((q) => affinity(bot.ctx, bot.p, q) <= -0.5 && !fears(bot.p, q));
  const anyFear = bot.p.fears.length > 0;
  switch (c.kind) {
    case "nonAggression":
      if (feared.length > 0)
        return { value: 1, ...because("keepsOff", { power: feared[0] ?? "" }) };
      if (disliked.length > 0)
        return { value: -0.6, ...because("noDealWith", { power: disliked[0] ?? "" }) };
      return { value: 0.3, ...because("costsNothing") };
    case "consultation":
    case "recognition":
      return { value: 0.2, ...because("costsNothing") };
    case "trade":
      return { value: 0.4, ...because("tradeHelps") };
    case "nonIntervention":
      return { value: bot.p.aims.includes("peace") ? 0.4 : 0, ...because("keepsWarLocal") };
    case "mutualAssistance":
    case "guarantee": {
      if (c.kind === "guarantee" && c.beneficiary === me)
        return { value: 1.2, ...because("guaranteesUs") };
      const automatic = c.mode === "automatic";
      const cost = automatic ? 0.9 * (1 - bot.p.risk) : 0.2;
      const target = namedAggressors(c.against)[0];
      const gain = target && fears(bot.p, target) ? 1 : anyFear ? 0.5 : 0.1;
      const friends = others.some((q) => affinity(bot.ctx, bot.p, q) < -0.5) ? -0.5 : 0;
      const value = gain + friends - cost;
      return {
        value,
        ...(value >= 0
          ? target || bot.p.fears[0]
            ? because("bindsAllies", { power: target ?? bot.p.fears[0] ?? "" })
            : because("bindsAgainstAggression")
          : automatic
            ? because("noAutomaticWar")
            : because("distrustPartners")),
      };
    }
    case "militaryAccess":
      if (c.grantor === me) {
        const ok = affinity(bot.ctx, bot.p, c.grantee) > 0.4 || bot.p.trust > 0.75;
        return ok
          ? { value: 0.1, ...because("trust", { power: c.grantee }) }
          : { value: -2, ...because("noTroops", { power: c.grantee }) };
      }
      return { value: 0.6, ...because("reachFriends") };
    case "militaryConvention":
      return bot.p.risk >= 0.3
        ? { value: 0.3, ...because("staffTalks") }
        : { value: -0.3, ...because("noCommitment") };
    case "territorialTransfer":
      if (c.from === me) return { value: -3, ...because("cedeNothing") };
      if (c.to === me) return { value: 2, ...because("returnsLands") };
      return fears(bot.p, c.to)
        ? { value: -0.8, ...because("strengthens", { power: c.to }) }
        : { value: 0.2, ...because("settlementPeace") };
    case "spheres":
      return c.spheres.some((s) => s.power === me)
        ? { value: 1, ...because("freeHand") }
        : { value: -1, ...because("noSpheres") };
    case "demilitarisation":
      return bot.p.aims.includes("revise")
        ? { value: -1.5, ...because("noLimits") }
        : { value: 0.3, ...because("frontierQuiet") };
    case "navalLimitation":
      if (c.relativeTo === me) return { value: 0.6, ...because("capsFleet") };
      if (c.limited === me && bot.p.aims.includes("revise"))
        return { value: 0.5, ...because("rightToNavy") };
      return { value: c.limited === me ? -0.5 : 0, ...because("limitsFleet") };
    case "qualifies":
    case "accession":
      return { value: 0.1, ...because("costsNothing") };
    case "arbitration":
      if (c.holder === me) return { value: -1.5, ...because("cedeNothing") };
      if (c.claimant === me) return { value: 1, ...because("returnsLands") };
      return { value: 0.1, ...because("settlementPeace") };
  }
}

/** Sum of the clauses' values, the worst clause and the best, with their reasons. */
export function treatyValue(bot: Bot, t: Pick<Treaty, "parties" | "clauses">) {
  let total = 0;
  let worst: Reasoned<number> = { value: Number.POSITIVE_INFINITY, reason: "" };
  let best: Reasoned<number> = { value: Number.NEGATIVE_INFINITY, reason: "" };
  const values = t.clauses.map((c) => {
    const v = clauseValue(bot, t, c);
    total += v.value;
    if (v.value < worst.value) worst = v;
    if (v.value > best.value) best = v;
    return v.value;
  });
  return { total, worst, best, values };
}
