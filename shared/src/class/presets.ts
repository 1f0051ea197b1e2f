import type { PhaseTimers } from "../protocol/client.ts";

/**
 * Lesson presets: a start point and phase timers that fit the lesson, with the guide's timings
 * (docs/classroom.md, "Timings"). The calendar ends in the second half of 1939, so a preset's
 * turns end the match before the bell: a 50-minute lesson plays the four half-years from
 * 1938 (six minutes each), a 90-minute one the eight from 1936 (seven and a half minutes).
 */
export const LESSON_PRESETS = {
  lesson50: {
    start: "1938-I",
    turns: 4,
    timers: { news: 20, diplomacy: 150, orders: 120, resolution: 20, report: 50 },
    /** Minutes: join and place, briefings, play, debrief. */
    plan: { join: 5, briefing: 5, play: 24, debrief: 16 },
  },
  lesson90: {
    start: "1936-I",
    turns: 8,
    timers: { news: 20, diplomacy: 210, orders: 150, resolution: 20, report: 50 },
    plan: { join: 5, briefing: 10, play: 60, debrief: 15 },
  },
} as const satisfies Record<
  string,
  {
    start: string;
    turns: number;
    timers: PhaseTimers;
    plan: { join: number; briefing: number; play: number; debrief: number };
  }
>;

export type LessonPreset = keyof typeof LESSON_PRESETS;
export const LESSON_PRESET_IDS = Object.keys(LESSON_PRESETS) as LessonPreset[];

/** A turn's seconds under these timers. */
export const turnSeconds = (t: PhaseTimers): number =>
  (t.news ?? 0) + (t.diplomacy ?? 0) + (t.orders ?? 0) + (t.resolution ?? 0) + (t.report ?? 0);
