import type { Scenario } from "../scenario/schema.ts";
import { findings, type Finding, type MatchRecord, type StartForces } from "./findings.ts";
import type { Article, Charter, ElementId, Lesson } from "./schema.ts";

/**
 * "What the Charter changed" (issue 17): for each failure or success this match's record
 * shows, the Charter's answer — the lesson, its articles quoted, the source. Pure data; the
 * final report and the printed debrief put it in words (en/fr).
 */
export interface EpilogueLine {
  readonly lesson: string;
  readonly element: ElementId;
  /** What this match showed: a signal of findings.ts with the turn and names it gives. */
  readonly finding: Finding;
  readonly articles: readonly Article[];
  readonly example?: Charter["examples"][number] | undefined;
}

export interface Epilogue {
  readonly lines: readonly EpilogueLine[];
  /** The four elements, each with its articles, for the handout. */
  readonly elements: readonly { id: ElementId; articles: readonly Article[] }[];
  readonly source: Charter["source"];
}

/** What each power had when the match began: forces, League membership, regions. */
export function startForces(scenario: Pick<Scenario, "powers" | "regions">): StartForces {
  return {
    powers: Object.fromEntries(
      scenario.powers.map((p) => [
        p.id,
        { army: p.army, air: p.air, navy: p.navy, member: p.league.member },
      ]),
    ),
    owners: Object.fromEntries(scenario.regions.map((r) => [r.id, r.owner ?? null])),
  };
}

export function buildEpilogue(record: MatchRecord, start: StartForces, charter: Charter): Epilogue {
  return epilogueOf(findings(record, start), charter);
}

/** The epilogue of findings already drawn (the debrief carries them, the page adds words). */
export function epilogueOf(found: readonly Finding[], charter: Charter): Epilogue {
  const byId = new Map(charter.articles.map((a) => [a.id, a]));
  const cited = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const lessonOf = new Map<string, Lesson>();
  for (const l of charter.lessons) for (const s of l.signals) lessonOf.set(s, l);
  const lines: EpilogueLine[] = [];
  for (const f of found) {
    const l = lessonOf.get(f.signal);
    if (!l) continue;
    lines.push({
      lesson: l.id,
      element: l.element,
      finding: f,
      articles: cited(l.articles),
      example: charter.examples.find((e) => e.id === l.example),
    });
  }
  // In the order of the lessons (the data's), then of the match's calendar.
  const order = new Map(charter.lessons.map((l, i) => [l.id, i]));
  lines.sort(
    (a, b) =>
      (order.get(a.lesson) ?? 0) - (order.get(b.lesson) ?? 0) || a.finding.turn - b.finding.turn,
  );
  return {
    lines,
    elements: charter.elements.map((e) => ({ id: e.id, articles: cited(e.articles) })),
    source: charter.source,
  };
}
