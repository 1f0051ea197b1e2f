import { refuse } from "../core/result.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { Handler } from "../engine/handler.ts";
import { onLeagueFinding } from "../enforcement/obligations.ts";
import type { Motion } from "../model/state.ts";
import { byNumber, joinLeague, leaveLeague } from "./membership.ts";
import { imposeSanctions, lapseSanctions, liftSanctions } from "./sanctions.ts";
import { tally } from "./tally.ts";
import type { Known } from "../knowledge/known.ts";

export { resolveSanctionDecisions } from "./sanctions.ts";

/** A League motion is tabled in the Diplomacy phase by a member and voted on in Orders. */
export const tableMotion: Handler<"tableMotion"> = {
  check(state, by, action, ctx) {
    if (by === "system") return refuse("ERR_NOT_ALLOWED", "Only a member tables a motion.");
    if (state.phase !== "diplomacy") {
      return refuse("ERR_WRONG_PHASE", "Motions are tabled in the Diplomacy phase.");
    }
    const p = state.powers[by];
    if (!p?.league.member) {
      return refuse("ERR_NOT_LEAGUE_MEMBER", "Only members of the League table motions.");
    }
    const cost = ctx.scenario.rules.orderCosts.tableMotion;
    // Another power's points are unknown to a seat (null): never enough.
    if ((p.ap ?? 0) < cost) {
      return refuse("ERR_NOT_ENOUGH_AP", `Tabling a motion costs ${cost} action points.`);
    }
    const m = action.motion;
    const target = state.powers[m.target];
    if (!target?.alive) return refuse("ERR_UNKNOWN_POWER", `There is no state ${m.target}.`);
    if (m.victim !== undefined) {
      if (!state.powers[m.victim]?.alive) {
        return refuse("ERR_UNKNOWN_POWER", `There is no state ${m.victim}.`);
      }
      if (m.victim === m.target) return refuse("ERR_BAD_ACTION", "A state is not its own victim.");
    }
    if (m.target === by && m.kind !== "admit") {
      return refuse("ERR_BAD_ACTION", "A state does not table a motion against itself.");
    }
    if (m.kind === "admit" && target.league.member) {
      return refuse("ERR_ALREADY_LEAGUE_MEMBER", `${m.target} is already a member.`);
    }
    if (m.kind === "expel" && !target.league.member) {
      return refuse("ERR_NOT_LEAGUE_MEMBER", `${m.target} is not a member.`);
    }
    if (m.kind === "conference" && m.victim === undefined) {
      return refuse("ERR_BAD_ACTION", "A conference needs the two parties to the dispute.");
    }
    if (m.kind === "liftSanctions" && !hasSanctions(state, m.target)) {
      return refuse("ERR_NOT_ALLOWED", `No League sanctions are in force on ${m.target}.`);
    }
    if (m.kind === "sanctions" && hasSanctions(state, m.target)) {
      return refuse(
        "ERR_ALREADY_DONE",
        `Sanctions on ${m.target} are already in force: an oil embargo would strengthen them.`,
      );
    }
    if (m.kind === "oilEmbargo" && hasSanctions(state, m.target, true)) {
      return refuse("ERR_ALREADY_DONE", `An oil embargo on ${m.target} is already in force.`);
    }
    if (alreadyOnAgenda(state, m)) {
      return refuse("ERR_ALREADY_DONE", "That motion is already on the League's agenda.");
    }
    return undefined;
  },
  run(d, by, action, ctx) {
    if (by === "system") return;
    d.power(by).ap -= ctx.scenario.rules.orderCosts.tableMotion;
    const id = d.newId("m");
    const m = action.motion;
    d.record("motions")[id] = {
      id,
      kind: m.kind,
      body: m.body,
      target: m.target,
      victim: m.victim,
      proposer: by,
      turn: d.s.turn,
      votes: {},
      status: "tabled",
    };
    d.news("news.motionTabled", motionParams(d.s.motions[id] as Motion));
  },
};

function hasSanctions(state: Known, target: string, oil = false): boolean {
  return Object.values(state.sanctions).some(
    (s) => s.active && s.target === target && (!oil || s.oil),
  );
}

function alreadyOnAgenda(state: Known, m: Pick<Motion, "kind" | "target" | "body">): boolean {
  for (const id in state.motions) {
    const x = state.motions[id];
    if (x?.status === "tabled" && x.kind === m.kind && x.target === m.target) return true;
  }
  return false;
}

