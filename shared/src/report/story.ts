import type { Ctx } from "../engine/context.ts";
import type { NewsItem, PowerId, RegionId, Treaty } from "../model/state.ts";
import type { Effect } from "../scenario/effects.ts";
import { describeEffects, type EffectLine } from "./effects.ts";
import { STORY_OF, type StoryKind } from "./kinds.ts";

/**
 * What happened in a half-year, told from what one seat may know: the resolution report.
 *
 * Built from the news items the engine emitted (the events of `apply`), as a seat's view keeps
 * them — so private intelligence of others, secret orders and hidden proposals never enter it.
 * Each line is a stable key with its facts (ids, numbers), translated by the client; the
 * crises' lines spell out what was chosen and what it did, from the scenario's own effects.
 */
export interface StoryLine {
  kind: StoryKind;
  /** The news key (`news.*`, `event.*`) whose sentence tells it. */
  key: string;
  params: Record<string, string | number>;
  /** Regions to show on the map ("see on the map"). */
  regions: RegionId[];
  /** Powers it is about. */
  powers: PowerId[];
  /** What a crisis choice, a branch or an event did. */
  effects: EffectLine[];
  /** How far it moved world tension. */
  tension: number;
  /** Private intelligence for this seat. */
  private: boolean;
}

export interface TensionStory {
  from: number;
  to: number;
  /** The items that moved tension, in order, with how far. */
  causes: StoryLine[];
  /** What moved tension for reasons this seat does not know (others' secret acts). */
  unexplained: number;
  /** The half-year's calm (tension eases each turn without incident). */
  calm: number;
}

/** A treaty whose term or notice ends soon: announced a turn ahead. */
export interface Lapse {
  treaty: string;
  name: string;
  /** The last half-year in which it is in force. */
  lastTurn: number;
  why: "term" | "notice";
}

export interface TurnStory {
  turn: number;
  lines: StoryLine[];
  /** The few lines that matter most, for the summary at the top. */
  headlines: StoryLine[];
  tension: TensionStory | undefined;
  lapses: Lapse[];
}

/** The parts of a state or a seat's view the story reads. */
export interface StorySource {
  turn: number;
  tension: number;
  news: readonly NewsItem[];
  treaties: Readonly<Record<string, Treaty>>;
}

const REGION_KEYS = ["region", "regions"] as const;
const POWER_KEYS = [
  "power",
  "victim",
  "aggressor",
  "target",
  "from",
  "to",
  "by",
  "conqueror",
  "loser",
  "government",
  "insurgent",
  "beneficiary",
  "proposer",
  "against",
] as const;

/** How many lines the summary at the top shows. */
export const HEADLINES = 8;

/** The story of `turn` as `source` (a seat's view, or the full state for a teacher) tells it. */
export function turnStory(source: StorySource, turn: number, ctx: Ctx): TurnStory {
  const items = source.news.filter((n) => n.turn === turn);
  const lines: StoryLine[] = [];
  let tension: TensionStory | undefined;
  let calm = 0;
  for (const n of items) {
    if (n.key === "news.tensionTurn") {
      calm = n.tension ?? 0;
      tension = {
        from: num(n.params["from"]),
        to: num(n.params["to"]),
        causes: [],
        unexplained: 0,
        calm,
      };
      continue;
    }
    const line = storyLine(n, ctx);
    if (line) lines.push(line);
  }
  if (tension) {
    tension.causes = lines.filter((l) => l.tension !== 0);
    const known = tension.causes.reduce((s, l) => s + l.tension, 0) + calm;
    tension.unexplained = round(tension.to - tension.from - known);
  }
  return {
    turn,
    lines,
    headlines: headlines(lines),
    tension,
    lapses: lapses(source, turn),
  };
}

