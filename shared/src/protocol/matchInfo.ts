import type { MatchInfo, MatchInfoPatch } from "./server.ts";

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The patch from `prev` to `next`; undefined when nothing changed. */
export function diffMatchInfo(prev: MatchInfo, next: MatchInfo): MatchInfoPatch | undefined {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof MatchInfo)[]) {
    if (key === "seats") continue;
    if (!same(prev[key], next[key])) patch[key] = next[key];
  }
  const before = new Map(prev.seats.map((s) => [s.power, s]));
  const seats = next.seats.filter((s) => !same(before.get(s.power), s));
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
