import type { z } from "zod";
import { turnIndex } from "../core/calendar.ts";
import type { Effect } from "./effects.ts";
import type { EventDef, Premise } from "./events.ts";
import { ScenarioSchema, type Scenario } from "./schema.ts";
import { Checker, type ScenarioProblem } from "./checker.ts";
import { objectivesInPlay } from "./starts.ts";

/**
 * Cross-reference checks for scenario data: what zod cannot see (a region named in an event
 * that the map lacks, a choice that changes nothing, a flag no effect ever sets, a missing
 * translation). Used by `npm run scenario:check`, the server before it loads a scenario, and tests.
 * Every problem carries a path into the scenario, with ids in place of indices where known
 * (`events[munich].roles[2].power`), so an author can find it without a stack trace.
 */
export type { ScenarioProblem } from "./checker.ts";

/** Locale resources by language, then by namespace (`{ en: { events: {...}, powers: {...} } }`). */
export type LocaleBundle = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface ValidateOptions {
  /** Check that every key the scenario needs exists in every language given. */
  readonly locales?: LocaleBundle;
  /** Warn when a seat has fewer than 4 or more than 7 objectives, or points far from 100. */
  readonly seatObjectives?: boolean;
}

export type ScenarioValidation =
  | { ok: true; scenario: Scenario; warnings: ScenarioProblem[] }
  | { ok: false; problems: ScenarioProblem[]; warnings: ScenarioProblem[] };

const LISTS = ["powers", "regions", "treaties", "events", "objectives", "csi", "options"] as const;

/** Parse with the schema, then check every cross-reference. Never throws on bad data. */
export function validateScenario(
  input: unknown,
  options: ValidateOptions = {},
): ScenarioValidation {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: zodProblems(parsed.error, input), warnings: [] };
  }
  const { problems, warnings } = crossCheck(parsed.data, options);
  return problems.length === 0
    ? { ok: true, scenario: parsed.data, warnings }
    : { ok: false, problems, warnings };
}

function zodProblems(error: z.ZodError, input: unknown): ScenarioProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path as ReadonlyArray<PropertyKey>, input),
    message: issue.message,
  }));
}

