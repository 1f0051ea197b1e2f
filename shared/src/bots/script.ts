import { ActionSchema, type Action } from "../actions/schema.ts";
import { turnLabel } from "../core/calendar.ts";
import type { GameState, PowerId } from "../model/state.ts";

/**
 * The historical policy as data (the scenario's history script, e.g. the assets'
 * HISTORY_1933): turn by turn, the routine actions of each government and its answers to the
 * decisions events do not make. Treaties made during play are named "@Name".
 */
export interface PolicyEntry {
  readonly by: string;
  readonly action?: unknown;
  readonly decide?: { readonly kind: string; readonly choice: string; readonly all?: boolean };
}

export interface PolicyTurn {
  readonly diplomacy?: readonly PolicyEntry[];
  readonly orders?: readonly PolicyEntry[];
  readonly resolution?: readonly PolicyEntry[];
  readonly decide?: readonly PolicyEntry[];
}

export interface PolicyScript {
  readonly turns: Readonly<Record<string, PolicyTurn>>;
}

const parsed = new WeakMap<PolicyEntry, Action | null>();

/** "@Name" → the id of the treaty with that name (in force first, then any). */
function resolveNames(state: GameState, raw: unknown): unknown {
  if (typeof raw === "string" && raw.startsWith("@")) {
    const name = raw.slice(1);
    const all = Object.values(state.treaties).filter((t) => t.name === name);
    return (all.find((t) => t.status === "inForce") ?? all[all.length - 1])?.id ?? raw;
  }
  if (Array.isArray(raw)) return raw.map((x) => resolveNames(state, x));
  if (raw && typeof raw === "object") {
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, resolveNames(state, v)]));
  }
  return raw;
}

function hasName(raw: unknown): boolean {
  return JSON.stringify(raw).includes('"@');
}

/** The script's actions for this seat in the current turn and phase, ready to check. */
export function scriptedActions(script: PolicyScript, state: GameState, seat: PowerId): Action[] {
  const turn = script.turns[turnLabel(state.turn)];
  const phase = state.phase;
  const list =
    phase === "diplomacy"
      ? turn?.diplomacy
      : phase === "orders"
        ? turn?.orders
        : phase === "resolution"
          ? turn?.resolution
          : undefined;
  const out: Action[] = [];
  for (const entry of list ?? []) {
    if (entry.by !== seat || entry.action === undefined) continue;
    let action = parsed.get(entry);
    if (action === undefined) {
      const named = hasName(entry.action);
      const r = ActionSchema.safeParse(named ? resolveNames(state, entry.action) : entry.action);
      action = r.success ? r.data : null;
      if (!named) parsed.set(entry, action);
    }
    if (action) out.push(action);
  }
  return out;
}

/** The script's answer for a decision of this kind by this seat this turn, if any. */
export function scriptedChoice(
  script: PolicyScript,
  state: GameState,
  seat: PowerId,
  kind: string,
): string | undefined {
  const turn = script.turns[turnLabel(state.turn)];
  return turn?.decide?.find((e) => e.by === seat && e.decide?.kind === kind)?.decide?.choice;
}

/** Whether the script says anything about this turn. */
export function scriptCovers(script: PolicyScript, state: GameState): boolean {
  return script.turns[turnLabel(state.turn)] !== undefined;
}
