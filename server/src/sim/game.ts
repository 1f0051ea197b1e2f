import {
  apply,
  canReach,
  clonePlain,
  collectiveSecurityIndex,
  compile,
  createInitialState,
  driveBots,
  generalWar,
  scores,
  seedRng,
  type BotPlay,
  type Ctx,
  type Driver,
  type GameState,
  type NewMatch,
  type Phase,
  type PolicyScript,
  type PowerId,
  type Strength,
  forceRole,
  weigh,
} from "@cs/shared";
import { milestonesFor, observeMilestones, type Milestone } from "./milestones.ts";
import type { StartSpec } from "./scenarios.ts";

/** One simulated game, as the report and games.csv see it. */
export interface GameRow {
  readonly index: number;
  readonly seed: number;
  readonly endTurn: number;
  readonly endReason: "calendar" | "generalWar" | "unfinished";
  /** The turn a general war broke out (the match ends with it), or null. */
  readonly generalWarTurn: number | null;
  /** Pairs at war at any time, "A-B" with A < B. */
  readonly wars: string[];
  /** Normalised scores (0–100) of every seat that has objectives. */
  readonly scores: Record<PowerId, number>;
  readonly csi: number;
  readonly tension: number;
  /** Names of the treaties signed during the game. */
  readonly treaties: string[];
  /** Milestone id → turn it first held, or null. */
  readonly milestones: Record<string, number | null>;
  /** Watched "helper>target" pairs → whether help could reach at some report. */
  readonly reach: Record<string, boolean>;
  readonly actions: number;
  /** Bot actions the engine refused (should be 0). */
  readonly refused: number;
  /** World tension at the end of each turn played (index = turn). */
  readonly tensionByTurn: number[];
  /** Every crisis choice of force, weighed on the truth when it was made (deterrence). */
  readonly crises: CrisisRow[];
  /**
   * Where the game's time went, in milliseconds: the bots deciding (their moves' application
   * excluded), the engine applying every move and advancing the phases, the simulator's own
   * records. Wall-clock figures for the benchmark: nothing in summary.json reads them.
   */
  readonly timing: Timing;
}

interface Timing {
  bots: number;
  engine: number;
  records: number;
}

/** An aggressor's crisis choice and the coalition it really faced (issue 10). */
interface CrisisRow {
  readonly event: string;
  readonly aggressor: PowerId;
  readonly victim: PowerId;
  readonly turn: number;
  /** The expected coalition over the aggressor's side, on the truth. */
  readonly ratio: number;
  readonly backedDown: boolean;
}

export interface GamePlan {
  readonly start: StartSpec;
  readonly settings: Readonly<Record<string, string>>;
  readonly historicalEvents: boolean;
  /** Strength of every non-minor seat, unless overridden per seat. */
  readonly bots: Strength;
  readonly seats?: Readonly<Record<PowerId, Strength>> | undefined;
  readonly script?: PolicyScript | undefined;
  /** "SUN>CSK": can Soviet help reach Czechoslovakia? */
  readonly watch?: readonly string[];
}

/** Game i's seed, from the run's seed: independent of how games are shared among workers. */
export function gameSeed(seed: number, index: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca77)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** Bot passes per phase: Diplomacy twice (proposals, then answers to them). */
const PASSES: Partial<Record<Phase, number>> = {
  diplomacy: 2,
  orders: 1,
  resolution: 1,
};

/**
 * The state every game of a plan starts from, before its own seed: built once per worker.
 * A start log (a start point, a branch) replays with its own match's settings; the plan's
 * settings then apply from that point on (the events switch, and the options' flags).
 */
