import { refuse, type RuleError } from "../core/result.ts";
import type { Actor, PowerId, Treaty } from "../model/state.ts";
import type { Clause, ClauseKind } from "./clauses.ts";
import type { Known } from "../knowledge/known.ts";

/**
 * A treaty binds while it is in force, including during a denunciation's notice (the
 * obligations still hold until the notice runs out).
 */
function isBinding(t: Treaty): boolean {
  return t.status === "inForce";
}

/**
 * The last sort of each treaties record: the treaties in force as the scan found them, and
 * the same sorted. The scan runs on every call (states change in place in the simulator); only
 * the sort is skipped when the scan found the same treaties in the same order.
 */
const sorted = new WeakMap<object, { readonly scan: Treaty[]; readonly sorted: Treaty[] }>();

const byId = (a: Treaty, b: Treaty) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Treaties in force, in a stable order (sorted ids), so that replays iterate alike. */
export function bindingTreaties(state: Known): Treaty[] {
  // Filter first: proposals pile up over a match, treaties in force stay few.
  // A loop over the keys rather than Object.values: this runs hundreds of times a game.
  const scan: Treaty[] = [];
  for (const id in state.treaties) {
    const t = state.treaties[id];
    if (t && isBinding(t)) scan.push(t);
  }
  if (scan.length < 2) return scan;
  // The sort is most of the cost, and the treaties in force rarely change between calls.
  const last = sorted.get(state.treaties);
  if (last && sameItems(last.scan, scan)) return last.sorted.slice();
  const out = scan.slice().sort(byId);
  sorted.set(state.treaties, { scan, sorted: out });
  return out.slice();
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type ClauseOf<K extends ClauseKind> = Extract<Clause, { kind: K }>;

/** Every clause of one kind in the treaties in force, with its treaty and index. */
export function bindingClauses<K extends ClauseKind>(
  state: Known,
  kind: K,
): Array<{ treaty: Treaty; clause: ClauseOf<K>; index: number }> {
  const out: Array<{ treaty: Treaty; clause: ClauseOf<K>; index: number }> = [];
  for (const treaty of bindingTreaties(state)) {
    treaty.clauses.forEach((clause, index) => {
      if (clause.kind === kind) out.push({ treaty, clause: clause as ClauseOf<K>, index });
    });
  }
  return out;
}

/**
 * Whether a viewer knows a clause: public clauses to all; secret ones to the parties, to
 * those who learnt them, and to everyone once revealed. `undefined` is the all-seeing
 * system (a teacher, the rules themselves).
 */
export function clauseKnownTo(t: Treaty, clause: Clause, viewer: PowerId | undefined): boolean {
  if (!clause.secret || t.public || viewer === undefined) return true;
  if (t.revealedTo.includes(viewer)) return true;
  return t.parties.includes(viewer) && t.acceded?.[viewer] !== "public";
}

const NEGOTIATING = new Set(["proposed", "rejected", "withdrawn", "superseded"]);

/**
 * Whether a power knows this treaty exists: proposals only among their parties; a treaty
 * all of whose clauses are secret only to its parties and to those who learnt them. The one
 * rule that `viewFor` and every refusal follow (issue 15, item 3).
 */
export function treatyVisible(t: Treaty, viewer: PowerId | undefined): boolean {
  // `undefined`: a spectator, party to nothing.
  const party = viewer !== undefined && t.parties.includes(viewer);
  if (NEGOTIATING.has(t.status) && !party) return false;
  if (party || t.public || t.clauses.some((c) => !c.secret)) return true;
  return viewer !== undefined && t.revealedTo.includes(viewer);
}

/**
 * The refusal for a treaty the actor cannot name: the same code and sentence, byte for byte,
 * whether it does not exist or exists out of the actor's sight, so that refusals cannot be
 * used to probe for others' secret negotiations.
 */
export function noSuchTreaty(): RuleError {
  return refuse("ERR_UNKNOWN_TREATY", "There is no such treaty.");
}

/** The treaty with this id if the actor may know of it (the system knows of every one). */
export function knownTreaty(state: Known, by: Actor, id: string): Treaty | undefined {
  const t = state.treaties[id];
  return t && (by === "system" || treatyVisible(t, by)) ? t : undefined;
}

export function hasSecretClauses(t: Treaty): boolean {
  return t.clauses.some((c) => c.secret);
}

/** Powers that owe help under an assistance clause (not the beneficiary). */
export function guarantorsOf(t: Treaty, clause: ClauseOf<"guarantee">): PowerId[] {
  return clause.guarantors.filter((g) => t.parties.includes(g));
}
