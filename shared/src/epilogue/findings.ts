import { FIRST_YEAR } from "../core/calendar.ts";
import type { GameState, PowerId, Treaty } from "../model/state.ts";
import type { Signal } from "./schema.ts";

/**
 * What a match's record shows, as facts the epilogue can name (issue 17). Pure: reads the
 * record (the omniscient state, or the view every seat gets once the match is over), never
 * the scenario's story. Each finding carries the turn and the powers, treaties and figures
 * its sentence names; the words are the client's, in its language.
 */
export type Params = Record<string, string | number | string[]>;

export interface Finding {
  readonly signal: Signal;
  readonly turn: number;
  readonly params: Params;
}

/** The parts of a record the findings read: a GameState or a finished match's view. */
export type MatchRecord = Pick<
  GameState,
  | "turn"
  | "treaties"
  | "motions"
  | "sanctions"
  | "obligations"
  | "aggressions"
  | "news"
  | "wars"
  | "regions"
> & {
  readonly powers: Readonly<
    Record<
      PowerId,
      { army: number; air: number; navy: number; alive: boolean; league: { member: boolean } }
    >
  >;
};

/** What the match began with (the scenario's figures): each power's forces and membership. */
export interface StartForces {
  readonly powers: Readonly<
    Record<PowerId, { army: number; air: number; navy: number; member: boolean }>
  >;
  /** Each region's owner at the start. */
  readonly owners: Readonly<Record<string, PowerId | null>>;
}

export const yearOf = (turn: number): number => FIRST_YEAR + Math.floor(turn / 2);

const FORCE_KINDS = new Set(["war", "attack", "occupation"]);
const ASSISTANCE = new Set(["mutualAssistance", "guarantee", "militaryConvention"]);
const ENDED_BADLY = new Set(["violated", "denounced"]);
/** A pact of a few neighbours, not a settlement of all Europe (Versailles, Kellogg–Briand). */
const REGIONAL_MAX_PARTIES = 5;
/** A rise in forces (army, air and navy together) that reads as rearmament. */
const REARMAMENT = 15;

export function findings(record: MatchRecord, start: StartForces): Finding[] {
  return [
    ...aggressions(record),
    ...leftLeague(record, start),
    ...yielded(record, start),
    ...unanswered(record),
    ...council(record),
    ...reach(record),
    ...passage(record),
    ...sanctions(record),
    ...awaitedFinding(record),
    ...regional(record),
    ...rearmament(record, start),
  ];
}

const at = (turn: number, signal: Signal, params: Params): Finding => ({
  signal,
  turn,
  params: { year: yearOf(turn), ...params },
});

function aggressions(r: MatchRecord): Finding[] {
  const list = Object.values(r.aggressions)
    .filter((a) => FORCE_KINDS.has(a.kind))
    .sort((a, b) => a.turn - b.turn);
  const first = list[0];
  if (!first) return [];
  return [
    at(first.turn, "aggression", {
      aggressor: first.aggressor,
      victim: first.victim,
      resisted: first.resisted === true ? "yes" : first.resisted === false ? "no" : "unknown",
      count: list.length,
    }),
  ];
}

/** Members of the League at the start that were out of it at the end. */
function leftLeague(r: MatchRecord, start: StartForces): Finding[] {
  const left = Object.entries(start.powers)
    .filter(([id, p]) => p.member && r.powers[id]?.league.member === false && r.powers[id].alive)
    .map(([id]) => id)
    .sort();
  if (left.length === 0) return [];
  return [at(r.turn, "leftLeague", { powers: left, count: left.length })];
}

/** Regions that changed hands between two powers never at war with each other. */
function yielded(r: MatchRecord, start: StartForces): Finding[] {
  const fought = (a: string, b: string) =>
    Object.values(r.wars).some(
      (w) =>
        (w.sides[0].includes(a) && w.sides[1].includes(b)) ||
        (w.sides[0].includes(b) && w.sides[1].includes(a)),
    );
  const losers = new Map<string, { to: Set<string>; regions: string[] }>();
  for (const [id, region] of Object.entries(r.regions)) {
    const before = start.owners[id];
    const after = region.owner;
    if (!before || !after || before === after || fought(before, after)) continue;
    const entry = losers.get(before) ?? { to: new Set<string>(), regions: [] };
    entry.to.add(after);
    entry.regions.push(id);
    losers.set(before, entry);
  }
  const first = [...losers.entries()].sort(
    (a, b) => b[1].regions.length - a[1].regions.length || (a[0] < b[0] ? -1 : 1),
  )[0];
  if (!first) return [];
  const [loser, { to, regions }] = first;
  return [
    at(r.turn, "territoryYielded", {
      loser,
      to: [...to].sort(),
      regions: regions.sort(),
      count: losers.size,
    }),
  ];
}

/** Acts of force the League answered neither by a finding nor by sanctions. */
function unanswered(r: MatchRecord): Finding[] {
  const answered = (aggressor: string) =>
    Object.values(r.sanctions).some((s) => s.target === aggressor) ||
    Object.values(r.motions).some(
      (m) => m.target === aggressor && m.status === "passed" && m.kind !== "admit",
    );
  const list = Object.values(r.aggressions)
    .filter((a) => FORCE_KINDS.has(a.kind) && !answered(a.aggressor))
    .sort((a, b) => a.turn - b.turn);
  const first = list[0];
  if (!first) return [];
  return [
    at(first.turn, "unanswered", {
      aggressor: first.aggressor,
      victim: first.victim,
      count: list.length,
    }),
  ];
}

