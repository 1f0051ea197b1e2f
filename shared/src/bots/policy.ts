/**
 * Variety for the bots comes from a hash of the state id and the seat, never from an ambient
 * random source.
 */

/** FNV-1a over a string: a stable number for deterministic variety. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
