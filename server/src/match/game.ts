import {
  apply,
  botsAct,
  compile,
  createInitialState,
  replay,
  type Action,
  type Actor,
  type Ctx,
  type GameState,
  type Move,
  type PowerId,
  type RuleError,
  type Scenario,
  type Step,
} from "@cs/shared";
import type { Storage } from "../storage/types.ts";
import type { MatchRow } from "../storage/types.ts";
import { stage } from "../stats.ts";

/**
 * The match's game, driven only through the engine: apply, commit to the log, then (and
 * only then) adopt the new state. No rule lives here.
 */
export class Game {
  state: GameState;
  readonly ctx: Ctx;
  readonly scenario: Scenario;
  private readonly storage: Storage;
  private readonly matchId: string;

  private constructor(storage: Storage, matchId: string, scenario: Scenario, state: GameState) {
    this.storage = storage;
    this.matchId = matchId;
    this.scenario = scenario;
    this.ctx = compile(scenario);
    this.state = state;
  }

  static create(storage: Storage, row: MatchRow, scenario: Scenario): Game {
    return new Game(storage, row.id, scenario, createInitialState(scenario, newMatch(row)));
  }

  /** Rebuild a match from its log: every committed action is replayed by the engine. */
  static async restore(storage: Storage, row: MatchRow, scenario: Scenario): Promise<Game> {
    const log = await storage.readLog(row.id);
    const result = replay({ scenario, match: newMatch(row), log });
    if (!result.ok) {
      throw new Error(`match ${row.id}: replay failed at ${result.at}: ${result.error.code}`);
    }
    return new Game(storage, row.id, scenario, result.state);
  }

  /** Apply and commit; the state changes only once the log entry is stored. */
  async act(by: Actor, action: Action): Promise<RuleError | undefined> {
    const t0 = performance.now();
    const result = apply(this.state, by, action, this.ctx);
    const t1 = performance.now();
    stage(by === "system" ? "applySystem" : "apply", t1 - t0);
    if (!result.ok) return result.error;
    const next = result.value.state;
    await this.storage.appendLog(this.matchId, { id: next.stateId, by, action });
    stage("commit", performance.now() - t1);
    this.state = next;
    return undefined;
  }

  /**
   * Let the bot play for these seats until none has anything left to do (at most `passes`
   * passes). Each action is applied once by the driver, then the accepted ones are committed
   * in order, the state adopted after each stored entry. Moves that come with something to
   * say (an answer to a proposal and its reason) are handed to `said`.
   */
  async runBots(
    seats: readonly PowerId[],
    said?: (seat: PowerId, move: Move) => void,
    passes = 4,
  ): Promise<number> {
    const steps: Step[] = [];
    const t0 = performance.now();
    botsAct({ ctx: this.ctx, accepted: (s) => steps.push(s) }, this.state, {
      seats,
      passes: () => passes,
    });
    stage("bots", performance.now() - t0);
    for (const s of steps) {
      await this.storage.appendLog(this.matchId, {
        id: s.state.stateId,
        by: s.by,
        action: s.action,
      });
      this.state = s.state;
      if (s.move?.say && s.by !== "system") said?.(s.by, s.move);
    }
    return steps.length;
  }

  get ended(): boolean {
    return this.state.phase === "ended";
  }
}

export function newMatch(row: MatchRow) {
  return {
    seed: row.seed,
    historicalEvents: row.settings.historicalEvents,
    hiddenObjectives: row.settings.hiddenObjectives,
    options: row.settings.options,
  };
}
