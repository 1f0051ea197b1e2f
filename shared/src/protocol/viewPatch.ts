/**
 * Compact view updates: after the full view on join, a client receives only what changed,
 * as operations on paths at most three keys deep ("powers"/"DEU"/"ready"), with appends for arrays
 * that only grew (news). `applyViewPatch(diffView(a, b), a)` deep-equals `b`.
 */
export type ViewOp =
  | { op: "set"; path: string[]; value: unknown }
  | { op: "del"; path: string[] }
  | { op: "push"; path: string[]; items: unknown[] };

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Structural equality of JSON values (views are rebuilt per call, so references differ). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Json;
  const y = b as Json;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    n++;
    if (!same(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

/**
 * The operations from `a` to `b` below `path`. The path is one stack, pushed and popped as the
 * walk goes down, and copied only into an operation: a view has thousands of keys and an
 * action changes a few, so nothing is allocated for a key whose value is the same object —
 * most are, since views share what did not change (viewFor).
 */
function diffValue(path: string[], a: unknown, b: unknown, depth: number, ops: ViewOp[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b) && b.length > a.length && a.length > 0) {
    let grew = true;
    for (let i = 0; i < a.length && grew; i++) grew = same(a[i], b[i]);
    if (grew) {
      ops.push({ op: "push", path: [...path], items: b.slice(a.length) });
      return;
    }
  }
  if (depth > 0 && isRecord(a) && isRecord(b)) {
    for (const k in a) if (!(k in b)) ops.push({ op: "del", path: [...path, k] });
    for (const k in b) {
      const x = a[k];
      const y = b[k];
      if (x === y) continue;
      path.push(k);
      diffValue(path, x, y, depth - 1, ops);
      path.pop();
    }
    return;
  }
  if (!same(a, b)) ops.push({ op: "set", path: [...path], value: b });
}

/** The operations that turn view `prev` into view `next`. */
export function diffView(prev: object, next: object): ViewOp[] {
  const ops: ViewOp[] = [];
  diffValue([], prev, next, 3, ops);
  return ops;
}

/** A new view with the operations applied; the input is not modified. */
export function applyViewPatch<T extends object>(view: T, ops: readonly ViewOp[]): T {
  const root: Json = { ...(view as Json) };
  for (const o of ops) {
    let parent = root;
    for (const key of o.path.slice(0, -1)) {
      const child = parent[key];
      const copy: Json = isRecord(child) ? { ...child } : {};
      parent[key] = copy;
      parent = copy;
    }
    const last = o.path[o.path.length - 1];
    if (last === undefined) continue;
    if (o.op === "set") parent[last] = o.value;
    else if (o.op === "del") delete parent[last];
    else parent[last] = [...((parent[last] as unknown[] | undefined) ?? []), ...o.items];
  }
  return root as T;
}
