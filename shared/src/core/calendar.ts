/**
 * The calendar: 14 half-year turns, 1933-I … 1939-II. Time in the rules is the turn index,
 * never the wall clock.
 */
export const FIRST_YEAR = 1933;
export const TURN_COUNT = 14;

export type TurnLabel = `${number}-${"I" | "II"}`;

export const TURN_LABEL_RE = /^(19\d\d)-(I|II)$/;

export function turnLabel(turn: number): TurnLabel {
  const year = FIRST_YEAR + Math.floor(turn / 2);
  return `${year}-${turn % 2 === 0 ? "I" : "II"}`;
}

/** The index of a label such as "1938-I", or undefined when it is not a turn of the game. */
export function turnIndex(label: string): number | undefined {
  const m = TURN_LABEL_RE.exec(label);
  if (!m) return undefined;
  const index = (Number(m[1]) - FIRST_YEAR) * 2 + (m[2] === "II" ? 1 : 0);
  return index >= 0 && index < TURN_COUNT ? index : undefined;
}

export const PHASES = ["news", "diplomacy", "orders", "resolution", "report"] as const;
export type Phase = (typeof PHASES)[number] | "ended";
