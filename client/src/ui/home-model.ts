import type { CreateMatchInput, PhaseTimers } from "@cs/shared";

/**
 * The home screen's form, kept outside the DOM so a re-render (a language switch, a list
 * refresh) never loses what the player typed. Pure: unit-tested in Node.
 */
export type TimerPreset = "standard" | "fast" | "none";

export interface HomeForm {
  name: string;
  matchName: string;
  scenario: string;
  start: string;
  humanSeats: string[];
  timers: TimerPreset;
  historicalEvents: boolean;
  visibility: "public" | "private";
  code: string;
}

const TIMER_PRESETS: Record<TimerPreset, PhaseTimers | null> = {
  // About 90 minutes for 14 turns (game.md: one evening with default timers).
  standard: { news: 20, diplomacy: 180, orders: 120, resolution: 20, report: 30 },
  fast: { news: 10, diplomacy: 60, orders: 45, resolution: 10, report: 15 },
  none: null,
};

export function emptyForm(): HomeForm {
  return {
    name: "",
    matchName: "",
    scenario: "",
    start: "",
    humanSeats: [],
    timers: "standard",
    historicalEvents: true,
    visibility: "private",
    code: "",
  };
}

/** The create message for a filled-in form; empty choices are left to the server's defaults. */
export function createSettings(f: HomeForm): CreateMatchInput {
  const s: CreateMatchInput = {
    timers: TIMER_PRESETS[f.timers],
    historicalEvents: f.historicalEvents,
    visibility: f.visibility,
  };
  if (f.matchName.trim()) s.name = f.matchName.trim();
  if (f.scenario) s.scenario = f.scenario;
  if (f.start) s.start = f.start;
  if (f.humanSeats.length > 0) s.humanSeats = [...f.humanSeats];
  return s;
}

export function toggleSeat(f: HomeForm, power: string, on: boolean): HomeForm {
  const set = new Set(f.humanSeats);
  if (on) set.add(power);
  else set.delete(power);
  return { ...f, humanSeats: [...set] };
}
