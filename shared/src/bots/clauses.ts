import type { Clause } from "../treaties/clauses.ts";
import type { Treaty } from "../model/state.ts";
import { affinity, fears } from "./personality.ts";
import type { Bot, Reasoned } from "./types.ts";

/**
 * What one clause of a treaty is worth to the bot (about -3 … 2), and why: security against
 * the powers it fears, no territory given away, no access granted to those it distrusts,
 * no promise of war beyond its appetite for risk.
 */
export function clauseValue(bot: Bot, t: Pick<Treaty, "parties">, c: Clause): Reasoned<number> {
  const me = bot.seat;
  const others = t.parties.filter((q) => q !== me);
  const feared = others.filter((q) => fears(bot.p, q));
  const disliked = others.filter((q) => affinity(bot.ctx, bot.p, q) <= -0.5 && !fears(bot.p, q));
  const anyFear = bot.p.fears.length > 0;
  switch (c.kind) {
    case "nonAggression":
      if (feared.length > 0) return { value: 1, reason: `it keeps ${feared[0]} off us` };
      if (disliked.length > 0) return { value: -0.6, reason: `we do not deal with ${disliked[0]}` };
      return { value: 0.3, reason: "it costs us nothing" };
    case "consultation":
    case "recognition":
      return { value: 0.2, reason: "it costs us nothing" };
    case "trade":
      return { value: 0.4, reason: "trade helps our economy" };
    case "nonIntervention":
      return { value: bot.p.aims.includes("peace") ? 0.4 : 0, reason: "it keeps the war local" };
    case "mutualAssistance":
    case "guarantee": {
      if (c.kind === "guarantee" && c.beneficiary === me)
        return { value: 1.2, reason: "it guarantees us" };
      const automatic = c.mode === "automatic";
      const cost = automatic ? 0.9 * (1 - bot.p.risk) : 0.2;
      const target = c.against === "any" ? undefined : c.against;
      const gain = target && fears(bot.p, target) ? 1 : anyFear ? 0.5 : 0.1;
      const friends = others.some((q) => affinity(bot.ctx, bot.p, q) < -0.5) ? -0.5 : 0;
      const value = gain + friends - cost;
      return {
        value,
        reason:
          value >= 0
            ? `it binds allies against ${target ?? bot.p.fears[0] ?? "aggression"}`
            : automatic
              ? "we will not promise war automatically"
              : "it binds us to partners we do not trust",
      };
    }
    case "militaryAccess":
      if (c.grantor === me) {
        const ok = affinity(bot.ctx, bot.p, c.grantee) > 0.4 || bot.p.trust > 0.75;
        return ok
          ? { value: 0.1, reason: `we trust ${c.grantee}` }
          : { value: -2, reason: `no ${c.grantee} troops on our soil` };
      }
      return { value: 0.6, reason: "our forces could reach our friends" };
    case "militaryConvention":
      return bot.p.risk >= 0.3
        ? { value: 0.3, reason: "staff talks make help real" }
        : { value: -0.3, reason: "we will not commit forces in advance" };
    case "territorialTransfer":
      if (c.from === me) return { value: -3, reason: "we cede no territory" };
      if (c.to === me) return { value: 2, reason: "it returns our lands" };
      return fears(bot.p, c.to)
        ? { value: -0.8, reason: `it strengthens ${c.to}` }
        : { value: 0.2, reason: "a settlement keeps the peace" };
    case "spheres":
      return c.spheres.some((s) => s.power === me)
        ? { value: 1, reason: "it gives us a free hand" }
        : { value: -1, reason: "we are no party to spheres of influence" };
    case "demilitarisation":
      return bot.p.aims.includes("revise")
        ? { value: -1.5, reason: "we accept no limits on our sovereignty" }
        : { value: 0.3, reason: "it keeps the frontier quiet" };
    case "navalLimitation":
      if (c.relativeTo === me) return { value: 0.6, reason: "it caps their fleet" };
      if (c.limited === me && bot.p.aims.includes("revise"))
        return { value: 0.5, reason: "it recognises our right to a navy" };
      return { value: c.limited === me ? -0.5 : 0, reason: "it limits our fleet" };
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
