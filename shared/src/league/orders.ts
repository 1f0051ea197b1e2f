import { refuse } from "../core/result.ts";
import type { OrderRules } from "../orders/types.ts";
import { joinLeague, leaveLeague } from "./membership.ts";

/**
 * Joining (the USSR, September 1934) and leaving (Germany, October 1933; Italy, December
 * 1937) are orders, resolved before the League counts its votes.
 */
export const LEAGUE_ORDERS: Pick<OrderRules, "joinLeague" | "leaveLeague"> = {
  joinLeague: {
    check(state, power) {
      const p = state.powers[power];
      if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
      if (p.league.member) {
        return refuse("ERR_ALREADY_LEAGUE_MEMBER", "You are already a member of the League.");
      }
      return undefined;
    },
    resolve(d, power) {
      joinLeague(d, power);
    },
    candidates(state, power) {
      return state.powers[power]?.league.member === false ? [{ kind: "joinLeague" }] : [];
    },
  },
  leaveLeague: {
    check(state, power) {
      const p = state.powers[power];
      if (!p) return refuse("ERR_UNKNOWN_POWER", `There is no power ${power}.`);
      if (!p.league.member) {
        return refuse("ERR_NOT_LEAGUE_MEMBER", "You are not a member of the League.");
      }
      return undefined;
    },
    resolve(d, power, _order, ctx) {
      leaveLeague(d, ctx, power);
    },
    candidates(state, power) {
      return state.powers[power]?.league.member ? [{ kind: "leaveLeague" }] : [];
    },
  },
};