export function startState(plan: GamePlan): GameState {
  const { scenario, log } = plan.start;
  const ctx = compile(scenario);
  const fromLog = log.length > 0;
  const match: NewMatch = fromLog
    ? (plan.start.match ?? { seed: 1 })
    : { seed: 1, historicalEvents: plan.historicalEvents, options: plan.settings };
  let state = createInitialState(scenario, match);
  for (const entry of log) {
    const r = apply(state, entry.by, entry.action, ctx, { inPlace: true });
    if (!r.ok) {
      throw new Error(`the start log does not replay at entry ${entry.id}: ${r.error.code}`);
    }
    state = r.value.state;
  }
  if (fromLog) switchSettings(state, plan);
  return state;
}

/** Settings chosen for the games after a start log: options whose values only set flags. */
function switchSettings(state: GameState, plan: GamePlan): void {
  const options = { ...state.settings.options };
  const flags = new Set(state.flags);
  for (const [key, value] of Object.entries(plan.settings)) {
    const def = plan.start.scenario.options.find((o) => o.key === key);
    const chosen = def?.values.find((v) => v.value === value);
    if (!def || !chosen) continue;
    if (chosen.effects.length > 0) {
      throw new Error(
        `${key}=${value} changes the starting state: it cannot be set after --from or --branch`,
      );
    }
    for (const v of def.values) for (const f of v.flags) flags.delete(f);
    for (const f of chosen.flags) flags.add(f);
    options[key] = value;
  }
  state.flags = [...flags];
  state.settings = { ...state.settings, historicalEvents: plan.historicalEvents, options };
}

function fresh(start: GameState, seed: number): GameState {
  const s = clonePlain(start);
  s.rng = seedRng(seed);
  s.settings = { ...s.settings, seed };
  return s;
}

/** Play game `index` of a plan to its end with bots at every seat. */
export function playGame(
  plan: GamePlan,
  start: GameState,
  index: number,
  runSeed: number,
): GameRow {
  const ctx = compile(plan.start.scenario);
  const seed = gameSeed(runSeed, index);
  let state = fresh(start, seed);
  // Minor powers under historical bots take the standing orders, unless the history script
  // records their government's own acts (they then play to follow it).
  const seats = ctx.powerIds.filter(
    (p) =>
      ctx.powers.get(p)?.seat !== "minor" || plan.bots !== "historical" || scriptedSeat(plan, p),
  );
  const options = new Map(
    seats.map((p) => [p, { strength: plan.seats?.[p] ?? plan.bots, script: plan.script }] as const),
  );
  const milestones = milestonesFor(ctx);
  const seen: Record<string, number | null> = {};
  const reach: Record<string, boolean> = {};
  let actions = 0;
  let refused = 0;
  let generalWarTurn: number | null = null;
  const tensionByTurn: number[] = [];
  const crises: CrisisRow[] = [];
  const observeTurn = (s: GameState) => {
    tensionByTurn[s.turn] = Math.round(s.tension);
    observe(s, ctx, milestones, seen, plan.watch ?? [], reach);
    if (generalWarTurn === null && (s.ended?.reason === "generalWar" || generalWar(s, ctx))) {
      generalWarTurn = s.turn;
    }
  };
  const clock = { now: () => performance.now(), engine: 0 };
  let records = 0;
  const t0 = performance.now();
  const driver: Driver = {
    ctx,
    inPlace: true,
    clock,
    // The clock's advances are the loop's, not the bots' actions.
    accepted: (s) => void (s.by === "system" || (actions += 1)),
    refused: (by) => void (by === "system" || (refused += 1)),
  };
  const bots: BotPlay = {
    seats,
    options: (seat) => options.get(seat) ?? {},
    passes: (phase) => PASSES[phase] ?? 0,
  };
  state = driveBots(driver, state, bots, {
    maxPhases: 200,
    beforeAdvance: (s) => {
      const t = performance.now();
      if (s.phase === "orders") crises.push(...weighCrises(s, ctx));
      records += performance.now() - t;
    },
    afterAdvance: (s) => {
      if (s.phase !== "report" && s.phase !== "ended") return;
      const t = performance.now();
      observeTurn(s);
      records += performance.now() - t;
    },
  });
  // Everything else in the loop is the bots deciding.
  const deciding = performance.now() - t0 - clock.engine - records;
  return {
    ...summarise(state, ctx, { index, seed, seen, reach, actions, refused, generalWarTurn }),
    tensionByTurn,
    crises,
    timing: { bots: deciding, engine: clock.engine, records },
  };
}

