import { turnIndex } from "../core/calendar.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import { openDecision, type DecisionResolver } from "../engine/decisions.ts";
import { holds } from "../events/conditions.ts";
import type { GameState, PowerId, Treaty } from "../model/state.ts";

/*
 * Entry into force and what it sets going: a date or a condition the treaty waits for, an
 * accession protocol that makes a new party, an arbitration whose arbiters must award.
 */

/** Whether a ratified treaty's own terms let it enter into force now. */
export function entryReached(state: GameState, ctx: Ctx, t: Treaty): boolean {
  const on = t.entry?.on === undefined ? undefined : turnIndex(t.entry.on);
  if (on !== undefined && state.turn < on) return false;
  const when = t.entry?.when;
  return when === undefined || holds(state, ctx, when);
}

/** The ratification delay of a power: the scenario's per-power figure, else its government's. */
export function ratificationDelay(ctx: Ctx, power: PowerId): number {
  const rules = ctx.scenario.rules;
  const own = rules.ratificationDelayFor[power];
  if (own !== undefined) return own;
  return rules.ratificationDelay[ctx.powers.get(power)?.government ?? "democracy"];
}

/** A treaty goes on without a party that leaves or disappears only where its text says so. */
export function survivesWithout(t: Treaty, power: PowerId): boolean {
  return t.ends?.onPartyGone === "survives" && t.parties.filter((p) => p !== power).length >= 2;
}

/** A treaty has just entered into force: accessions take effect, arbiters are seized. */
export function enterIntoForce(d: Draft, _ctx: Ctx, id: string): void {
  const t = d.s.treaties[id];
  if (!t) return;
  t.clauses.forEach((c, index) => {
    if (c.kind === "accession") accede(d, c.treaty, c.power, c.part);
    if (c.kind === "arbitration") {
      for (const arbiter of c.arbiters) {
        if (!d.s.powers[arbiter]?.alive) continue;
        openDecision(d, {
          kind: "award",
          power: arbiter,
          ref: `${id}#${index}`,
          options: ["claimant", "holder"],
          default: "holder",
          due: "orders",
        });
      }
      d.news("news.arbitrationSeized", {
        treaty: id,
        power: c.claimant,
        holder: c.holder,
        regions: c.regions.join(","),
      });
    }
  });
}

/**
 * A power becomes a party to a treaty in force, bound by and seeing its public part only, or
 * all of it. Public: the world learns of the accession, not of what it covers.
 */
export function accede(d: Draft, treatyId: string, power: PowerId, part: "public" | "all"): void {
  const t = d.s.treaties[treatyId];
  if (t?.status !== "inForce" || t.parties.includes(power) || !d.s.powers[power]?.alive) return;
  const w = d.treaty(treatyId);
  w.parties = [...w.parties, power];
  w.acceded = { ...(w.acceded ?? {}), [power]: part };
  w.ratifications = { ...w.ratifications, [power]: d.s.turn };
  w.signatures = [...w.signatures, power];
  d.news("news.treatyAcceded", { treaty: treatyId, name: t.name, power });
}

/**
 * The arbiters' award: the regions go to the claimant if a majority of the arbiters so
 * decide, else they stay with the holder. Awarded, the holder must comply or resist
 * (resolveTransferCompliance), as after Munich.
 */
export const resolveAwards: DecisionResolver = (d, _ctx, decisions) => {
  const byRef = new Map<string, string[]>();
  for (const x of decisions) byRef.set(x.ref, [...(byRef.get(x.ref) ?? []), x.choice ?? x.default]);
  for (const ref of [...byRef.keys()].sort()) {
    const [treatyId, at] = ref.split("#");
    const t = treatyId === undefined ? undefined : d.s.treaties[treatyId];
    const index = Number(at);
    const c = t?.clauses[index];
    if (!t || c?.kind !== "arbitration" || t.status !== "inForce") continue;
    const votes = byRef.get(ref) ?? [];
    const forClaimant = votes.filter((v) => v === "claimant").length;
    const award = forClaimant * 2 > votes.length ? "claimant" : "holder";
    const w = d.treaty(t.id);
    w.awards = { ...(w.awards ?? {}), [index]: award };
    const regions = c.regions.filter((r) => d.s.regions[r]?.owner === c.holder);
    const params = {
      treaty: t.id,
      to: award === "claimant" ? c.claimant : c.holder,
      from: c.holder,
      regions: regions.join(","),
    };
    d.news("news.arbitrationAward", params);
    if (award !== "claimant" || regions.length === 0) continue;
    openDecision(d, {
      kind: "transfer",
      power: c.holder,
      ref,
      options: ["comply", "resist"],
      default: "comply",
      due: "resolution",
    });
  }
};
