import type { Ctx } from "../engine/context.ts";
import type { Motion, PowerId } from "../model/state.ts";
import type { Known } from "../knowledge/known.ts";

export interface Tally {
  passed: boolean;
  yes: number;
  no: number;
  /** Members entitled to vote (parties to the dispute excluded). */
  voters: PowerId[];
}

/**
 * Count a motion's votes as the League stands now (a member that left this turn no longer
 * votes). A member that did not vote abstains. Council: at least one yes and no no among
 * Council members not party to the dispute. Assembly: more yes than no.
 */
export function tally(state: Known, ctx: Ctx, m: Motion): Tally {
  const voters = ctx.powerIds.filter((id) => {
    if (id === m.target || id === m.victim) return false;
    const p = state.powers[id];
    if (!p?.alive || !p.league.member) return false;
    return m.body === "assembly" || p.league.council !== undefined;
  });
  let yes = 0;
  let no = 0;
  for (const id of voters) {
    const v = m.votes[id];
    if (v === "yes") yes += 1;
    else if (v === "no") no += 1;
  }
  const passed = m.body === "council" ? yes > 0 && no === 0 : yes > no;
  return { passed, yes, no, voters };
}
