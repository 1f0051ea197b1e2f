import type { GameState, PowerState, Treaty } from "../model/state.ts";
import type { PowerView, Viewer } from "./view.ts";

/**
 * Another power's record as outsiders see it, which is the same for every outside seat with
 * the same quality of intelligence: a caller that builds several seats' views of one state
 * (the bots) passes a memo, and the record is built once per power and quality. The memo
 * belongs to one state's content: its holder makes a new one when the state changes.
 */
export interface ViewMemo {
  readonly powers: Map<string, PowerView>;
  /** Treaties with their secret clauses cut, as every outsider sees them. */
  readonly cut: Map<string, Treaty | undefined>;
  /** What outsiders saw in an earlier state of the same match, still good if unchanged. */
  readonly lasting?: LastingMemo | undefined;
}

/**
 * Outsiders' records kept from one state of a match to the next (the server's views): a
 * power's estimated record is reused while its record is the same object (the engine copies
 * what it changes) and, if it aids a side somewhere, the flags that make aid known too; a
 * treaty's cut while the treaty is the same object. A view of the new state then shares them
 * with the old one, and what compares or hashes views finds them alike at once.
 */
export interface LastingMemo {
  readonly powers: Map<string, { p: PowerState; flags: GameState["flags"]; view: PowerView }>;
  readonly cut: Map<string, { t: Treaty; seen: Treaty | undefined }>;
  /** A power's own record as it and the teacher see it, while the record is the same object. */
  readonly own: Map<string, { p: PowerState; view: PowerView }>;
  /** Each viewer's last sections of its view, with what each was built from (`sectionOf`). */
  readonly sections: Map<Viewer, Partial<Record<Section, Kept>>>;
}

/** The parts of a view that `sectionOf` keeps from one state to the next. */
export type Section =
  "powers" | "treaties" | "news" | "decisions" | "motions" | "obligations" | "demands";

interface Kept {
  readonly from: readonly unknown[];
  readonly out: unknown;
}

export function newViewMemo(lasting?: LastingMemo): ViewMemo {
  return { powers: new Map(), cut: new Map(), lasting };
}

export function newLastingMemo(): LastingMemo {
  return { powers: new Map(), cut: new Map(), own: new Map(), sections: new Map() };
}

/**
 * A viewer's section of its view: the last one while every input it was built from is the
 * same (the same objects: the engine copies what it changes, and the server's states are never
 * written to once adopted), else built again — and the last one still if the new one holds
 * the same entries. Only with a lasting memo: the bots' states may change in place.
 */
export function sectionOf<T>(
  lasting: LastingMemo,
  viewer: Viewer,
  name: Section,
  from: readonly unknown[],
  build: () => T,
): T {
  let mine = lasting.sections.get(viewer);
  if (!mine) lasting.sections.set(viewer, (mine = {}));
  const kept = mine[name];
  if (kept && sameItems(kept.from, from)) return kept.out as T;
  const built = build();
  const out = kept && sameEntries(kept.out, built) ? (kept.out as T) : built;
  mine[name] = { from, out };
  return out;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same entries, value by value (identity): an array's items, or an object's keys. */
function sameEntries(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sameItems(a, b);
  if (typeof a !== "object" || typeof b !== "object" || !a || !b) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in y) {
    if (x[k] !== y[k] || !(k in x)) return false;
    n++;
  }
  for (const _ in x) n--;
  return n === 0;
}