/** One news item as a report line (undefined: not a thing the report tells). */
export function storyLine(n: NewsItem, ctx: Ctx): StoryLine | undefined {
  const kind: StoryKind | undefined = n.key.startsWith("event.") ? "crisis" : STORY_OF[n.key];
  if (!kind) return undefined;
  const effects = effectsOf(n, ctx);
  const regions = new Set<RegionId>();
  for (const k of REGION_KEYS) for (const r of list(n.params[k])) regions.add(r);
  for (const e of effects) for (const r of e.regions) regions.add(r);
  const powers = new Set<PowerId>();
  for (const k of POWER_KEYS) for (const p of list(n.params[k])) powers.add(p);
  return {
    kind: territoryOr(kind, effects),
    key: n.key,
    params: n.params,
    regions: [...regions].filter((r) => ctx.regions.has(r)),
    powers: [...powers].filter((p) => ctx.powers.has(p)),
    effects,
    tension: n.tension ?? 0,
    private: n.to !== undefined,
  };
}

/** A crisis whose effects move a frontier is told as a change of territory. */
function territoryOr(kind: StoryKind, effects: readonly EffectLine[]): StoryKind {
  return effects.some((e) => e.key === "effect.transfer" || e.key === "effect.civilWar")
    ? "territory"
    : kind;
}

/** What a crisis choice, a branch or a plain event did, from the scenario's data. */
function effectsOf(n: NewsItem, ctx: Ctx): EffectLine[] {
  const eventId = n.key.startsWith("event.") ? n.key.slice("event.".length) : n.params["event"];
  const ev = typeof eventId === "string" ? ctx.events.get(eventId) : undefined;
  if (!ev) return [];
  let effects: readonly Effect[] = [];
  if (n.key === "news.crisisChoice") {
    const role = ev.roles.find((r) => r.power === n.params["power"]);
    effects = role?.choices.find((c) => c.id === n.params["choice"])?.effects ?? [];
  } else if (n.key === "news.crisisBranch") {
    effects = ev.branches.find((b) => b.id === n.params["branch"])?.effects ?? [];
  } else if (n.key.startsWith("event.")) {
    effects = ev.effects;
  }
  return describeEffects(effects, ctx);
}

/** Crises, frontiers and wars first, then broken or honoured word, the League, the rest. */
const RANK: Readonly<Record<StoryKind, number>> = {
  territory: 0,
  war: 1,
  crisis: 2,
  obligation: 3,
  league: 4,
  treaty: 5,
  power: 6,
  tension: 7,
};

function headlines(lines: readonly StoryLine[]): StoryLine[] {
  return lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => !MINOR.has(l.key))
    .sort((a, b) => RANK[a.l.kind] - RANK[b.l.kind] || a.i - b.i)
    .slice(0, HEADLINES)
    .map(({ l }) => l);
}

/** Lines the newspaper keeps but the summary leaves out. */
const MINOR: ReadonlySet<string> = new Set([
  "news.treatyRatified",
  "news.treatySignature",
  "news.treatyProposed",
  "news.motionTabled",
  "news.conferenceInvitation",
  "news.intelligenceNothing",
]);

/** Treaties in force whose term or notice ends this half-year or the next. */
function lapses(source: StorySource, turn: number): Lapse[] {
  const out: Lapse[] = [];
  for (const t of Object.values(source.treaties)) {
    if (t.status !== "inForce") continue;
    if (t.denunciation && t.denunciation.effectiveTurn <= turn + 1) {
      out.push({
        treaty: t.id,
        name: t.name,
        lastTurn: t.denunciation.effectiveTurn,
        why: "notice",
      });
    } else if (t.duration !== undefined && t.inForceTurn !== undefined) {
      const lastTurn = t.inForceTurn + t.duration - 1;
      if (lastTurn <= turn + 1) out.push({ treaty: t.id, name: t.name, lastTurn, why: "term" });
    }
  }
  return out.sort((a, b) => a.lastTurn - b.lastTurn || a.treaty.localeCompare(b.treaty));
}

function list(v: string | number | undefined): string[] {
  return typeof v === "string" ? v.split(",").filter(Boolean) : [];
}

function num(v: string | number | undefined): number {
  return typeof v === "number" ? v : Number(v ?? 0);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
