import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { PowerId } from "../model/state.ts";

/**
 * Joining and leaving, shared by the orders, the League's own admit/expel motions and
 * scenario effects. A power that joins gets no Council seat unless the scenario reserved one
 * (a non-member defined with a seat) or grants it with a `councilSeat` effect, as the USSR's
 * permanent seat of September 1934.
 */
export function joinLeague(d: Draft, power: PowerId): void {
  const p = d.power(power);
  p.league = { member: true, council: p.league.council };
  d.news("news.leagueJoined", { power });
}

/**
 * Leaving (Germany, October 1933; Italy, December 1937) or being expelled (the USSR,
 * December 1939) costs the seat and raises world tension; the state stops applying any
 * sanctions it was applying as a member.
 */
export function leaveLeague(
  d: Draft,
  ctx: Ctx,
  power: PowerId,
  how: "left" | "expelled" = "left",
): void {
  d.power(power).league = { member: false, council: undefined };
  d.tension(ctx.scenario.rules.tension.leaveLeague);
  for (const id of Object.keys(d.s.sanctions).sort(byNumber)) {
    const s = d.s.sanctions[id];
    if (s?.active && s.applying.includes(power)) {
      const w = d.entry("sanctions", id);
      w.applying = w.applying.filter((x) => x !== power);
    }
  }
  d.news(how === "left" ? "news.leagueLeft" : "news.leagueExpelled", { power });
}

export function setCouncilSeat(
  d: Draft,
  power: PowerId,
  seat: "permanent" | "elected" | undefined,
): void {
  const p = d.power(power);
  p.league = { member: p.league.member, council: seat };
}

/** Engine ids are a prefix and the state's counter: sort them in creation order. */
export function byNumber(a: string, b: string): number {
  return idNumber(a) - idNumber(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function idNumber(id: string): number {
  const m = /\d+$/.exec(id);
  return m ? Number(m[0]) : 0;
}
