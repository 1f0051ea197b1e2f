import { turnIndex } from "../core/calendar.ts";
import { refuse, type RuleError } from "../core/result.ts";
import type { Ctx } from "../engine/context.ts";
import type { Actor, PowerId } from "../model/state.ts";
import type { Against, Clause, ClauseKind, TreatyDraft } from "./clauses.ts";
import { namedAggressors } from "./terms.ts";
import { draftWarnings, type Warning } from "./contradictions.ts";
import type { Known } from "../knowledge/known.ts";

/** Clauses one power can give alone: a declaration needs no counterpart. */
const UNILATERAL: ReadonlySet<ClauseKind> = new Set([
  "guarantee",
  "recognition",
  "nonIntervention",
  "demilitarisation",
]);

/**
 * Whether a draft can be proposed, and what it contradicts. An error refuses the proposal;
 * warnings do not (the client shows them before the player proposes or signs).
 */
export function checkDraft(
  state: Known,
  by: Actor,
  draft: TreatyDraft,
  ctx: Ctx,
): { error?: RuleError; warnings: Warning[] } {
  const error = validateDraft(state, by, draft, ctx);
  if (error) return { error, warnings: [] };
  return { warnings: draftWarnings(state, by === "system" ? undefined : by, draft, ctx) };
}

export function validateDraft(
  state: Known,
  by: Actor,
  draft: TreatyDraft,
  ctx: Ctx,
): RuleError | undefined {
  const parties = draft.parties;
  if (new Set(parties).size !== parties.length) {
    return refuse("ERR_INVALID_TREATY", "A power is named twice among the parties.");
  }
  for (const p of parties) {
    const e = livingPower(state, p);
    if (e) return e;
  }
  if (by !== "system" && !parties.includes(by)) {
    return refuse("ERR_NOT_A_PARTY", "You can only propose a treaty to which you are a party.");
  }
  if (parties.length < 2 && !draft.clauses.every((c) => UNILATERAL.has(c.kind))) {
    return refuse(
      "ERR_INVALID_TREATY",
      "A treaty needs at least two parties, unless every clause is a unilateral declaration.",
    );
  }
  for (let i = 0; i < draft.clauses.length; i++) {
    const clause = draft.clauses[i] as Clause;
    const e =
      checkClause(state, ctx, parties, clause) ??
      checkQualifier(draft.clauses, i, clause) ??
      checkAccession(state, by, parties, clause);
    if (e) return refuse(e.code, `Clause ${i + 1}: ${e.message}`);
  }
  if (draft.entry?.on !== undefined) {
    const on = turnIndex(draft.entry.on);
    if (on === undefined || on < state.turn)
      return refuse("ERR_INVALID_TREATY", `Entry into force on ${draft.entry.on} is not to come.`);
  }
  return undefined;
}

/** A qualifying clause names another clause of the same treaty, a promise of help. */
function checkQualifier(clauses: readonly Clause[], i: number, c: Clause): RuleError | undefined {
  if (c.kind !== "qualifies") return undefined;
  const target = clauses[c.clause];
  if (c.clause === i || !target)
    return refuse("ERR_INVALID_TREATY", "It must qualify another article of this treaty.");
  if (target.kind !== "mutualAssistance" && target.kind !== "guarantee")
    return refuse("ERR_INVALID_TREATY", "Only a promise of assistance can be qualified.");
  return undefined;
}

/**
 * An accession protocol: the treaty (which the proposer must know of: an unknown treaty and
 * a treaty one cannot see are refused alike) is in force, the acceding power is not a party,
 * and the protocol's parties are the treaty's parties and the acceding power.
 */
