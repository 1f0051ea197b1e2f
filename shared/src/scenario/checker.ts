import { turnIndex } from "../core/calendar.ts";
import type { Clause, TreatyDraft } from "../treaties/clauses.ts";
import { namedAggressors } from "../treaties/terms.ts";
import type { Condition } from "./conditions.ts";
import type { Effect } from "./effects.ts";
import type { EventDef } from "./events.ts";
import type { Scenario } from "./schema.ts";

export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The reference checks every part of a scenario shares: known powers, regions and turns,
 * conditions, effects, treaties and clauses. validate.ts adds the checks of whole lists
 * (events, objectives, locales) on top.
 */
export class Checker {
  readonly problems: ScenarioProblem[] = [];
  readonly warnings: ScenarioProblem[] = [];
  readonly powers: Set<string>;
  readonly regions: Set<string>;
  readonly events: Map<string, EventDef>;
  readonly flags = new Set<string>();
  readonly conflicts = new Set<string>();
  /** Treaty ids of the scenario and keys of the treaties its events make. */
  readonly treatyKeys = new Set<string>();
  readonly newsKeys: Array<[string, string]> = [];

  readonly s: Scenario;

  constructor(s: Scenario) {
    this.s = s;
    this.powers = new Set(s.powers.map((p) => p.id));
    this.regions = new Set(s.regions.map((r) => r.id));
    this.events = new Map(s.events.map((e) => [e.id, e]));
    for (const f of s.flags) this.flags.add(f);
    for (const o of s.options) for (const v of o.values) for (const f of v.flags) this.flags.add(f);
    for (const t of s.treaties) this.treatyKeys.add(t.id);
    this.collectEffects((_path, e) => {
      if ("treaty" in e && e.key !== undefined) this.treatyKeys.add(e.key);
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

  treatyKey(path: string, key: string): void {
    if (!this.treatyKeys.has(key)) this.fail(path, `no treaty or event treaty ${key}`);
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
    if ("reaches" in c) {
      this.power(`${path}.reaches.from`, c.reaches.from);
      this.power(`${path}.reaches.to`, c.reaches.to);
      return;
    }
    if ("outmatches" in c) {
      this.power(`${path}.outmatches.power`, c.outmatches.power);
      this.power(`${path}.outmatches.than`, c.outmatches.than);
      return;
    }
    if ("trustBelow" in c) {
      this.power(`${path}.trustBelow.of`, c.trustBelow.of);
      this.power(`${path}.trustBelow.in`, c.trustBelow.in);
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
    if ("remilitarise" in e) {
      this.power(`${path}.remilitarise.power`, e.remilitarise.power);
      e.remilitarise.regions.forEach((r, i) =>
        this.region(`${path}.remilitarise.regions[${i}]`, r),
      );
      return;
    }
    if ("violate" in e) {
      this.treatyKey(`${path}.violate.treaty`, e.violate.treaty);
      return this.power(`${path}.violate.by`, e.violate.by);
    }
    if ("accede" in e) {
      this.treatyKey(`${path}.accede.treaty`, e.accede.treaty);
      return this.power(`${path}.accede.power`, e.accede.power);
    }
    if ("denounce" in e) {
      this.treatyKey(`${path}.denounce.treaty`, e.denounce.treaty);
      return this.power(`${path}.denounce.by`, e.denounce.by);
    }
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
    if ("endCivilWar" in e) {
      this.power(`${path}.endCivilWar.winner`, e.endCivilWar.winner);
      if (!this.conflicts.has(e.endCivilWar.id)) {
        this.fail(`${path}.endCivilWar.id`, `no civil war ${e.endCivilWar.id} starts`);
      }
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
    t.clauses.forEach((c, i) => {
      if (c.kind !== "qualifies") return;
      const target = t.clauses[c.clause];
      if (c.clause === i || (target?.kind !== "mutualAssistance" && target?.kind !== "guarantee"))
        this.fail(`${path}.clauses[${i}].clause`, "must name an assistance clause of this treaty");
    });
    if (t.entry?.on !== undefined) this.turn(`${path}.entry.on`, t.entry.on);
    if (t.entry?.when !== undefined) this.condition(`${path}.entry.when`, t.entry.when);
  }

  clause(path: string, c: Clause, parties: readonly string[]): void {
    const party = (p: string, field: string) => {
      this.power(`${path}.${field}`, p);
      if (this.powers.has(p) && !parties.includes(p))
        this.fail(`${path}.${field}`, `${p} is not a party`);
    };
    const regions = (list: readonly string[], field: string) =>
      list.forEach((r, i) => this.region(`${path}.${field}[${i}]`, r));
    if ("against" in c && c.against !== undefined)
      namedAggressors(c.against).forEach((p, i) => this.power(`${path}.against[${i}]`, p));
    if ("territory" in c && Array.isArray(c.territory)) regions(c.territory, "territory");
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
      case "arbitration":
        c.arbiters.forEach((a, i) => party(a, `arbiters[${i}]`));
        party(c.claimant, "claimant");
        party(c.holder, "holder");
        regions(c.regions, "regions");
        if (c.arbiters.includes(c.claimant) || c.arbiters.includes(c.holder))
          this.fail(path, "a state in the dispute cannot arbitrate it");
        break;
      case "accession":
        this.treatyKey(`${path}.treaty`, c.treaty);
        this.power(`${path}.power`, c.power);
        break;
      default:
        break;
    }
  }
}
