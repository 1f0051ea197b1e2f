import type { GameRow } from "./game.ts";

const cell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  return /[",\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** games.csv: one row per game; scores, milestones and reach as one column each. */
export function gamesCsv(rows: readonly GameRow[]): string {
  const first = rows[0];
  const powers = first ? Object.keys(first.scores) : [];
  const milestones = first ? Object.keys(first.milestones) : [];
  const reach = first ? Object.keys(first.reach) : [];
  const header = [
    "game",
    "seed",
    "end_turn",
    "end_reason",
    "general_war_turn",
    "csi",
    "tension",
    ...powers.map((p) => `score_${p}`),
    ...milestones.map((m) => `milestone_${m}`),
    ...reach.map((r) => `reach_${r.replace(">", "_")}`),
    "wars",
    "treaties",
    "actions",
    "refused",
  ];
  const lines = [header.join(",")];
  for (const r of rows) {
    lines.push(
      [
        r.index,
        r.seed,
        r.endTurn,
        r.endReason,
        r.generalWarTurn,
        r.csi,
        r.tension,
        ...powers.map((p) => r.scores[p] ?? null),
        ...milestones.map((m) => r.milestones[m] ?? null),
        ...reach.map((k) => (r.reach[k] ? 1 : 0)),
        r.wars.join(" "),
        r.treaties.join("; "),
        r.actions,
        r.refused,
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
