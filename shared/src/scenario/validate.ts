import type { z } from "zod";
import { turnIndex } from "../core/calendar.ts";
import type { Clause, TreatyDraft } from "../treaties/clauses.ts";
import type { Condition } from "./conditions.ts";
import type { Effect } from "./effects.ts";
import type { EventDef } from "./events.ts";
import { ScenarioSchema, type Scenario } from "./schema.ts";

/**
 * Cross-reference checks for scenario data: what zod cannot see (a region named in an event
 * that the map lacks, a choice that changes nothing, a flag no effect ever sets, a missing
 * translation). Used by `npm run scenario:check`, the server before it loads a scenario, and tests.
 * Every problem carries a path into the scenario, with ids in place of indices where known
 * (`events[munich].roles[2].power`), so an author can find it without a stack trace.
 */
export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

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
    const child = isRecord(node) || Array.isArray(node) ? (node as never)[key as never] : undefined;
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

class Checker {
  readonly problems: ScenarioProblem[] = [];
  readonly warnings: ScenarioProblem[] = [];
  readonly powers: Set<string>;
  readonly regions: Set<string>;
  readonly events: Map<string, EventDef>;
  readonly flags = new Set<string>();
  readonly conflicts = new Set<string>();
  readonly newsKeys: Array<[string, string]> = [];

  readonly s: Scenario;

  constructor(s: Scenario) {
    this.s = s;
    this.powers = new Set(s.powers.map((p) => p.id));
    this.regions = new Set(s.regions.map((r) => r.id));
    this.events = new Map(s.events.map((e) => [e.id, e]));
    for (const f of s.flags) this.flags.add(f);
    for (const o of s.options) for (const v of o.values) for (const f of v.flags) this.flags.add(f);
    this.collectEffects((_path, e) => {
      if ("setFlag" in e) this.flags.add(e.setFlag);
      if ("civilWar" in e) this.conflicts.add(e.civilWar.id);
    });
  }

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  power(path: string, id: string): void {
    if (!this.powers.has(id)) this.fail(path, `unknown power ${id}`);
  }

  region(path: string, id: string): void {
    if (!this.regions.has(id)) this.fail(path, `unknown region ${id}`);
  }

  turn(path: string, label: string): void {
    if (turnIndex(label) === undefined) this.fail(path, `${label} is not a turn of the game`);
  }

