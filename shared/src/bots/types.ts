import type { Action } from "../actions/schema.ts";
import type { Ctx } from "../engine/context.ts";
import type { GameState, PowerId } from "../model/state.ts";
import type { Personality } from "../scenario/schema.ts";
import type { PolicyScript } from "./script.ts";

/**
 * "historical" plays like the real government (the historical choice in crises, the
 * historical policy); "adaptive" plays to win its objectives with a short lookahead.
 */
export const STRENGTHS = ["historical", "adaptive"] as const;
export type Strength = (typeof STRENGTHS)[number];

/** What a bot says, as a translatable key and its facts (power ids, treaty ids, reason codes). */
export interface Saying {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
}

/** An action and the one-line reason a bot can state for it (shown to players). */
export interface Move {
  readonly action: Action;
  readonly reason: string;
  /** The same reason as a key and facts, for players in any language. */
  readonly say?: Saying | undefined;
}

export interface BotOptions {
  /** Most actions in one call (a guard; a turn needs a handful). */
  readonly maxActions?: number;
  /** Most orders per turn. */
  readonly maxOrders?: number;
  /** Default "historical". */
  readonly strength?: Strength;
  /** Overrides the scenario's (or the historical) character. */
  readonly personality?: Personality;
  /** Adaptive bots: most candidate orders or choices tried in the lookahead per decision. */
  readonly lookahead?: number;
  /**
   * Historical bots: the real governments' policy, turn by turn (the scenario's history
   * script). Where it covers a turn the bot follows it and proposes nothing of its own.
   */
  readonly script?: PolicyScript;
  /**
   * Historical bots: the chance (0–1) of departing from the historical choice in a crisis, and
   * the spread of their judgement in other decisions. Default 0.07. It is what makes a
   * thousand historical games a distribution rather than one history replayed a thousand
   * times; 0 replays history exactly.
   */
  readonly variety?: number;
}

/**
 * Hands an action (and the move it comes from) to the engine; the next state, or undefined
 * if it was refused.
 */
export type Submit = (state: GameState, action: Action, move: Move) => GameState | undefined;

/** What one bot call knows: the seat, its character and strength, the current state. */
export interface Bot {
  readonly seat: PowerId;
  readonly ctx: Ctx;
  readonly p: Personality;
  readonly strength: Strength;
  readonly options: BotOptions;
  /**
   * The bot's own dice: its host seeds them from the match (never the game's generator).
   * Everything else a bot reads comes from its seat's view (`knownTo`, bots/known.ts); the
   * true state here is only handed to the engine's `check` and to `submit`.
   */
  readonly salt: number;
  state: GameState;
  /** The belief it last looked at (bots/known.ts), with the state and phase it belongs to. */
  known?: { of: GameState; turn: number; phase: GameState["phase"]; value: GameState };
}

/** A choice and why. */
export interface Reasoned<T> {
  readonly value: T;
  readonly reason: string;
  /** The reason as a code (bots/reasons.ts) and its facts. */
  readonly code?: string | undefined;
  readonly params?: Readonly<Record<string, string>> | undefined;
}
