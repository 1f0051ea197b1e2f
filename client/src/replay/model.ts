import type { GameState, ReplayError, ReplayFile, ReplayStep, Viewer } from "@cs/shared";

/**
 * The replay viewer's decisions that need no DOM: whose eyes the viewer may look through, the
 * headless branch command, file names, and how an error is put into words.
 */

/** The viewer's own "omniscient" option: the engine's teacher view (nothing cut). */
export const OMNISCIENT: Viewer = "teacher";

/**
 * Whose view the replay may show. Seats and the spectator always; the omniscient view only
 * once the match is over, or for its teacher (the server gave the log to the teacher only).
 */
export function viewerChoices(file: ReplayFile, state: GameState, teacher: boolean): Viewer[] {
  const seats = Object.keys(state.powers).sort();
  const omniscient = file.meta.status === "finished" || teacher;
  return [...(omniscient ? [OMNISCIENT] : []), "spectator", ...seats];
}

/** A shell word, quoted only when it must be (file names with spaces). */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/** The simulator's scenario name for a replay's scenario (`mini` for the engine's test map). */
function simScenario(id: string): string {
  return id === "mini" ? "mini" : id;
}

/** The headless "branch here": play N games on from this turn in the simulator. */
export function simCommand(file: ReplayFile, fileName: string, turn: string, games = 100): string {
  return [
    "npm run sim --",
    `--scenario ${shellWord(simScenario(file.scenario.id))}`,
    `--branch ${shellWord(fileName)}`,
    `--at ${turn}`,
    `--games ${games}`,
    "--seed 1",
  ].join(" ");
}

/** The name a download gets (the server's own name when it gave one). */
export function downloadName(file: ReplayFile): string {
  const base = file.meta.name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "");
  return `${base || "match"}-${file.meta.matchId ?? "replay"}.replay.json`;
}

/** The i18n key and values for an error from the engine, the server or the network. */
export function errorText(e: ReplayError | { code: string; message: string }): {
  key: string;
  values: Record<string, string | number>;
  fallback: string;
} {
  const params = "params" in e ? e.params : {};
  return { key: `replay:error.${e.code}`, values: { ...params }, fallback: e.message };
}

/** The step after `i`, or undefined at the end (play stops there). */
export function nextStep(steps: readonly ReplayStep[], i: number): number | undefined {
  return i + 1 < steps.length ? i + 1 : undefined;
}

/** Whether "Branch here" can start at a step's turn: not the first turn, not the end. */
export function canBranchAt(steps: readonly ReplayStep[], i: number): boolean {
  const step = steps[i];
  const first = steps[0];
  return (
    step !== undefined && first !== undefined && step.phase !== "ended" && step.turn > first.turn
  );
}