  unique(list: string, ids: readonly string[]): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(`${list}[${id}]`, `duplicate id ${id}`);
      seen.add(id);
    }
  }

  /** Every effect list of the scenario, with its path. */
  collectEffects(visit: (path: string, e: Effect) => void): void {
    const each = (path: string, list: readonly Effect[]) =>
      list.forEach((e, i) => visit(`${path}[${i}]`, e));
    for (const e of this.s.events) {
      each(`events[${e.id}].effects`, e.effects);
      e.roles.forEach((r, i) =>
        r.choices.forEach((c) =>
          each(`events[${e.id}].roles[${i}].choices[${c.id}].effects`, c.effects),
        ),
      );
      e.branches.forEach((b) => each(`events[${e.id}].branches[${b.id}].effects`, b.effects));
    }
    for (const o of this.s.options) {
      for (const v of o.values) each(`options[${o.key}].values[${v.value}].effects`, v.effects);
    }
  }

  condition(path: string, c: Condition): void {
    if ("all" in c) return c.all.forEach((x, i) => this.condition(`${path}.all[${i}]`, x));
    if ("any" in c) return c.any.forEach((x, i) => this.condition(`${path}.any[${i}]`, x));
    if ("not" in c) return this.condition(`${path}.not`, c.not);
    if ("turnAtLeast" in c) return this.turn(`${path}.turnAtLeast`, c.turnAtLeast);
    if ("turnAtMost" in c) return this.turn(`${path}.turnAtMost`, c.turnAtMost);
    if ("flag" in c) {
      if (!this.flags.has(c.flag)) this.fail(`${path}.flag`, `no effect or option sets ${c.flag}`);
      return;
    }
    if ("eventFired" in c) {
      if (!this.events.has(c.eventFired))
        this.fail(`${path}.eventFired`, `unknown event ${c.eventFired}`);
      return;
    }
    if ("choiceMade" in c) return this.choiceMade(`${path}.choiceMade`, c.choiceMade);
    if ("controls" in c) return this.powerRegion(`${path}.controls`, c.controls);
    if ("owns" in c) return this.powerRegion(`${path}.owns`, c.owns);
    if ("demilitarised" in c) return this.region(`${path}.demilitarised`, c.demilitarised);
    if ("leagueMember" in c) return this.power(`${path}.leagueMember`, c.leagueMember);
    if ("atWar" in c) {
      c.atWar.forEach((p, i) => this.power(`${path}.atWar[${i}]`, p));
      return;
    }
    if ("atWarAny" in c) return this.power(`${path}.atWarAny`, c.atWarAny);
    if ("alive" in c) return this.power(`${path}.alive`, c.alive);
    if ("noForeignTroops" in c) return this.power(`${path}.noForeignTroops`, c.noForeignTroops);
    if ("figureAtLeast" in c)
      return this.power(`${path}.figureAtLeast.power`, c.figureAtLeast.power);
    if ("treatyInForce" in c) {
      c.treatyInForce.parties.forEach((p, i) =>
        this.power(`${path}.treatyInForce.parties[${i}]`, p),
      );
      return;
    }
    if ("effectiveAssistance" in c) {
      this.power(`${path}.effectiveAssistance.from`, c.effectiveAssistance.from);
      this.power(`${path}.effectiveAssistance.to`, c.effectiveAssistance.to);
      return;
    }
    if ("obligationsBroken" in c)
      this.power(`${path}.obligationsBroken.power`, c.obligationsBroken.power);
  }

  powerRegion(path: string, x: { power: string; region: string }): void {
    this.power(`${path}.power`, x.power);
    this.region(`${path}.region`, x.region);
  }

  choiceMade(path: string, x: { event: string; power: string; choice: string }): void {
    const event = this.events.get(x.event);
    if (!event) return this.fail(`${path}.event`, `unknown event ${x.event}`);
    const role = event.roles.find((r) => r.power === x.power);
    if (!role) return this.fail(`${path}.power`, `${x.power} has no role in ${x.event}`);
    if (!role.choices.some((ch) => ch.id === x.choice)) {
      this.fail(`${path}.choice`, `${x.power} has no choice ${x.choice} in ${x.event}`);
    }
  }

  effect(path: string, e: Effect): void {
    if ("figure" in e) return this.power(`${path}.figure.power`, e.figure.power);
    if ("transfer" in e) {
      e.transfer.regions.forEach((r, i) => this.region(`${path}.transfer.regions[${i}]`, r));
      return this.power(`${path}.transfer.to`, e.transfer.to);
    }
    if ("demilitarise" in e)
      return this.region(`${path}.demilitarise.region`, e.demilitarise.region);
    if ("fortify" in e) return this.region(`${path}.fortify.region`, e.fortify.region);
    if ("joinLeague" in e) return this.power(`${path}.joinLeague`, e.joinLeague);
    if ("leaveLeague" in e) return this.power(`${path}.leaveLeague`, e.leaveLeague);
    if ("councilSeat" in e) return this.power(`${path}.councilSeat.power`, e.councilSeat.power);
    if ("treaty" in e) return this.treaty(`${path}.treaty`, e.treaty);
    if ("aggression" in e) {
      const a = e.aggression;
      this.power(`${path}.aggression.aggressor`, a.aggressor);
      this.power(`${path}.aggression.victim`, a.victim);
      if (a.aggressor === a.victim) this.fail(`${path}.aggression`, "a state cannot attack itself");
      a.regions.forEach((r, i) => this.region(`${path}.aggression.regions[${i}]`, r));
      return;
    }
    if ("civilWar" in e) {
      this.power(`${path}.civilWar.government`, e.civilWar.government);
      this.power(`${path}.civilWar.insurgent`, e.civilWar.insurgent);
      e.civilWar.regions.forEach((r, i) => this.region(`${path}.civilWar.regions[${i}]`, r));
      return;
    }
    if ("sanctions" in e) return this.power(`${path}.sanctions.target`, e.sanctions.target);
    if ("clearFlag" in e) return; // clearing a flag that is not set is harmless
    if ("news" in e) {
      this.newsKeys.push([`${path}.news.key`, e.news.key]);
      e.news.to?.forEach((p, i) => this.power(`${path}.news.to[${i}]`, p));
    }
  }

  treaty(path: string, t: TreatyDraft): void {
    t.parties.forEach((p, i) => this.power(`${path}.parties[${i}]`, p));
    if (new Set(t.parties).size !== t.parties.length)
      this.fail(`${path}.parties`, "a party is named twice");
    t.clauses.forEach((c, i) => this.clause(`${path}.clauses[${i}]`, c, t.parties));
  }

  clause(path: string, c: Clause, parties: readonly string[]): void {
    const party = (p: string, field: string) => {
      this.power(`${path}.${field}`, p);
      if (this.powers.has(p) && !parties.includes(p))
        this.fail(`${path}.${field}`, `${p} is not a party`);
    };
    const regions = (list: readonly string[], field: string) =>
      list.forEach((r, i) => this.region(`${path}.${field}[${i}]`, r));
    if ("against" in c && c.against !== "any") this.power(`${path}.against`, c.against);
    if ("conditions" in c) {
      c.conditions.forEach((k, i) => {
        if (k.kind === "thirdPartyActs") this.power(`${path}.conditions[${i}].power`, k.power);
      });
    }
    switch (c.kind) {
      case "mutualAssistance":
        if (parties.length < 2) this.fail(path, "mutual assistance needs two parties");
        break;
      case "guarantee":
        c.guarantors.forEach((g, i) => party(g, `guarantors[${i}]`));
        this.power(`${path}.beneficiary`, c.beneficiary);
        break;
      case "militaryAccess":
        party(c.grantor, "grantor");
        this.power(`${path}.grantee`, c.grantee);
        regions(c.regions, "regions");
        break;
      case "spheres":
        c.spheres.forEach((x, i) => {
          this.power(`${path}.spheres[${i}].power`, x.power);
          regions(x.regions, `spheres[${i}].regions`);
        });
        break;
      case "territorialTransfer":
        regions(c.regions, "regions");
        this.power(`${path}.from`, c.from);
        this.power(`${path}.to`, c.to);
        if (c.from === c.to) this.fail(path, "a transfer needs two different states");
        if (c.on !== undefined) this.turn(`${path}.on`, c.on);
        break;
      case "demilitarisation":
        regions(c.regions, "regions");
        break;
      case "navalLimitation":
        party(c.limited, "limited");
        party(c.relativeTo, "relativeTo");
        break;
      case "nonIntervention":
        if (!this.conflicts.has(c.conflict)) {
          this.fail(`${path}.conflict`, `no civil war ${c.conflict} in the scenario`);
        }
        break;
      case "recognition":
        this.power(`${path}.government`, c.government);
        regions(c.regions, "regions");
        break;
      default:
        break;
    }
  }

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
    this.collectEffects((path, e) => this.effect(path, e));
    for (const o of s.objectives) {
      this.power(`objectives[${o.id}].power`, o.power);
      this.condition(`objectives[${o.id}].condition`, o.condition);
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

  seatObjectives(): void {
    for (const p of this.s.powers) {
      if (p.seat === "minor") continue;
      const mine = this.s.objectives.filter((o) => o.power === p.id);
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
  const checker = new Checker(scenario);
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
