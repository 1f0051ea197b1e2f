/**
 * The historical path as data (1933/history.json) and a driver that plays it in the engine.
 *
 * history.json holds, turn by turn, the routine orders of the period (rearmament, aid to
 * Spain, denunciations, mobilisations) and the answers to decisions that events do not make
 * (a victim resists or submits, members apply sanctions, obligations are honoured). Crisis
 * choices are not written there: the driver answers every crisis with the event's historical
 * choice. Treaties created during play have engine ids, so the script names them "@Name".
 *
 * The driver records every accepted action as a log entry: the log is a normal match log, so
 * `replay({ scenario, match, log })` reproduces the state, and a log prefix is a start point.
 */
import {
  ActionSchema,
  compile,
  createInitialState,
  drive,
  idSeq,
  step,
  turnIndex,
  turnLabel,
  type Actor,
  type Driver,
  type GameState,
  type LogEntry,
  type NewMatch,
  type RuleError,
  type Scenario,
} from "@cs/shared";
import history from "./1933/history.json" with { type: "json" };

interface HistoryDecide {
  readonly kind: string;
  readonly choice: string;
  /** Answer every open decision of this kind for this power, not just one. */
  readonly all?: boolean;
}

interface HistoryEntry {
  readonly by: string;
  readonly action?: unknown;
  readonly decide?: HistoryDecide;
}

interface HistoryTurn {
  readonly note?: string;
  readonly diplomacy?: readonly HistoryEntry[];
  readonly orders?: readonly HistoryEntry[];
  readonly resolution?: readonly HistoryEntry[];
  /** Answered in whichever phase the decision is open. */
  readonly decide?: readonly HistoryEntry[];
}

export interface HistoryScript {
  readonly note: string;
  readonly scenario: string;
  readonly turns: Readonly<Record<string, HistoryTurn>>;
}

export const HISTORY_1933: HistoryScript = history;

export interface HistoryError {
  readonly turn: string;
  readonly phase: string;
  readonly by: string;
  readonly what: string;
  readonly code: string;
  readonly message: string;
}

export interface HistoryRun {
  readonly state: GameState;
  readonly match: NewMatch;
  readonly log: LogEntry[];
  readonly errors: HistoryError[];
}

/** The match settings history is played with: historical events on, every option at default. */
export const HISTORY_MATCH: NewMatch = { seed: 1933, historicalEvents: true };

/**
 * Play the script from the scenario's start. With `until`, stop at the News phase of that
 * turn (a start point), or with `stopAtReport` at the Report phase just before it; otherwise
 * play to the end of the match.
 */
