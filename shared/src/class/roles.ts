import type { Action } from "../actions/schema.ts";
import type { OrderKind } from "../actions/orders.ts";
import type { DecisionKind, PowerId } from "../model/state.ts";
import { ROLES, type Role } from "./types.ts";
import type { Known } from "../knowledge/known.ts";

/**
 * Who in a team may take which action (game.md "Classroom"; issue 7 "Teams"). A government
 * divided as in the 1930s: the head of government ratifies, denounces, goes to war and answers
 * crises; the foreign minister negotiates, votes at Geneva and gives diplomatic orders; the war
 * minister moves forces; the finance minister spends on the economy and embargoes.
 */

const ORDER_ROLE: Record<OrderKind, Role> = {
  ratify: "head",
  denounce: "head",
  declareWar: "head",
  annex: "head",
  guarantee: "foreign",
  demand: "foreign",
  joinLeague: "foreign",
  leaveLeague: "foreign",
  callConference: "foreign",
  grantAccess: "foreign",
  refuseAccess: "foreign",
  recognise: "foreign",
  intelligence: "foreign",
  aid: "war",
  rearm: "war",
  mobilise: "war",
  demobilise: "war",
  fortify: "war",
  remilitarise: "war",
  occupy: "war",
  attack: "war",
  blockade: "war",
  embargo: "finance",
  invest: "finance",
};

/** Treaties and the League are the foreign minister's: propose, counter, sign, vote… */
const DIPLOMACY_ROLE: Role = "foreign";

const DECISION_ROLE: Record<DecisionKind, Role> = {
  crisis: "head",
  obligation: "head",
  victim: "head",
  demand: "head",
  award: "head",
  transfer: "head",
  sanctions: "finance",
  excuse: "foreign",
};

/**
 * The role an action needs: "any" (ready), "system" (never a student's), or a role. An order
 * being cancelled needs the role that may give it.
 */
export function roleFor(state: Known, power: PowerId, action: Action): Role | "any" | "system" {
  switch (action.type) {
    case "ready":
      return "any";
    case "propose":
    case "counter":
    case "sign":
    case "reject":
    case "withdraw":
    case "reveal":
    case "tableMotion":
    case "vote":
      return DIPLOMACY_ROLE;
    case "order":
      return ORDER_ROLE[action.order.kind];
    case "cancelOrder": {
      const order = state.powers[power]?.orders[action.index];
      return order ? ORDER_ROLE[order.kind] : "any";
    }
    case "decide": {
      const d = state.decisions[action.decision];
      // Only the team's own decisions: another power's is unknown here, as to the engine.
      return d && d.power === power ? DECISION_ROLE[d.kind] : "head";
    }
    case "advance":
    case "fireEvent":
    case "news":
      return "system";
  }
}

export interface TeamMember {
  id: string;
  roles: readonly Role[];
}

/**
 * A member's roles in effect: every role in a team of one; otherwise their own, plus the roles
 * nobody in the team holds, which fall to the head of government — or, in a team without a
 * head, to its first member — so that no lever of the state is left without a hand and no
 * team ever has two heads by default. (A team of one holds every role: docs/classroom.md.)
 */
export function effectiveRoles(team: readonly TeamMember[], member: string): Role[] {
  const me = team.find((m) => m.id === member);
  if (!me) return [];
  if (team.length === 1) return [...ROLES];
  const held = new Set(team.flatMap((m) => m.roles));
  const orphans = ROLES.filter((r) => !held.has(r));
  const heir = team.find((m) => m.roles.includes("head")) ?? team[0];
  const mine = new Set<Role>(me.roles);
  if (heir?.id === me.id) for (const r of orphans) mine.add(r);
  return ROLES.filter((r) => mine.has(r));
}

/**
 * Roles for a team placed automatically (or a student assigned with no role ticked): members
 * keep the roles they hold, a second head of government gives the role up, a team without a
 * head gets one (the member holding fewest roles, first in the team's order), then each role
 * nobody holds goes to the member holding fewest; a member still without a role shares one of
 * the ministries (foreign, war, finance in turn). A team of one holds every role.
 */
export function spreadRoles(team: readonly TeamMember[]): Map<string, Role[]> {
  const out = new Map<string, Set<Role>>(team.map((m) => [m.id, new Set(m.roles)]));
  const sets = [...out.values()];
  if (sets.length === 1) return new Map(team.map((m) => [m.id, [...ROLES]]));
  let head = false;
  for (const set of sets) {
    if (set.has("head") && head) set.delete("head");
    if (set.has("head")) head = true;
  }
  const fewest = () =>
    sets.reduce<Set<Role> | undefined>(
      (a, b) => (a === undefined || b.size < a.size ? b : a),
      undefined,
    );
  for (const role of ROLES) {
    if (sets.some((s) => s.has(role))) continue;
    fewest()?.add(role);
  }
  const ministries = ROLES.filter((r) => r !== "head");
  let next = 0;
  for (const set of sets) {
    if (set.size > 0) continue;
    set.add(ministries[next % ministries.length] as Role);
    next += 1;
  }
  return new Map([...out.entries()].map(([id, set]) => [id, ROLES.filter((r) => set.has(r))]));
}

/** Whether a team member with these roles may take this action for their power. */
export function roleMayAct(
  state: Known,
  power: PowerId,
  roles: readonly Role[],
  action: Action,
): boolean {
  const need = roleFor(state, power, action);
  return need === "any" || (need !== "system" && roles.includes(need));
}

/**
 * Whether a team member with these roles may put a treaty on the table (propose or counter).
 * The treaty editor asks before any draft exists, so it cannot build the action yet; the
 * answer is `roleMayAct`'s for any proposal.
 */
export function roleMayPropose(roles: readonly Role[]): boolean {
  return roles.includes(DIPLOMACY_ROLE);
}
