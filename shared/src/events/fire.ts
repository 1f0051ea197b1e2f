import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { DecisionResolver } from "../engine/decisions.ts";
import { openDecision } from "../engine/decisions.ts";
import type { Decision } from "../model/state.ts";
import type { EventDef } from "../scenario/events.ts";
import { holds, labelIndex } from "./conditions.ts";
import { applyEffects } from "./effects.ts";
import type { Known } from "../knowledge/known.ts";
import { LAPSE_NEWS, lapseOf, type Lapse } from "./premise.ts";

/**
 * News phase: events whose time has come fire, in the scenario's order. With historical
 * events on, an event fires at its historical turn if its `requires` holds; with them off,
 * at the first turn of its window where both `requires` and `trigger` hold — and never if
 * they do not. An event fires once. One whose premise no longer holds (premise.ts: the state
 * it concerns is gone, the parties already signed its pact) does not fire; on its last chance
 * (its historical turn, or the end of its window) the news says why.
 */
export function fireDueEvents(d: Draft, ctx: Ctx): void {
  for (const ev of ctx.scenario.events) {
    if (d.s.fired[ev.id] !== undefined || !isDue(d.s, ctx, ev)) continue;
    const lapse = lapseOf(d.s, ctx, ev);
    if (!lapse) fire(d, ctx, ev);
    else if (lastChance(d.s, ev)) tellLapse(d, ev, lapse);
  }
}

function lastChance(state: Known, ev: EventDef): boolean {
  return state.settings.historicalEvents || state.turn === labelIndex(ev.window.to);
}

/** The line that says why an event did not take place ("no new treaty is needed: …"). */
function tellLapse(d: Draft, ev: EventDef, lapse: Lapse): void {
  d.news(LAPSE_NEWS[lapse.lapse], { event: ev.id, ...lapse.params }, lapse.to && [...lapse.to]);
}

function isDue(state: Known, ctx: Ctx, ev: EventDef): boolean {
  const turn = state.turn;
  if (state.settings.historicalEvents) {
    if (turn !== labelIndex(ev.historicalTurn)) return false;
  } else {
    if (turn < labelIndex(ev.window.from) || turn > labelIndex(ev.window.to)) return false;
    if (ev.trigger && !holds(state, ctx, ev.trigger)) return false;
  }
  return !ev.requires || holds(state, ctx, ev.requires);
}

/**
 * Fire one event now: its effects, its public news `event.<id>`, and a crisis decision for
 * each role (the historical choice is the default). An event without roles settles its
 * branches at once; one with roles settles them when the choices are resolved.
 */
export function fire(d: Draft, ctx: Ctx, ev: EventDef): void {
  d.s.fired = { ...d.s.fired, [ev.id]: d.s.turn };
  applyEffects(d, ctx, ev.effects);
  d.news(`event.${ev.id}`);
  let opened = 0;
  for (const role of ev.roles) {
    if (!d.s.powers[role.power]?.alive) continue;
    const first = role.choices[0];
    if (!first) continue;
    openDecision(d, {
      kind: "crisis",
      power: role.power,
      ref: ev.id,
      options: role.choices.map((c) => c.id),
      default: (role.choices.find((c) => c.historical) ?? first).id,
      due: "orders",
    });
    opened += 1;
  }
  if (opened === 0) applyBranches(d, ctx, ev);
}

/**
 * End of the Orders phase: crisis choices are recorded (state.choices), then, event by
 * event, each choice's effects apply in the scenario's order of powers, then every branch
 * whose condition holds, in the order written.
 */
export const resolveCrisisChoices: DecisionResolver = (d, ctx, decisions) => {
  const byEvent = new Map<string, Decision[]>();
  for (const x of decisions) byEvent.set(x.ref, [...(byEvent.get(x.ref) ?? []), x]);
  const rank = new Map(ctx.powerIds.map((p, i) => [p, i]));
  for (const ev of ctx.scenario.events) {
    const made = byEvent.get(ev.id);
    if (!made) continue;
    made.sort((a, b) => (rank.get(a.power) ?? 0) - (rank.get(b.power) ?? 0));
    const chosen = { ...(d.s.choices[ev.id] ?? {}) };
    for (const x of made) if (x.choice !== undefined) chosen[x.power] = x.choice;
    d.s.choices = { ...d.s.choices, [ev.id]: chosen };
    for (const x of made) {
      const role = ev.roles.find((r) => r.power === x.power);
      const choice = role?.choices.find((c) => c.id === x.choice);
      if (!choice) continue;
      applyEffects(d, ctx, choice.effects);
      d.news("news.crisisChoice", { event: ev.id, power: x.power, choice: choice.id });
    }
    applyBranches(d, ctx, ev);
  }
};

function applyBranches(d: Draft, ctx: Ctx, ev: EventDef): void {
  for (const b of ev.branches) {
    if (!holds(d.s, ctx, b.when)) continue;
    applyEffects(d, ctx, b.effects);
    d.news("news.crisisBranch", { event: ev.id, branch: b.id });
  }
}