const scriptSeats = new WeakMap<PolicyScript, Set<PowerId>>();

/** Whether the plan's history script names this seat anywhere. */
function scriptedSeat(plan: GamePlan, seat: PowerId): boolean {
  const script = plan.script;
  if (!script) return false;
  let by = scriptSeats.get(script);
  if (!by) {
    by = new Set();
    for (const turn of Object.values(script.turns))
      for (const list of [turn.diplomacy, turn.orders, turn.resolution, turn.decide])
        for (const e of list ?? []) by.add(e.by);
    scriptSeats.set(script, by);
  }
  return by.has(seat);
}

/** The aggressors' crisis choices of this Orders phase, each weighed on the truth. */
function weighCrises(state: GameState, ctx: Ctx): CrisisRow[] {
  const out: CrisisRow[] = [];
  for (const id in state.decisions) {
    const x = state.decisions[id];
    if (!x || x.kind !== "crisis") continue;
    const ev = ctx.events.get(x.ref);
    const fr = ev ? forceRole(ev, x.power) : undefined;
    if (!fr || fr.defender) continue;
    const choice = x.choice ?? x.default;
    const w = weigh(state, ctx, fr.aggressor, fr.victim);
    out.push({
      event: x.ref,
      aggressor: fr.aggressor,
      victim: fr.victim,
      turn: state.turn,
      ratio: Math.round(w.ratio * 100) / 100,
      backedDown: !fr.force.some((c) => c.id === choice),
    });
  }
  return out;
}

function observe(
  state: GameState,
  ctx: Ctx,
  milestones: readonly Milestone[],
  seen: Record<string, number | null>,
  watch: readonly string[],
  reach: Record<string, boolean>,
): void {
  observeMilestones(state, ctx, milestones, seen);
  for (const pair of watch) {
    const [helper, target] = pair.split(">");
    if (!helper || !target || reach[pair]) continue;
    const alive = state.powers[helper]?.alive && state.powers[target]?.alive;
    reach[pair] = Boolean(alive && canReach(state, ctx, helper, target));
  }
}

function summarise(
  state: GameState,
  ctx: Ctx,
  x: {
    index: number;
    seed: number;
    seen: Record<string, number | null>;
    reach: Record<string, boolean>;
    actions: number;
    refused: number;
    generalWarTurn: number | null;
  },
): Omit<GameRow, "tensionByTurn" | "crises" | "timing"> {
  const pairs = new Set<string>();
  for (const id in state.wars) {
    const w = state.wars[id];
    if (!w) continue;
    for (const a of w.sides[0])
      for (const b of w.sides[1]) pairs.add(a < b ? `${a}-${b}` : `${b}-${a}`);
  }
  const initial = new Set(ctx.scenario.treaties.map((t) => t.id));
  const treaties: string[] = [];
  for (const id in state.treaties) {
    const t = state.treaties[id];
    if (!t || initial.has(id) || t.signedTurn === undefined) continue;
    treaties.push(`${t.name} (${t.parties.join("–")})`);
  }
  const sc: Record<PowerId, number> = {};
  for (const [p, s] of Object.entries(scores(state, ctx))) if (s.max > 0) sc[p] = s.normalised;
  return {
    index: x.index,
    seed: x.seed,
    endTurn: state.turn,
    endReason: state.ended?.reason ?? "unfinished",
    generalWarTurn: x.generalWarTurn,
    wars: [...pairs].sort(),
    scores: sc,
    csi: collectiveSecurityIndex(state, ctx).value,
    tension: Math.round(state.tension),
    treaties: treaties.sort(),
    milestones: x.seen,
    reach: x.reach,
    actions: x.actions,
    refused: x.refused,
  };
}
