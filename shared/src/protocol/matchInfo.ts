import type { MatchInfo, MatchInfoPatch } from "./server.ts";

/** The record's values are flat: primitives, and seats of primitives (an absent key is undefined). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (x[k] !== y[k]) return false;
  for (const k in y) if (!(k in x) && y[k] !== undefined) return false;
  return true;
}

const seatOf = (info: MatchInfo, s: { power: string }) =>
  info.seats.find((x) => x.power === s.power);

/** The patch from `prev` to `next`; undefined when nothing changed. */
export function diffMatchInfo(prev: MatchInfo, next: MatchInfo): MatchInfoPatch | undefined {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof MatchInfo)[]) {
    if (key === "seats") continue;
    if (!same(prev[key], next[key])) patch[key] = next[key];
  }
  // Seats keep their order from record to record: a seat is looked for where it was.
  const seats = next.seats.filter(
    (s, i) => !same(prev.seats[i]?.power === s.power ? prev.seats[i] : seatOf(prev, s), s),
  );
  if (seats.length > 0) patch.seats = seats;
  return Object.keys(patch).length === 0 ? undefined : patch;
}

/** The record with the patch applied; the input is not modified. */
export function applyMatchInfoPatch(info: MatchInfo, patch: MatchInfoPatch): MatchInfo {
  const { seats, ...fields } = patch;
  const out: MatchInfo = { ...info, ...fields };
  if (seats) {
    const changed = new Map(seats.map((s) => [s.power, s]));
    out.seats = info.seats.map((s) => changed.get(s.power) ?? s);
    for (const s of seats) if (!info.seats.some((x) => x.power === s.power)) out.seats.push(s);
  }
  return out;
}