/** `["events", 12, "roles", 0]` → `events[munich].roles[0]`, using the entry's id when it has one. */
export function formatPath(path: ReadonlyArray<PropertyKey>, root: unknown): string {
  let out = "";
  let node: unknown = root;
  for (const key of path) {
    const child: unknown =
      isRecord(node) || Array.isArray(node) ? (node as never)[key as never] : undefined;
    if (typeof key === "number") {
      const id = isRecord(child) && typeof child["id"] === "string" ? child["id"] : undefined;
      out += `[${id ?? key}]`;
    } else {
      out += out === "" ? String(key) : `.${String(key)}`;
    }
    node = child;
  }
  return out === "" ? "(scenario)" : out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

class ScenarioChecker extends Checker {
  event(e: EventDef): void {
    const path = `events[${e.id}]`;
    const [from, to, at] = [e.window.from, e.window.to, e.historicalTurn].map(turnIndex);
    this.turn(`${path}.window.from`, e.window.from);
    this.turn(`${path}.window.to`, e.window.to);
    this.turn(`${path}.historicalTurn`, e.historicalTurn);
    if (from !== undefined && to !== undefined && at !== undefined && !(from <= at && at <= to)) {
      this.fail(`${path}.historicalTurn`, "must lie inside the window");
    }
    if (e.requires) this.condition(`${path}.requires`, e.requires);
    if (e.trigger) this.condition(`${path}.trigger`, e.trigger);
    e.premise?.forEach((p, i) => {
      this.condition(`${path}.premise[${i}].when`, p.when);
      const wrong = premiseShapeError(p);
      if (wrong) this.fail(`${path}.premise[${i}]`, wrong);
    });
    this.unique(
      `${path}.roles`,
      e.roles.map((r) => r.power),
    );
    this.unique(
      `${path}.branches`,
      e.branches.map((b) => b.id),
    );
    e.roles.forEach((r, i) => {
      const rp = `${path}.roles[${i}]`;
      this.power(`${rp}.power`, r.power);
      this.unique(
        `${rp}.choices`,
        r.choices.map((c) => c.id),
      );
      const historical = r.choices.filter((c) => c.historical).length;
      if (historical !== 1)
        this.fail(`${rp}.choices`, `needs exactly one historical choice, has ${historical}`);
      for (const c of r.choices) {
        if (c.effects.every(isNoOp))
          this.fail(`${rp}.choices[${c.id}].effects`, "the choice has no effect");
      }
    });
    e.branches.forEach((b) => this.condition(`${path}.branches[${b.id}].when`, b.when));
    if (e.roles.length === 0 && e.effects.length === 0 && e.branches.length === 0) {
      this.fail(path, "the event does nothing: no effects, roles or branches");
    }
  }

  run(options: ValidateOptions): void {
    const s = this.s;
    this.unique(
      "powers",
      s.powers.map((p) => p.id),
    );
    this.unique(
      "regions",
      s.regions.map((r) => r.id),
    );
    this.unique(
      "treaties",
      s.treaties.map((t) => t.id),
    );
    this.unique(
      "events",
      s.events.map((e) => e.id),
    );
    this.unique(
      "objectives",
      s.objectives.map((o) => o.id),
    );
    this.unique(
      "csi",
      s.csi.map((c) => c.id),
    );
    this.unique(
      "options",
      s.options.map((o) => o.key),
    );
    this.turn("start", s.start);
    for (const p of s.powers) this.region(`powers[${p.id}].capital`, p.capital);
    for (const r of s.regions) {
      const path = `regions[${r.id}]`;
      if (r.owner !== undefined) this.power(`${path}.owner`, r.owner);
      if (r.controller !== undefined) this.power(`${path}.controller`, r.controller);
      r.claims.forEach((p, i) => this.power(`${path}.claims[${i}]`, p));
      r.adjacent.forEach((a, i) => {
        this.region(`${path}.adjacent[${i}]`, a);
        if (a === r.id) this.fail(`${path}.adjacent[${i}]`, "a region cannot border itself");
      });
    }
    for (const t of s.treaties) this.treaty(`treaties[${t.id}]`, t);
    s.wars.forEach((w, i) => {
      this.power(`wars[${i}].aggressor`, w.aggressor);
      this.power(`wars[${i}].victim`, w.victim);
    });
    for (const e of s.events) this.event(e);
    this.unique(
      "milestones",
      s.milestones.map((m) => m.id),
    );
    for (const m of s.milestones) {
      this.turn(`milestones[${m.id}].turn`, m.turn);
      this.condition(`milestones[${m.id}].when`, m.when);
    }
    if (s.inherited) this.inherited(s.inherited);
    this.collectEffects((path, e) => this.effect(path, e));
    for (const o of s.objectives) {
      this.power(`objectives[${o.id}].power`, o.power);
      this.condition(`objectives[${o.id}].condition`, o.condition);
      if (o.starts?.from) this.turn(`objectives[${o.id}].starts.from`, o.starts.from);
      if (o.starts?.until) this.turn(`objectives[${o.id}].starts.until`, o.starts.until);
    }
    for (const x of s.sanctions) {
      this.power(`sanctions[${x.id}].target`, x.target);
      [...x.applying, ...x.refusing].forEach((p) => this.power(`sanctions[${x.id}]`, p));
    }
    for (const c of s.csi) {
      if (c.condition) this.condition(`csi[${c.id}].condition`, c.condition);
      if (!c.condition && !c.measure) this.fail(`csi[${c.id}]`, "needs a measure or a condition");
    }
    for (const o of s.options) {
      this.unique(
        `options[${o.key}].values`,
        o.values.map((v) => v.value),
      );
      if (!o.values.some((v) => v.value === o.default)) {
        this.fail(`options[${o.key}].default`, `${o.default} is not one of its values`);
      }
    }
    if (options.seatObjectives) this.seatObjectives();
    if (options.locales) this.locales(options.locales);
  }

  /** A start point's inherited record names known events, fired before the start. */
  inherited(h: NonNullable<Scenario["inherited"]>): void {
    const start = turnIndex(this.s.start) ?? 0;
    for (const [event, label] of Object.entries(h.fired)) {
      const path = `inherited.fired[${event}]`;
      if (!this.events.has(event)) this.fail(path, `unknown event ${event}`);
      const turn = turnIndex(label);
      if (turn === undefined || turn >= start) this.fail(path, `${label} is not before the start`);
    }
    for (const [event, byPower] of Object.entries(h.choices)) {
      const ev = this.events.get(event);
      if (!ev) this.fail(`inherited.choices[${event}]`, `unknown event ${event}`);
      for (const [power, choice] of Object.entries(byPower)) {
        const path = `inherited.choices[${event}][${power}]`;
        this.power(path, power);
        const role = ev?.roles.find((r) => r.power === power);
        if (ev && !role?.choices.some((c) => c.id === choice))
          this.fail(path, `${choice} is not a choice of ${power} at ${event}`);
      }
    }
  }

  seatObjectives(): void {
    for (const p of this.s.powers) {
      if (p.seat === "minor") continue;
      const mine = objectivesInPlay(this.s).filter((o) => o.power === p.id);
      const points = mine.reduce((sum, o) => sum + o.points, 0);
      if (mine.length < 4 || mine.length > 7) {
        this.warnings.push({
          path: `objectives(${p.id})`,
          message: `${mine.length} objectives, want 4–7`,
        });
      }
      if (Math.abs(points - 100) > 10) {
        this.warnings.push({
          path: `objectives(${p.id})`,
          message: `${points} points, want about 100`,
        });
      }
    }
  }

  locales(bundle: LocaleBundle): void {
    const needed: Array<[string, string, string]> = [];
    for (const p of this.s.powers) needed.push([`powers[${p.id}]`, "powers", `${p.id}.name`]);
    for (const e of this.s.events) {
      const path = `events[${e.id}]`;
      needed.push(
        [path, "events", `event.${e.id}.headline`],
        [path, "events", `event.${e.id}.body`],
      );
      e.roles.forEach((r, i) => {
        for (const c of r.choices) {
          needed.push([
            `${path}.roles[${i}].choices[${c.id}]`,
            "events",
            `event.${e.id}.choice.${c.id}`,
          ]);
        }
      });
    }
    for (const o of this.s.objectives) {
      needed.push([`objectives[${o.id}]`, "objectives", `objective.${o.id}.name`]);
    }
    for (const c of this.s.csi) needed.push([`csi[${c.id}]`, "objectives", `csi.${c.id}.name`]);
    for (const [path, key] of this.newsKeys) needed.push([path, namespaceOf(key), key]);
    for (const lang of Object.keys(bundle).sort()) {
      const resources = bundle[lang] ?? {};
      for (const [path, ns, key] of needed) {
        const value = lookup(resources[ns], key);
        if (typeof value !== "string" || value.trim() === "") {
          this.fail(path, `missing translation ${lang}/${ns}.json: ${key}`);
        }
      }
    }
  }
}

function namespaceOf(key: string): string {
  if (key.startsWith("event.")) return "events";
  if (key.startsWith("objective.") || key.startsWith("csi.")) return "objectives";
  return key.split(".")[0] ?? key;
}

function lookup(resource: unknown, key: string): unknown {
  let node = resource;
  for (const part of key.split(".")) node = isRecord(node) ? node[part] : undefined;
  return node;
}

/** An effect that changes nothing: a choice made only of these offers no real choice. */
function isNoOp(e: Effect): boolean {
  if ("tension" in e) return e.tension === 0;
  if ("figure" in e) return e.figure.delta === 0;
  if ("fortify" in e) return e.fortify.delta === 0;
  return false;
}

/** The cross-reference checks alone, on a scenario the schema has already accepted. */
export function crossCheck(
  scenario: Scenario,
  options: ValidateOptions = {},
): { problems: ScenarioProblem[]; warnings: ScenarioProblem[] } {
  const checker = new ScenarioChecker(scenario);
  checker.run(options);
  return { problems: checker.problems, warnings: checker.warnings };
}

/** The lists a scenario holds, for a one-line summary per list. */
export function scenarioCounts(s: Scenario): Record<(typeof LISTS)[number], number> {
  return Object.fromEntries(LISTS.map((k) => [k, s[k].length])) as Record<
    (typeof LISTS)[number],
    number
  >;
}

/**
 * An explicit premise reads one shape per lapse, so that its line can name what failed (the
 * treaty in force, the power and region, the pair at war, the state gone: events/premise.ts).
 */
export function premiseShapeError(p: Premise): string | undefined {
  const c = p.when;
  const shapes: Readonly<Record<Premise["lapse"], [boolean, string]>> = {
    treaty: ["not" in c && "treatyInForce" in c.not, "{ not: { treatyInForce } }"],
    territory: ["owns" in c || "controls" in c, "{ owns } or { controls }"],
    atWar: ["not" in c && "atWar" in c.not, "{ not: { atWar } }"],
    gone: ["alive" in c, "{ alive }"],
  };
  const [ok, shape] = shapes[p.lapse];
  return ok ? undefined : `a premise that lapses as "${p.lapse}" must read ${shape}`;
}