export function playHistory(
  scenario: Scenario,
  script: HistoryScript = HISTORY_1933,
  options: { until?: string; match?: NewMatch; stopAtReport?: boolean } = {},
): HistoryRun {
  const ctx = compile(scenario);
  const match = options.match ?? HISTORY_MATCH;
  let state = createInitialState(scenario, match);
  const log: LogEntry[] = [];
  const errors: HistoryError[] = [];
  const until = options.until === undefined ? undefined : turnIndex(options.until);
  const fail = (by: string, what: string, code: string, message: string) =>
    errors.push({ turn: turnLabel(state.turn), phase: state.phase, by, what, code, message });

  // The engine's driver applies each action once and records the accepted ones in the log.
  let refusal: RuleError | undefined;
  const driver: Driver = {
    ctx,
    accepted: (s) => log.push({ id: s.state.stateId, by: s.by, action: s.action }),
    refused: (_by, _action, error) => void (refusal = error),
  };
  const act = (by: Actor, raw: unknown, what: string): boolean => {
    const parsed = ActionSchema.safeParse(resolveTreatyNames(state, raw));
    if (!parsed.success) {
      fail(by, what, "ERR_BAD_ACTION", parsed.error.issues[0]?.message ?? "invalid action");
      return false;
    }
    const next = step(driver, state, by, parsed.data);
    if (!next) {
      fail(by, what, refusal?.code ?? "ERR_NOT_ALLOWED", refusal?.message ?? "refused");
      return false;
    }
    state = next;
    return true;
  };

  const open = () =>
    Object.values(state.decisions)
      .filter((x) => x.choice === undefined && dueNow(state, x.due))
      .sort((a, b) => idNumber(state, a.id) - idNumber(state, b.id));

  let turnMatched = new Set<HistoryEntry>();
  let current = state.turn;
  // One phase of the script: crises answered as in history, the turn's decisions, its actions.
  const play = (now: GameState): GameState => {
    state = now;
    const turn = script.turns[turnLabel(state.turn)] ?? {};
    for (const x of open()) {
      if (x.kind !== "crisis") continue;
      const event = ctx.events.get(x.ref);
      const role = event?.roles.find((r) => r.power === x.power);
      const historical = role?.choices.find((c) => c.historical)?.id ?? x.default;
      act(x.power, { type: "decide", decision: x.id, choice: historical }, `crisis ${x.ref}`);
    }
    for (const entry of turn.decide ?? []) {
      if (!entry.decide) continue;
      if (turnMatched.has(entry) && !entry.decide.all) continue;
      for (const x of open()) {
        if (x.power !== entry.by || x.kind !== entry.decide.kind) continue;
        const what = `${entry.decide.kind} ${x.ref}`;
        if (!x.options.includes(entry.decide.choice)) {
          fail(
            entry.by,
            what,
            "ERR_BAD_CHOICE",
            `${entry.decide.choice} is not one of ${x.options.join(", ")}`,
          );
          turnMatched.add(entry);
          continue;
        }
        act(entry.by, { type: "decide", decision: x.id, choice: entry.decide.choice }, what);
        turnMatched.add(entry);
        if (!entry.decide.all) break;
      }
    }
    const phase = state.phase;
    const scripted =
      phase === "diplomacy"
        ? turn.diplomacy
        : phase === "orders"
          ? turn.orders
          : phase === "resolution"
            ? turn.resolution
            : undefined;
    for (const entry of scripted ?? []) {
      if (entry.action !== undefined) act(entry.by, entry.action, describe(entry.action));
    }
    if (phase === "report") {
      for (const entry of turn.decide ?? []) {
        if (!turnMatched.has(entry) && entry.decide) {
          fail(
            entry.by,
            `${entry.decide.kind} ${entry.decide.choice}`,
            "ERR_NO_DECISION",
            "no such decision was open this turn",
          );
        }
      }
    }
    return state;
  };
  state = drive(driver, state, {
    play,
    maxPhases: 400,
    // A start point stops at its turn's News phase; a snapshot wants the state before the
    // start turn's events fire (they fire again on load): the Report phase just before.
    stop: (s) =>
      until !== undefined &&
      ((s.turn >= until && s.phase === "news") ||
        (options.stopAtReport === true && s.turn === until - 1 && s.phase === "report")),
    afterAdvance: (s) => {
      state = s;
      if (state.turn !== current) {
        current = state.turn;
        turnMatched = new Set();
      }
    },
  });
  return { state, match, log, errors };
}

function dueNow(state: GameState, due: "orders" | "resolution"): boolean {
  if (due === "resolution") return state.phase === "resolution";
  return state.phase === "news" || state.phase === "diplomacy" || state.phase === "orders";
}

/** When the engine made this id (scenario ids first): ids reveal no order without the seed. */
function idNumber(state: GameState, id: string): number {
  return idSeq(state.settings.seed, id) ?? 0;
}

function describe(action: unknown): string {
  if (typeof action !== "object" || action === null) return String(action);
  const a = action as { type?: unknown; order?: { kind?: unknown } };
  return a.type === "order" && a.order ? `order ${String(a.order.kind)}` : String(a.type);
}

/** Replace every "@Name" string with the id of the latest treaty of that name not yet ended. */
function resolveTreatyNames(state: GameState, raw: unknown): unknown {
  if (typeof raw === "string" && raw.startsWith("@")) {
    const name = raw.slice(1);
    const match = Object.values(state.treaties)
      .filter((t) => t.name === name && (t.status === "inForce" || t.status === "signed"))
      .sort((a, b) => idNumber(state, b.id) - idNumber(state, a.id))[0];
    return match?.id ?? raw;
  }
  if (Array.isArray(raw)) return raw.map((x) => resolveTreatyNames(state, x));
  if (typeof raw === "object" && raw !== null) {
    return Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [k, resolveTreatyNames(state, v)]),
    );
  }
  return raw;
}