function checkAccession(
  state: Known,
  by: Actor,
  parties: readonly PowerId[],
  c: Clause,
): RuleError | undefined {
  if (c.kind !== "accession") return undefined;
  const t = state.treaties[c.treaty];
  const visible =
    t !== undefined &&
    (by === "system" ||
      t.parties.includes(by) ||
      t.public ||
      t.revealedTo.includes(by) ||
      t.clauses.some((k) => !k.secret));
  if (!t || !visible) return refuse("ERR_UNKNOWN_TREATY", "There is no such treaty.");
  if (t.status !== "inForce")
    return refuse("ERR_INVALID_TREATY", "Only a treaty in force can be acceded to.");
  if (t.parties.includes(c.power))
    return refuse("ERR_ALREADY_DONE", `${c.power} is already a party.`);
  const want = [...t.parties, c.power].sort().join();
  if ([...parties].sort().join() !== want)
    return refuse(
      "ERR_INVALID_TREATY",
      "The protocol's parties must be the treaty's parties and the acceding power.",
    );
  return undefined;
}

function livingPower(state: Known, p: PowerId): RuleError | undefined {
  const power = state.powers[p];
  if (!power) return refuse("ERR_UNKNOWN_POWER", `There is no power ${p}.`);
  if (!power.alive) return refuse("ERR_INVALID_TREATY", `${p} no longer exists.`);
  return undefined;
}

function mustBeParty(parties: readonly PowerId[], p: PowerId, role: string) {
  return parties.includes(p)
    ? undefined
    : refuse("ERR_NOT_A_PARTY", `The ${role} (${p}) must be a party to the treaty.`);
}

function landRegions(ctx: Ctx, regions: readonly string[], allowOffmap: boolean) {
  for (const r of regions) {
    const def = ctx.regions.get(r);
    if (!def) return refuse("ERR_UNKNOWN_REGION", `There is no region ${r}.`);
    if (def.kind === "sea" || (def.kind === "offmap" && !allowOffmap)) {
      return refuse("ERR_INVALID_TREATY", `${r} is not a land region.`);
    }
  }
  return undefined;
}

function checkClause(
  state: Known,
  ctx: Ctx,
  parties: readonly PowerId[],
  c: Clause,
): RuleError | undefined {
  switch (c.kind) {
    case "mutualAssistance":
      return (
        checkAssistance(state, parties, c.against, c.conditions) ??
        landRegions(ctx, Array.isArray(c.territory) ? c.territory : [], true)
      );
    case "guarantee": {
      for (const g of c.guarantors) {
        const e = mustBeParty(parties, g, "guarantor");
        if (e) return e;
      }
      if (!state.powers[c.beneficiary]) {
        return refuse("ERR_UNKNOWN_POWER", `There is no power ${c.beneficiary}.`);
      }
      if (c.guarantors.includes(c.beneficiary)) {
        return refuse("ERR_INVALID_TREATY", "A power cannot guarantee itself.");
      }
      if (namedAggressors(c.against).includes(c.beneficiary)) {
        return refuse("ERR_INVALID_TREATY", "A guarantee cannot be aimed at its beneficiary.");
      }
      return (
        checkAssistance(state, [], c.against, c.conditions) ??
        landRegions(ctx, Array.isArray(c.territory) ? c.territory : [], true)
      );
    }
    case "qualifies":
      return checkAssistance(state, parties, c.against ?? "any", c.conditions);
    case "arbitration": {
      for (const a of c.arbiters) {
        const e = mustBeParty(parties, a, "arbiter");
        if (e) return e;
        if (a === c.claimant || a === c.holder)
          return refuse("ERR_INVALID_TREATY", "A state in the dispute cannot be its arbiter.");
      }
      const e =
        mustBeParty(parties, c.claimant, "claimant") ?? mustBeParty(parties, c.holder, "holder");
      if (e) return e;
      if (c.claimant === c.holder)
        return refuse("ERR_INVALID_TREATY", "An arbitration needs two states in dispute.");
      return landRegions(ctx, c.regions, true) ?? ownedBy(state, c.regions, [c.holder], c.holder);
    }
    case "accession":
      return undefined;
    case "militaryAccess": {
      const e =
        mustBeParty(parties, c.grantor, "grantor") ?? mustBeParty(parties, c.grantee, "grantee");
      if (e) return e;
      if (c.grantor === c.grantee) {
        return refuse("ERR_INVALID_TREATY", "A power needs no access to its own territory.");
      }
      return (
        landRegions(ctx, c.regions, true) ?? ownedBy(state, c.regions, [c.grantor], "the grantor")
      );
    }
    case "spheres": {
      for (const s of c.spheres) {
        const e = mustBeParty(parties, s.power, "power given a sphere");
        if (e) return e;
        const r = landRegions(ctx, s.regions, true);
        if (r) return r;
      }
      return undefined;
    }
    case "territorialTransfer":
      return checkTransfer(state, ctx, parties, c);
    case "demilitarisation":
      return (
        landRegions(ctx, c.regions, false) ??
        ownedBy(state, c.regions, parties, "a party to the treaty")
      );
    case "navalLimitation": {
      const e =
        mustBeParty(parties, c.limited, "limited power") ??
        mustBeParty(parties, c.relativeTo, "reference power");
      if (e) return e;
      return c.limited === c.relativeTo
        ? refuse("ERR_INVALID_TREATY", "A navy cannot be limited relative to itself.")
        : undefined;
    }
    case "recognition":
      if (!state.powers[c.government]) {
        return refuse("ERR_UNKNOWN_POWER", `There is no power ${c.government}.`);
      }
      return landRegions(ctx, c.regions, true);
    case "nonAggression":
    case "consultation":
    case "militaryConvention":
    case "trade":
    case "nonIntervention":
      return undefined;
  }
}