function council(r: MatchRecord): Finding[] {
  const motions = Object.values(r.motions)
    .filter((m) => m.kind === "condemn" || m.kind === "sanctions" || m.kind === "oilEmbargo")
    .filter((m) => m.body === "council")
    .sort((a, b) => a.turn - b.turn);
  const out: Finding[] = [];
  const failed = motions.find((m) => m.status === "failed");
  if (failed) {
    const no = Object.entries(failed.votes)
      .filter(([, v]) => v === "no")
      .map(([p]) => p)
      .sort();
    out.push(
      at(failed.turn, "councilBlocked", {
        kind: failed.kind,
        body: failed.body,
        target: failed.target,
        no,
      }),
    );
  }
  const passed = motions.find((m) => m.status === "passed");
  if (passed) {
    out.push(at(passed.turn, "councilActed", { kind: passed.kind, target: passed.target }));
  }
  return out;
}

/** Obligations whose forces could not reach the victim, with who refused passage by then. */
function reach(r: MatchRecord): Finding[] {
  const blocked = Object.values(r.obligations)
    .filter((o) => !o.reachable)
    .map((o) => ({ o, turn: r.aggressions[o.aggression]?.turn ?? r.turn }))
    .sort((a, b) => a.turn - b.turn || (a.o.power < b.o.power ? -1 : 1));
  const first = blocked[0];
  if (!first) return [];
  const helper = first.o.power;
  const refusers = [
    ...new Set(
      r.news
        .filter(
          (n) =>
            n.key === "news.accessRefused" && n.params["to"] === helper && n.turn <= first.turn,
        )
        .map((n) => String(n.params["by"])),
    ),
  ].sort();
  return [
    at(first.turn, "helpCouldNotReach", {
      helper,
      victim: first.o.beneficiary,
      refusers,
      count: blocked.length,
    }),
  ];
}

function passage(r: MatchRecord): Finding[] {
  const grants: { t: Treaty; grantor: string; grantee: string }[] = [];
  for (const t of Object.values(r.treaties)) {
    if (t.signedTurn === undefined || t.status === "proposed") continue;
    for (const c of t.clauses)
      if (c.kind === "militaryAccess") grants.push({ t, grantor: c.grantor, grantee: c.grantee });
  }
  grants.sort((a, b) => (a.t.signedTurn ?? 0) - (b.t.signedTurn ?? 0));
  const first = grants[0];
  if (!first) return [];
  return [
    at(first.t.signedTurn ?? r.turn, "passageGranted", {
      grantor: first.grantor,
      grantee: first.grantee,
      treaty: first.t.name,
    }),
  ];
}

function sanctions(r: MatchRecord): Finding[] {
  const all = Object.values(r.sanctions).sort((a, b) => a.since - b.since);
  const out: Finding[] = [];
  const dry = all.find((s) => !s.oil && !all.some((x) => x.oil && x.target === s.target));
  if (dry) {
    out.push(
      at(dry.since, "sanctionsWithoutOil", {
        target: dry.target,
        applying: [...dry.applying].sort(),
        refusing: [...dry.refusing].sort(),
      }),
    );
  }
  const oil = all.find((s) => s.oil);
  if (oil) out.push(at(oil.since, "oilEmbargo", { target: oil.target }));
  return out;
}

/** Help promised only once the League had found an aggressor, and no finding came. */
function awaitedFinding(r: MatchRecord): Finding[] {
  const waiting = Object.values(r.obligations)
    .filter((o) => o.status === "pending" && o.reason === "awaitingLeagueFinding")
    .map((o) => ({ o, turn: r.aggressions[o.aggression]?.turn ?? r.turn }))
    .sort((a, b) => a.turn - b.turn || (a.o.power < b.o.power ? -1 : 1));
  const first = waiting[0];
  if (!first) return [];
  return [
    at(first.turn, "awaitedFinding", {
      power: first.o.power,
      beneficiary: first.o.beneficiary,
      treaty: r.treaties[first.o.treaty]?.name ?? first.o.treaty,
      count: waiting.length,
    }),
  ];
}

/** Assistance pacts among a few neighbours: each its own system, under no common frame. */
function regional(r: MatchRecord): Finding[] {
  const pacts = Object.values(r.treaties)
    .filter(
      (t) =>
        t.signedTurn !== undefined &&
        t.status !== "proposed" &&
        t.parties.length >= 2 &&
        t.parties.length <= REGIONAL_MAX_PARTIES &&
        t.clauses.some((c) => ASSISTANCE.has(c.kind)),
    )
    .sort(
      (a, b) => (a.signedOn ?? "").localeCompare(b.signedOn ?? "") || a.name.localeCompare(b.name),
    );
  if (pacts.length === 0) return [];
  const broken = pacts.filter((t) => ENDED_BADLY.has(t.status));
  return [
    at(r.turn, "regionalPacts", {
      count: pacts.length,
      names: pacts.slice(0, 3).map((t) => t.name),
      broken: broken.length,
      brokenNames: broken.slice(0, 2).map((t) => t.name),
    }),
  ];
}

function rearmament(r: MatchRecord, start: StartForces): Finding[] {
  let best: { power: string; from: number; to: number } | undefined;
  for (const [power, p] of Object.entries(r.powers)) {
    const s = start.powers[power];
    if (!s) continue;
    const from = s.army + s.air + s.navy;
    const to = p.army + p.air + p.navy;
    if (
      to - from >= REARMAMENT &&
      (!best ||
        to - from > best.to - best.from ||
        (to - from === best.to - best.from && power < best.power))
    )
      best = { power, from, to };
  }
  if (!best) return [];
  const others = Object.entries(r.powers).filter(([power, p]) => {
    const s = start.powers[power];
    return (
      s && power !== best.power && p.army + p.air + p.navy - (s.army + s.air + s.navy) >= REARMAMENT
    );
  }).length;
  return [at(r.turn, "rearmament", { ...best, others })];
}
