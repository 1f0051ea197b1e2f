import type { Ctx } from "../engine/context.ts";
import { Draft } from "../engine/draft.ts";
import type { Aggression, GameState, PowerId, Treaty } from "../model/state.ts";
import type { ClauseInput } from "../treaties/clauses.ts";
import { ClauseSchema } from "../treaties/clauses.ts";
import { addTreaty } from "../treaties/create.ts";

/**
 * Builders for treaty and enforcement tests: treaties put in force directly, and an
 * aggression with its war written straight into the state (as the war module records it).
 */
export function withTreaty(
  state: GameState,
  parties: PowerId[],
  clauses: ClauseInput[],
  name = "Test treaty",
): { state: GameState; treaty: Treaty } {
  const d = new Draft(state);
  const treaty = addTreaty(d, {
    name,
    parties,
    clauses: clauses.map((c) => ClauseSchema.parse(c)),
    proposer: parties[0] ?? "system",
    status: "inForce",
  });
  return { state: d.s, treaty };
}

export interface AggressionSpec {
  readonly aggressor: PowerId;
  readonly victim: PowerId;
  readonly regions?: string[];
  readonly resisted?: boolean;
  /** Without a war (the victim submitted to a threat). */
  readonly noWar?: boolean;
}

/** An aggression and its war, written directly; returns the state and the aggression id. */
export function withAggression(
  state: GameState,
  _ctx: Ctx,
  spec: AggressionSpec,
): { state: GameState; aggression: string } {
  const d = new Draft(state);
  let warId: string | undefined;
  if (!spec.noWar) {
    warId = d.newId("w");
    d.record("wars")[warId] = {
      id: warId,
      theatre: "europe",
      sides: [[spec.aggressor], [spec.victim]],
      aggressor: spec.aggressor,
      victim: spec.victim,
      startedTurn: d.s.turn,
    };
  }
  const id = d.newId("a");
  const a: Aggression = {
    id,
    turn: d.s.turn,
    kind: "war",
    aggressor: spec.aggressor,
    victim: spec.victim,
    regions: spec.regions ?? [],
    theatre: "europe",
    resisted: spec.resisted,
    warId,
  };
  d.record("aggressions")[id] = a;
  return { state: d.s, aggression: id };
}
