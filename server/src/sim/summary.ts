import { TURN_COUNT, turnIndex, turnLabel, type Milestone } from "@cs/shared";
import type { GameRow } from "./game.ts";
import type { PlanSpec } from "./plan.ts";

interface Distribution {
  mean: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
  /** Counts in ten bins of width 10 (0–9, …, 90–100). */
  bins: number[];
}

export interface Summary {
  version: 1;
  run: {
    scenario: string;
    from: string | null;
    settings: Record<string, string>;
    historicalEvents: boolean;
    bots: string;
    games: number;
    seed: number;
  };
  endReasons: Record<string, number>;
  /** Share of games in general war by the end of each half-year (cumulative). */
  generalWarByTurn: { turn: string; share: number }[];
  generalWar: number;
  /** Pairs at war, share of games, most frequent first. */
  wars: { pair: string; share: number }[];
  scores: Record<string, Distribution>;
  csi: Distribution;
  tension: number;
  /** Treaties signed during play, share of games, most frequent first (top 15). */
  treaties: { name: string; share: number }[];
  /** Share of games where each milestone happened at its historical turn. */
  milestones: { id: string; label: string; turn: string; share: number; ever: number }[];
  /** Share of games reproducing every milestone on time. */
  allMilestones: number;
  reach: Record<string, number>;
  actions: number;
  refused: number;
  /** Share of the turns played before 1939 that ended at tension ≥ 95, and the mean by turn. */
  tensionHigh: number;
  tensionByTurn: { turn: string; mean: number }[];
  /**
   * Deterrence: crisis choices of force by aggressor — how many, how many facing a coalition
   * that would beat it (on the truth, ratio > 1), and the share of those it backed down in.
   */
  deterrence: {
    aggressor: string;
    crises: number;
    losing: number;
    backedDownWhenLosing: number;
    backedDown: number;
  }[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function distribution(values: number[]): Distribution {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor(q * v.length))] ?? 0;
  const bins = new Array<number>(10).fill(0);
  for (const x of v) bins[Math.min(9, Math.max(0, Math.floor(x / 10)))]! += 1;
  const mean = v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0;
  return {
    mean: round(mean),
    min: v[0] ?? 0,
    p25: at(0.25),
    median: at(0.5),
    p75: at(0.75),
    max: v[v.length - 1] ?? 0,
    bins,
  };
}

function shares(counts: Map<string, number>, n: number, top = Infinity) {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([key, c]) => ({ key, share: round(c / n) }));
}

/** The run's figures, from the rows in game order: the same rows give the same summary. */
export function summarise(
  spec: PlanSpec,
  games: number,
  seed: number,
  rows: readonly GameRow[],
  /** The scenario's milestones (`milestonesOf(spec)`): their labels and historical turns. */
  milestoneDefs: readonly Milestone[] = [],
): Summary {
  const n = Math.max(1, rows.length);
  const endReasons: Record<string, number> = {};
  const wars = new Map<string, number>();
  const treaties = new Map<string, number>();
  const scoreValues = new Map<string, number[]>();
  const reach = new Map<string, number>();
  const gwByTurn = new Array<number>(TURN_COUNT).fill(0);
  for (const r of rows) {
    endReasons[r.endReason] = (endReasons[r.endReason] ?? 0) + 1;
    if (r.generalWarTurn !== null) gwByTurn[r.generalWarTurn]! += 1;
    for (const w of r.wars) wars.set(w, (wars.get(w) ?? 0) + 1);
    for (const t of new Set(r.treaties)) treaties.set(t, (treaties.get(t) ?? 0) + 1);
    for (const [p, s] of Object.entries(r.scores))
      scoreValues.set(p, [...(scoreValues.get(p) ?? []), s]);
    for (const [pair, ok] of Object.entries(r.reach))
      reach.set(pair, (reach.get(pair) ?? 0) + (ok ? 1 : 0));
  }
  let cumulative = 0;
  const generalWarByTurn = gwByTurn.map((c, t) => {
    cumulative += c;
    return { turn: turnLabel(t), share: round(cumulative / n) };
  });
  const milestoneIds = rows[0] ? Object.keys(rows[0].milestones) : [];
  const milestones = milestoneDefs
    .filter((m) => milestoneIds.includes(m.id))
    .map((m) => {
      const at = turnIndex(m.turn);
      const onTime = rows.filter((r) => r.milestones[m.id] === at).length;
      const ever = rows.filter(
        (r) => r.milestones[m.id] !== null && r.milestones[m.id] !== undefined,
      ).length;
      return {
        id: m.id,
        label: m.label,
        turn: m.turn,
        share: round(onTime / n),
        ever: round(ever / n),
      };
    });
  const pre1939 = turnIndex("1939-I") ?? TURN_COUNT;
  let high = 0;
  let counted = 0;
  const tensionSum = new Array<number>(TURN_COUNT).fill(0);
  const tensionN = new Array<number>(TURN_COUNT).fill(0);
  const deterrence = new Map<
    string,
    { crises: number; losing: number; down: number; all: number }
  >();
  for (const r of rows) {
    // forEach skips the holes: the turns before the start point were never observed.
    r.tensionByTurn.forEach((t, turn) => {
      tensionSum[turn]! += t;
      tensionN[turn]! += 1;
      if (turn < pre1939) {
        counted += 1;
        if (t >= 95) high += 1;
      }
    });
    for (const c of r.crises) {
      const d = deterrence.get(c.aggressor) ?? { crises: 0, losing: 0, down: 0, all: 0 };
      d.crises += 1;
      if (c.backedDown) d.all += 1;
      if (c.ratio > 1) {
        d.losing += 1;
        if (c.backedDown) d.down += 1;
      }
      deterrence.set(c.aggressor, d);
    }
  }
  const allOnTime = rows.filter(
    (r) =>
      milestones.length > 0 && milestones.every((m) => r.milestones[m.id] === turnIndex(m.turn)),
  ).length;
  return {
    version: 1,
    run: {
      scenario: spec.scenario,
      from: spec.from ?? null,
      settings: { ...spec.settings },
      historicalEvents: spec.historicalEvents,
      bots: spec.bots,
      games,
      seed,
    },
    endReasons,
    generalWarByTurn,
    generalWar: round(rows.filter((r) => r.generalWarTurn !== null).length / n),
    wars: shares(wars, n).map(({ key, share }) => ({ pair: key, share })),
    scores: Object.fromEntries([...scoreValues].sort().map(([p, v]) => [p, distribution(v)])),
    csi: distribution(rows.map((r) => r.csi)),
    tension: round(rows.reduce((a, r) => a + r.tension, 0) / n),
    treaties: shares(treaties, n, 15).map(({ key, share }) => ({ name: key, share })),
    milestones,
    allMilestones: round(allOnTime / n),
    reach: Object.fromEntries([...reach].map(([k, c]) => [k, round(c / n)])),
    actions: rows.reduce((a, r) => a + r.actions, 0),
    refused: rows.reduce((a, r) => a + r.refused, 0),
    tensionHigh: round(high / Math.max(1, counted)),
    tensionByTurn: tensionSum.map((sum, t) => ({
      turn: turnLabel(t),
      mean: round(sum / Math.max(1, tensionN[t] ?? 0)),
    })),
    deterrence: [...deterrence]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([aggressor, d]) => ({
        aggressor,
        crises: d.crises,
        losing: d.losing,
        backedDownWhenLosing: round(d.down / Math.max(1, d.losing)),
        backedDown: round(d.all / Math.max(1, d.crises)),
      })),
  };
}
