import {
  apply,
  chooseMoves,
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
} from "@cs/shared";
import type { Storage } from "../storage/types.ts";
import type { MatchRow } from "../storage/types.ts";

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
    const result = apply(this.state, by, action, this.ctx);
    if (!result.ok) return result.error;
    const next = result.value.state;
    await this.storage.appendLog(this.matchId, { id: next.stateId, by, action });
    this.state = next;
    return undefined;
  }

  /**
   * Let the bot play for these seats until none has anything left to do. Moves that come with
   * something to say (an answer to a proposal and its reason) are handed to `said`.
   */
  async runBots(
    seats: readonly PowerId[],
    said?: (seat: PowerId, move: Move) => void,
  ): Promise<number> {
    let acted = 0;
    for (let pass = 0; pass < 4; pass++) {
      let thisPass = 0;
      for (const seat of seats) {
        for (const move of chooseMoves(this.state, seat, this.ctx)) {
          if (await this.act(seat, move.action)) break;
          if (move.say) said?.(seat, move);
          thisPass++;
        }
      }
      acted += thisPass;
      if (thisPass === 0) break;
    }
    return acted;
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