function checkAssistance(
  state: Known,
  parties: readonly PowerId[],
  against: Against,
  conditions: ReadonlyArray<{ kind: string; power?: string }>,
): RuleError | undefined {
  for (const p of namedAggressors(against)) {
    if (!state.powers[p]) return refuse("ERR_UNKNOWN_POWER", `There is no power ${p}.`);
    if (parties.includes(p)) {
      return refuse("ERR_INVALID_TREATY", "Assistance cannot be aimed at a party to the treaty.");
    }
  }
  for (const cond of conditions) {
    if (cond.power !== undefined && !state.powers[cond.power]) {
      return refuse("ERR_UNKNOWN_POWER", `There is no power ${cond.power}.`);
    }
  }
  return undefined;
}

function ownedBy(
  state: Known,
  regions: readonly string[],
  owners: readonly PowerId[],
  who: string,
): RuleError | undefined {
  for (const r of regions) {
    const owner = state.regions[r]?.owner;
    if (!owner || !owners.includes(owner)) {
      return refuse("ERR_INVALID_TREATY", `${r} does not belong to ${who}.`);
    }
  }
  return undefined;
}

/**
 * A transfer's receiver must be a party; the losing state need not be (Munich, 29
 * September 1938, was settled without Czechoslovakia). Its date may not lie in the past.
 */
function checkTransfer(
  state: Known,
  ctx: Ctx,
  parties: readonly PowerId[],
  c: Extract<Clause, { kind: "territorialTransfer" }>,
): RuleError | undefined {
  const e = mustBeParty(parties, c.to, "receiving power");
  if (e) return e;
  if (!state.powers[c.from]) return refuse("ERR_UNKNOWN_POWER", `There is no power ${c.from}.`);
  if (c.from === c.to) return refuse("ERR_INVALID_TREATY", "A power cannot cede to itself.");
  const r = landRegions(ctx, c.regions, true) ?? ownedBy(state, c.regions, [c.from], c.from);
  if (r) return r;
  if (c.on !== undefined) {
    const on = turnIndex(c.on);
    if (on === undefined) return refuse("ERR_INVALID_TREATY", `${c.on} is not a turn of the game.`);
    if (on < state.turn) return refuse("ERR_INVALID_TREATY", `${c.on} is already past.`);
  }
  return undefined;
}

/** The warnings a party sees before signing a proposal: what it contradicts now. */
export function signatureWarnings(
  state: Known,
  by: PowerId,
  treatyId: string,
  ctx: Ctx,
): Warning[] {
  const t = state.treaties[treatyId];
  if (!t) return [];
  const draft: TreatyDraft = {
    name: t.name,
    parties: t.parties,
    clauses: t.clauses,
    duration: t.duration,
  };
  return draftWarnings(state, by, draft, ctx);
}
