/**
 * A view's content digest, 48 bits (a safe integer): what a view's version is (views.ts).
 *
 * It is of the content alone — the same view built again, after a restart or on another
 * process, has the same digest — and, unlike a hash of `JSON.stringify`, it does not depend on
 * the order of an object's keys (a view rebuilt in another key order is the same view, which
 * `diffView` also says). It is cheap where the old one was dear: the engine shares every part
 * of the state that an action did not touch (engine/draft.ts) and a view shares those parts
 * with the state (viewFor), so an object's digest is kept by identity (`Digests`) and a new
 * state's views hash only what is new instead of serialising the whole 1933 map per viewer per
 * action. That relies on what the engine already promises: a state's objects are never changed
 * once the state is adopted (in-place drafts play only on private copies).
 *
 * Not a cryptographic digest: a version only tells a view from its predecessors (a stale
 * action, a patch to send). Two different views collide with a chance of about 2^-48.
 */
const TWO32 = 2 ** 32;
const TWO48 = 2 ** 48;

/** Murmur3's finaliser: every input bit moves about half the output bits. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 48-bit value mixed with a tag into a 48-bit value. */
function mix(x: number, tag: number): number {
  const lo = x >>> 0;
  const hi = Math.floor(x / TWO32);
  const a = fmix(lo ^ Math.imul(hi + tag, 0x9e3779b1));
  const b = fmix(hi ^ Math.imul(a ^ tag, 0x27d4eb2f) ^ lo);
  return (b & 0xffff) * TWO32 + a;
}

/** cyrb53's two lanes over the UTF-16 code units, cut to 48 bits. */
function text(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 & 0xffff) * TWO32 + (h1 >>> 0);
}

const TAG = { str: 1, num: 2, int: 3, true: 4, false: 5, null: 6, arr: 7, item: 8, obj: 9 };
const TRUE = mix(1, TAG.true);
const FALSE = mix(0, TAG.false);
const NULL = mix(0, TAG.null);

/** Keys already hashed: a view's keys are a small vocabulary and the ids of a match's things. */
const keys = new Map<string, number>();

function key(k: string): number {
  let h = keys.get(k);
  if (h === undefined) {
    if (keys.size > 100_000) keys.clear();
    keys.set(k, (h = text(k, TAG.obj)));
  }
  return h;
}

/**
 * How deep `Digests` remembers: a view's records (`powers`, `treaties`, `news`, …; the view
 * itself is new every time) and the entries in them (a power's record, a treaty, a news item).
 * An action replaces a few entries and the records that hold them (engine/draft.ts); below an
 * entry, what is new is hashed again, which costs less than remembering every clause and order.
 */
const REMEMBERED = 2;

/**
 * Digests of one match's views, remembering by identity the records of its views and their
 * entries (`REMEMBERED` deep), as long as the objects live: a new state's views hash only what
 * the action replaced. A weak map of those few hundred objects per match, rather than a map of
 * every object hashed rebuilt per state: that map, copied by each scavenge it survived, made
 * most of the server's garbage-collection pauses under load (docs/benchmarks.md).
 */
export class Digests {
  private readonly known = new WeakMap<object, number>();

  /** The digest of a JSON-like value (a view). */
  of(v: unknown): number {
    return this.value(v, 0);
  }

  private value(v: unknown, depth: number): number {
    switch (typeof v) {
      case "string":
        return text(v, TAG.str);
      case "number":
        // As JSON would: integers exactly, other numbers by their shortest text, NaN as null.
        if (Number.isSafeInteger(v) && v >= 0) {
          return mix(v % TWO48, TAG.int + Math.floor(v / TWO48));
        }
        return Number.isFinite(v) ? text(String(v), TAG.num) : NULL;
      case "boolean":
        return v ? TRUE : FALSE;
      case "object":
        return v === null ? NULL : this.composite(v, depth);
      default:
        return NULL; // undefined, functions: JSON leaves them out (keys) or writes null (items)
    }
  }

  private composite(o: object, depth: number): number {
    const remember = depth > 0 && depth <= REMEMBERED;
    let h = remember ? this.known.get(o) : undefined;
    if (h !== undefined) return h;
    h = Array.isArray(o) ? this.items(o, depth + 1) : this.entries(o, depth + 1);
    if (remember) this.known.set(o, h);
    return h;
  }

  /** In order: each item mixed into what came before. */
  private items(a: readonly unknown[], depth: number): number {
    let h = mix(a.length, TAG.arr);
    for (const item of a) h = mix((h + this.value(item, depth)) % TWO48, TAG.item);
    return h;
  }

  /** Without order: the sum of each defined entry's digest (key and value together). */
  private entries(o: object, depth: number): number {
    let sum = 0;
    let n = 0;
    const rec = o as Record<string, unknown>;
    for (const k in rec) {
      const x = rec[k];
      if (x === undefined || typeof x === "function") continue;
      sum = (sum + mix((key(k) + this.value(x, depth)) % TWO48, TAG.obj)) % TWO48;
      n++;
    }
    return mix(sum, TAG.obj + n);
  }
}

/** The digest of a JSON-like value on its own (nothing remembered). */
export function digest(v: unknown): number {
  return new Digests().of(v);
}
