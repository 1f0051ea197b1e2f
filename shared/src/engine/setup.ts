import { turnIndex } from "../core/calendar.ts";
import { clonePlain } from "../core/clone.ts";
import { seedRng } from "../core/rng.ts";
import type {
  GameState,
  MatchSettings,
  PowerState,
  RegionState,
  Sanctions,
  Treaty,
} from "../model/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import { compile, type Ctx } from "./context.ts";
import { Draft } from "./draft.ts";
import { startTurn } from "./phases.ts";
import { applyEffects } from "../events/effects.ts";
import { startWar } from "../war/aggression.ts";

export interface NewMatch {
  readonly seed: number;
  readonly historicalEvents?: boolean;
  readonly hiddenObjectives?: boolean;
  readonly options?: Readonly<Record<string, string>>;
}

/**
 * The state at the start of a match: the scenario's powers, map, treaties in force and wars,
 * the chosen counterfactual options applied, then the first turn's News phase.
 */
export function createInitialState(scenario: Scenario, match: NewMatch): GameState {
  const ctx = compile(scenario);
  const settings: MatchSettings = {
    seed: match.seed,
    historicalEvents: match.historicalEvents ?? true,
    hiddenObjectives: match.hiddenObjectives ?? false,
    options: resolveOptions(scenario, match.options ?? {}),
  };
  const start = turnIndex(scenario.start) ?? 0;
  const state: GameState = {
    v: 1,
    scenario: scenario.id,
    stateId: 0,
    turn: start,
    phase: "news",
    rng: seedRng(match.seed),
    settings,
    flags: [...scenario.flags],
    tension: scenario.tension,
    powers: Object.fromEntries(scenario.powers.map((p) => [p.id, initialPower(ctx, p.id)])),
    regions: Object.fromEntries(scenario.regions.map((r) => [r.id, initialRegion(r)])),
    treaties: Object.fromEntries(
      scenario.treaties.map((t): [string, Treaty] => [
        t.id,
        {
          id: t.id,
          name: t.name,
          parties: [...t.parties],
          clauses: t.clauses,
          duration: t.duration,
          ends: t.ends,
          status: "inForce",
          proposer: "system",
          proposedTurn: start,
          signatures: [...t.parties],
          ratifications: Object.fromEntries(t.parties.map((p) => [p, start])),
          signedTurn: start,
          inForceTurn: start,
          signedOn: t.signed,
          revealedTo: [],
          public: false,
        },
      ]),
    ),
    motions: {},
    sanctions: inheritedSanctions(scenario),
    wars: {},
    aggressions: {},
    obligations: {},
    decisions: {},
    demands: {},
    conferences: {},
    fired: inheritedFired(scenario, start),
    choices: clonePlain(scenario.inherited?.choices ?? {}),
    news: [],
    nextId: 0,
  };
  const d = new Draft(state, true);
  for (const w of scenario.wars) startWar(d, ctx, w.aggressor, w.victim, w.theatre);
  for (const option of scenario.options) {
    const value = option.values.find((v) => v.value === settings.options[option.key]);
    if (!value) continue;
    d.flags().push(...value.flags);
    applyEffects(d, ctx, value.effects);
  }
  startTurn(d, ctx, start);
  return d.s;
}

/** Sanctions in force at a later start point, under the scenario's ids (never `s_…`). */
function inheritedSanctions(scenario: Scenario): GameState["sanctions"] {
  return Object.fromEntries(
    scenario.sanctions.map((x): [string, Sanctions] => [
      x.id,
      {
        id: x.id,
        motion: "",
        target: x.target,
        oil: x.oil,
        since: turnIndex(x.since) ?? 0,
        applying: [...x.applying],
        refusing: [...x.refusing],
        active: true,
        imposedOn: x.imposed,
      },
    ]),
  );
}

/** Events a later start point's history fired, by turn index (only turns before the start). */
function inheritedFired(scenario: Scenario, start: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [event, label] of Object.entries(scenario.inherited?.fired ?? {})) {
    const turn = turnIndex(label);
    if (turn !== undefined && turn < start) out[event] = turn;
  }
  return out;
}

function resolveOptions(
  scenario: Scenario,
  chosen: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(scenario.options.map((o) => [o.key, chosen[o.key] ?? o.default]));
}

function initialPower(ctx: Ctx, id: string): PowerState {
  const p = ctx.powers.get(id);
  if (!p) throw new Error(`unknown power ${id}`);
  return {
    id,
    army: p.army,
    air: p.air,
    navy: p.navy,
    mobilisation: p.mobilisation,
    industry: p.industry,
    stability: p.stability,
    warSupport: p.warSupport,
    credibility: p.credibility,
    ap: 0,
    production: 0,
    league: { member: p.league.member, council: p.league.council },
    alive: true,
    ready: false,
    orders: [],
    intel: {},
    embargoes: [],
    recognises: [],
    aid: {},
    honoured: p.honoured,
    breaches: p.breaches,
  };
}

function initialRegion(r: Scenario["regions"][number]): RegionState {
  return {
    owner: r.owner ?? null,
    controller: r.controller ?? r.owner ?? null,
    claims: [...r.claims],
    demilitarised: r.demilitarised,
    fortification: r.fortification,
  };
}