/** Votes are cast in the Orders phase: Council motions by Council members, others by all. */
export const vote: Handler<"vote"> = {
  check(state, by, action) {
    if (by === "system") return refuse("ERR_NOT_ALLOWED", "Only a member votes.");
    if (state.phase !== "orders") {
      return refuse("ERR_WRONG_PHASE", "League votes are cast in the Orders phase.");
    }
    const m = state.motions[action.motion];
    if (!m || m.status !== "tabled") {
      return refuse("ERR_UNKNOWN_MOTION", "There is no such motion before the League.");
    }
    const p = state.powers[by];
    if (!p?.league.member)
      return refuse("ERR_NOT_LEAGUE_MEMBER", "Only members of the League vote.");
    if (m.body === "council" && p.league.council === undefined) {
      return refuse("ERR_NOT_ALLOWED", "Only members of the Council vote on a Council motion.");
    }
    return undefined;
  },
  run(d, by, action) {
    if (by === "system") return;
    d.entry("motions", action.motion).votes[by] = action.vote;
  },
};

/**
 * End of the Orders phase, after joining and leaving: every tabled motion is counted.
 * A Council decision binds and needs the unanimity of the voting Council members not party
 * to the dispute (Covenant art. 5 and 15: the target and the victim do not count; abstentions
 * do not block). The Assembly recommends by a simple majority of those voting.
 */
export function resolveMotions(d: Draft, ctx: Ctx): void {
  lapseSanctions(d);
  const tabled = Object.keys(d.s.motions)
    .filter((id) => d.s.motions[id]?.status === "tabled")
    .sort(byNumber);
  for (const id of tabled) {
    const before = d.s.motions[id];
    if (!before) continue;
    const { passed, yes, no } = tally(d.s, ctx, before);
    const m = d.entry("motions", id);
    m.status = passed ? "passed" : "failed";
    d.news(passed ? "news.motionPassed" : "news.motionFailed", { ...motionParams(m), yes, no });
    if (passed) carryOut(d, ctx, m);
  }
}

function carryOut(d: Draft, ctx: Ctx, m: Motion): void {
  const rules = ctx.scenario.rules;
  switch (m.kind) {
    case "condemn":
      if (m.body === "council") {
        // A binding finding: obligations conditional on a League finding now apply.
        addFlag(d, `leagueFinding:${m.target}`);
        onLeagueFinding(d, ctx, m.target);
      }
      addFlag(d, `condemned:${m.target}`);
      d.tension(rules.tension.leagueSuccess, true);
      break;
    case "sanctions":
    case "oilEmbargo":
      // An oil embargo on a target already under sanctions strengthens them.
      imposeSanctions(d, ctx, m);
      d.tension(rules.tension.leagueSuccess, true);
      break;
    case "liftSanctions":
      // The Assembly lifted the sanctions on Italy on 4 July 1936, effective 15 July.
      liftSanctions(d, m.target, false);
      break;
    case "admit":
      if (!d.s.powers[m.target]?.league.member) joinLeague(d, m.target);
      break;
    case "expel":
      if (d.s.powers[m.target]?.league.member) leaveLeague(d, ctx, m.target, "expelled");
      break;
    case "conference":
      referToConference(d, ctx, m);
      d.tension(rules.tension.leagueSuccess, true);
      break;
  }
}

/** The regions in dispute: the victim's land held or claimed by the target. */
function referToConference(d: Draft, ctx: Ctx, m: Motion): void {
  const victim = m.victim;
  if (victim === undefined) return;
  const regions = ctx.regionIds.filter((r) => {
    const x = d.s.regions[r];
    return x?.owner === victim && (x.controller === m.target || x.claims.includes(m.target));
  });
  const council = ctx.powerIds.filter((p) => {
    const x = d.s.powers[p];
    return x?.alive && x.league.member && x.league.council === "permanent";
  });
  const invitees = [...new Set([m.target, victim, ...council])].filter((p) => p !== m.proposer);
  const id = d.newId("c");
  d.record("conferences")[id] = { id, convener: m.proposer, regions, invitees, turn: d.s.turn };
  d.news("news.conferenceReferred", { conference: id, target: m.target, victim });
}

function addFlag(d: Draft, flag: string): void {
  if (!d.s.flags.includes(flag)) d.flags().push(flag);
}

function motionParams(m: Motion): Record<string, string> {
  const params: Record<string, string> = {
    motion: m.id,
    kind: m.kind,
    body: m.body,
    target: m.target,
    proposer: m.proposer,
  };
  if (m.victim !== undefined) params.victim = m.victim;
  return params;
}
