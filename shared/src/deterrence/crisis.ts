import type { Ctx } from "../engine/context.ts";
import { holds } from "../events/conditions.ts";
import type { GameState, PowerId } from "../model/state.ts";
import type { Choice, CrisisRole, EventDef } from "../scenario/events.ts";
import { weigh, type Weighing } from "./weigh.ts";

/** A crisis role whose choices include force (or firmness) against another power. */
export interface ForceRole {
  readonly event: EventDef;
  readonly role: CrisisRole;
  /** The power that would weigh the coalition: the role's own, or the aggressor it faces. */
  readonly aggressor: PowerId;
  readonly victim: PowerId;
  /** True when the role stands by the victim rather than acting against it. */
  readonly defender: boolean;
  readonly force: readonly Choice[];
  readonly restraint: readonly Choice[];
}

/** The role of `power` in the event as a question of force, if it is one. */
export function forceRole(ev: EventDef, power: PowerId): ForceRole | undefined {
  const role = ev.roles.find((r) => r.power === power);
  if (!role?.against) return undefined;
  const force = role.choices.filter((c) => c.force);
  const restraint = role.choices.filter((c) => !c.force);
  if (force.length === 0 || restraint.length === 0) return undefined;
  const defender = role.for !== undefined;
  return {
    event: ev,
    role,
    aggressor: defender ? role.against : power,
    victim: defender ? (role.for ?? role.against) : role.against,
    defender,
    force,
    restraint,
  };
}

/** Every force role of the events that fired this turn (what the orders panel weighs). */
export function forceRoles(state: GameState, ctx: Ctx): ForceRole[] {
  const out: ForceRole[] = [];
  for (const ev of ctx.scenario.events) {
    if (state.fired[ev.id] !== state.turn) continue;
    for (const role of ev.roles) {
      const fr = forceRole(ev, role.power);
      if (fr && !fr.defender && state.powers[fr.aggressor]?.alive) out.push(fr);
    }
  }
  return out;
}

/** Whether the situation the real government chose in still holds (no situation: it does). */
export function historicalSituation(state: GameState, ctx: Ctx, role: CrisisRole): boolean {
  return !role.situation || holds(state, ctx, role.situation.when);
}

/** The weighing behind a force role, on the state given (a belief or the truth). */
export function weighFor(state: GameState, ctx: Ctx, fr: ForceRole): Weighing {
  return weigh(state, ctx, fr.aggressor, fr.victim);
}
