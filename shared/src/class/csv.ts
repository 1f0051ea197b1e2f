import type { Debrief, Divergence } from "./debrief.ts";

/**
 * The words of the CSV export, in the teacher's language (the client passes its i18n): the
 * columns, each section's name, and labels for powers, events, objectives, divergences,
 * statuses and turns — never the data's codes.
 */
export interface CsvLabels {
  columns: readonly [string, string, string, string, string];
  section: (s: CsvSection) => string;
  power: (id: string) => string;
  event: (id: string) => string;
  objective: (id: string) => string;
  divergence: (d: Divergence) => string;
  /** A status word: a treaty's, an obligation's, a vote's, yes/no for an objective. */
  word: (kind: "treaty" | "obligation" | "vote" | "motion" | "achieved", value: string) => string;
  turn: (turn: number) => string;
  /** "orders 4 · messages 12 · memos 2" and the like. */
  participation: (p: { orders: number; messages: number; memos: number }) => string;
}

export const CSV_SECTIONS = [
  "participation",
  "score",
  "objective",
  "csi",
  "timeline",
  "treaty",
  "obligation",
  "vote",
  "sanctions",
  "memo",
] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

export interface CsvOptions {
  /**
   * The cell separator. French Excel (and most European locales) splits on ";", since ","
   * is their decimal mark; English Excel splits on ",".
   */
  delimiter: "," | ";";
  /** A UTF-8 byte-order mark first, so that Excel reads the accents right (default on). */
  bom?: boolean;
}

/**
 * The debrief as one CSV table for grading: a header, then a row per student's participation,
 * per power's score (powers without objectives left out), per objective, the collective
 * security index, per event, treaty, obligation, vote, sanctions and memo.
 */
export function debriefCsv(d: Debrief, l: CsvLabels, o: CsvOptions): string {
  const rows: (string | number)[][] = [[...l.columns]];
  const add = (s: CsvSection, ...cells: (string | number)[]) => rows.push([l.section(s), ...cells]);
  for (const p of d.participation)
    add(
      "participation",
      p.power ? l.power(p.power) : "",
      p.name,
      p.orders + p.messages + p.memos,
      l.participation(p),
    );
  const scored = Object.entries(d.scores).filter(([, s]) => s.max > 0);
  for (const [power, s] of scored)
    add("score", l.power(power), "", s.normalised, `${s.points}/${s.max}`);
  for (const [power, s] of scored)
    for (const x of s.objectives)
      add(
        "objective",
        l.power(power),
        l.objective(x.id),
        l.word("achieved", String(x.achieved)),
        "",
      );
  add("csi", "", "", d.csi.value, "");
  for (const r of d.timeline) {
    const fired = r.firedTurn === null ? "" : l.turn(r.firedTurn);
    add("timeline", "", l.event(r.event), l.divergence(r.divergence), `${r.note.date} / ${fired}`);
  }
  for (const t of d.treaties)
    add("treaty", t.parties.map(l.power).join(", "), t.name, l.word("treaty", t.status), "");
  for (const x of d.obligations)
    add(
      "obligation",
      l.power(x.power),
      x.treatyName,
      l.word("obligation", x.status),
      l.power(x.beneficiary),
    );
  for (const v of d.votes)
    for (const [power, vote] of Object.entries(v.votes))
      add(
        "vote",
        l.power(power),
        `${l.word("motion", v.kind)} — ${l.power(v.target)}`,
        l.word("vote", vote),
        l.turn(v.turn),
      );
  for (const s of d.sanctions)
    add(
      "sanctions",
      l.power(s.target),
      l.turn(s.since),
      s.lifted === null ? "" : l.turn(s.lifted),
      s.applying.map(l.power).join(", "),
    );
  for (const m of d.memos) add("memo", l.power(m.power), l.turn(m.turn), m.name, m.text);
  const body = rows
    .map((r) => r.map((c) => csvCell(c, o.delimiter)).join(o.delimiter))
    .join("\r\n");
  return `${o.bom === false ? "" : "\uFEFF"}${body}\r\n`;
}

function csvCell(v: string | number, delimiter: string): string {
  const s = String(v);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  const special = safe.includes(delimiter) || /[",\r\n]/.test(safe) || safe !== s;
  return special ? `"${safe.replace(/"/g, '""')}"` : safe;
}
