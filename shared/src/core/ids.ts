/**
 * Identifiers for what a match creates (treaties, obligations, decisions, wars…) that reveal
 * no count. The n-th id of a match is `prefix_` + a keyed 32-bit permutation of n, keyed by the
 * match's secret seed: distinct n give distinct ids (a permutation never collides), the order
 * of creation is recovered only with the seed (the engine's `idSeq`), and a seat that sees two
 * ids learns nothing of how many were made between them — a secret proposal does not show as
 * a gap (issue 15, item 3).
 *
 * The `_` keeps generated ids apart from the scenario's own ids, which are `[a-z0-9-]` only
 * (scenario schema): a treaty a later start point inherits can never be overwritten by one the
 * match makes (issue 18).
 */

const ROUNDS = 4;

/** Round keys from the seed (splitmix32, as the generator's seeding). */
function roundKeys(seed: number): number[] {
  let s = (seed ^ 0x1d5e_c0de) >>> 0;
  const keys: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    keys.push((z ^ (z >>> 16)) >>> 0);
  }
  return keys;
}

const cache = new Map<number, number[]>();
function keysOf(seed: number): number[] {
  let k = cache.get(seed);
  if (!k) {
    if (cache.size > 256) cache.clear();
    k = roundKeys(seed);
    cache.set(seed, k);
  }
  return k;
}

/** The Feistel round function: 16 bits in, 16 bits out, mixed with the round key. */
function round(half: number, key: number): number {
  let z = Math.imul((half ^ key) >>> 0, 0x85ebca6b) >>> 0;
  z ^= z >>> 13;
  z = Math.imul(z, 0xc2b2ae35) >>> 0;
  z ^= z >>> 16;
  return z & 0xffff;
}

/** A bijection of [0, 2^32) keyed by the seed. */
export function permute(seed: number, n: number): number {
  let l = (n >>> 16) & 0xffff;
  let r = n & 0xffff;
  for (const k of keysOf(seed)) [l, r] = [r, l ^ round(r, k)];
  return ((l << 16) | r) >>> 0;
}

/** The inverse of `permute`. */
export function unpermute(seed: number, x: number): number {
  let l = (x >>> 16) & 0xffff;
  let r = x & 0xffff;
  const keys = keysOf(seed);
  for (let i = keys.length - 1; i >= 0; i--) [l, r] = [r ^ round(l, keys[i] ?? 0), l];
  return ((l << 16) | r) >>> 0;
}

const BODY = 7; // 2^32 in base 36 takes 7 digits

/** The id of the n-th thing a match made (n ≥ 1). */
export function makeId(seed: number, prefix: string, n: number): string {
  return `${prefix}_${permute(seed, n).toString(36).padStart(BODY, "0")}`;
}

/**
 * When a generated id was made (its n), given the match's seed; undefined for an id the match
 * did not generate (a scenario's own "locarno", say). Engine-side only: a view has no seed.
 */
export function idSeq(seed: number, id: string): number | undefined {
  const m = /_([0-9a-z]{7})$/.exec(id);
  if (!m?.[1]) return undefined;
  const x = Number.parseInt(m[1], 36);
  return x <= 0xffffffff ? unpermute(seed, x) : undefined;
}

/**
 * Creation order of ids under one seed: generated ids by when they were made, before them the
 * scenario's own ids by text. A total order that does not depend on the ids' spelling.
 */
export function byCreation(seed: number): (a: string, b: string) => number {
  return (a, b) => {
    const x = idSeq(seed, a) ?? -1;
    const y = idSeq(seed, b) ?? -1;
    return x - y || (a < b ? -1 : a > b ? 1 : 0);
  };
}
