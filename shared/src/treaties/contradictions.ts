import type { Ctx } from "../engine/context.ts";
import type { PowerId, TreatyId } from "../model/state.ts";
import { canReach } from "../enforcement/reach.ts";
import type { Clause, TreatyDraft } from "./clauses.ts";
import { bindingClauses, clauseKnownTo, guarantorsOf } from "./query.ts";
import type { Known } from "../knowledge/known.ts";

export const WARNING_CODES = [
  "WARN_NEUTRALITY_PACT",
  "WARN_GUARANTEE_IN_SPHERE",
  "WARN_NO_REACH",
  "WARN_NAVAL_EXCEEDED",
  "WARN_TRANSFER_PROTECTED",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A contradiction found in a draft: shown to the player, never a refusal. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  /** Index of the draft's clause it concerns. */
  readonly clause: number;
  /** The treaty in force it contradicts, when there is one. */
  readonly treaty?: TreatyId;
}

type Assistance = Extract<Clause, { kind: "mutualAssistance" | "guarantee" }>;

/**
 * What a draft contradicts among the treaties in force, as the viewer knows them: a
 * warning never betrays a secret clause the viewer has not seen (`undefined` sees all).
 */
export function draftWarnings(
  state: Known,
  viewer: PowerId | undefined,
  draft: TreatyDraft,
  ctx: Ctx,
): Warning[] {
  const out: Warning[] = [];
  draft.clauses.forEach((c, i) => {
    switch (c.kind) {
      case "mutualAssistance":
      case "guarantee":
        neutrality(state, viewer, draft, c, i, out);
        if (c.kind === "guarantee") spheres(state, viewer, draft, c.beneficiary, i, out);
        reach(state, ctx, draft, c, i, out);
        break;
      case "navalLimitation": {
        const limited = state.powers[c.limited]?.navy ?? 0;
        const other = state.powers[c.relativeTo]?.navy ?? 0;
        if (limited > c.ratio * other) {
          out.push({
            code: "WARN_NAVAL_EXCEEDED",
            clause: i,
            message: `${c.limited}'s navy already exceeds ${Math.round(c.ratio * 100)} % of ${c.relativeTo}'s.`,
          });
        }
        break;
      }
      case "territorialTransfer":
        protectedTransfer(state, viewer, draft, c.from, i, out);
        break;
      default:
        break;
    }
  });
  return out;
}

/** Parties that would owe help under an assistance clause. */
function helpers(draft: TreatyDraft, c: Assistance): PowerId[] {
  return c.kind === "guarantee" ? c.guarantors : draft.parties;
}

/** Help against a power one has promised neutrality towards. */
function neutrality(
  state: Known,
  viewer: PowerId | undefined,
  draft: TreatyDraft,
  c: Assistance,
  i: number,
  out: Warning[],
): void {
  const obliged = helpers(draft, c);
  for (const { treaty, clause } of bindingClauses(state, "nonAggression")) {
    if (!clause.neutrality || !clauseKnownTo(treaty, clause, viewer)) continue;
    for (const p of obliged) {
      if (!treaty.parties.includes(p)) continue;
      for (const other of treaty.parties) {
        if (other === p || draft.parties.includes(other)) continue;
        if (c.against !== "any" && c.against !== other) continue;
        out.push({
          code: "WARN_NEUTRALITY_PACT",
          clause: i,
          treaty: treaty.id,
          message: `${p} has promised neutrality to ${other} in "${treaty.name}", yet would owe help against it.`,
        });
      }
    }
  }
}

/** A guarantee to a state that a spheres clause of a party hands to someone. */
function spheres(
  state: Known,
  viewer: PowerId | undefined,
  draft: TreatyDraft,
  beneficiary: PowerId,
  i: number,
  out: Warning[],
): void {
  for (const { treaty, clause } of bindingClauses(state, "spheres")) {
    if (!clauseKnownTo(treaty, clause, viewer)) continue;
    if (!treaty.parties.some((p) => draft.parties.includes(p))) continue;
    for (const s of clause.spheres) {
      if (s.power === beneficiary) continue;
      if (s.regions.some((r) => state.regions[r]?.owner === beneficiary)) {
        out.push({
          code: "WARN_GUARANTEE_IN_SPHERE",
          clause: i,
          treaty: treaty.id,
          message: `"${treaty.name}" places ${beneficiary} in ${s.power}'s sphere.`,
        });
        break;
      }
    }
  }
}

/** Help promised where the helper's forces cannot go (no passage, no sea route). */
function reach(
  state: Known,
  ctx: Ctx,
  draft: TreatyDraft,
  c: Assistance,
  i: number,
  out: Warning[],
): void {
  const beneficiaries = c.kind === "guarantee" ? [c.beneficiary] : draft.parties;
  for (const helper of helpers(draft, c)) {
    // Access granted in the same draft counts: that is how such a treaty would be fixed.
    const extraGrantors = draft.clauses.flatMap((x) =>
      x.kind === "militaryAccess" && x.grantee === helper && x.regions.length === 0
        ? [x.grantor]
        : [],
    );
    for (const b of beneficiaries) {
      if (b === helper || canReach(state, ctx, helper, b, { extraGrantors })) continue;
      out.push({
        code: "WARN_NO_REACH",
        clause: i,
        message: `${helper} cannot reach ${b}: no passage by land and no open sea route.`,
      });
    }
  }
}

/** Ceding regions of a state a party has guaranteed or promised to assist. */
function protectedTransfer(
  state: Known,
  viewer: PowerId | undefined,
  draft: TreatyDraft,
  from: PowerId,
  i: number,
  out: Warning[],
): void {
  for (const { treaty, clause } of bindingClauses(state, "guarantee")) {
    if (clause.beneficiary !== from || clause.scope !== "borders") continue;
    if (!clauseKnownTo(treaty, clause, viewer)) continue;
    const bound = guarantorsOf(treaty, clause).filter((g) => draft.parties.includes(g));
    if (bound.length > 0)
      push(
        out,
        i,
        treaty.id,
        `${bound.join(", ")} guaranteed ${from}'s borders in "${treaty.name}".`,
      );
  }
  for (const { treaty, clause } of bindingClauses(state, "mutualAssistance")) {
    if (!treaty.parties.includes(from) || !clauseKnownTo(treaty, clause, viewer)) continue;
    const bound = treaty.parties.filter((p) => p !== from && draft.parties.includes(p));
    if (bound.length > 0)
      push(
        out,
        i,
        treaty.id,
        `${bound.join(", ")} promised to assist ${from} in "${treaty.name}".`,
      );
  }
}

function push(out: Warning[], clause: number, treaty: TreatyId, message: string): void {
  out.push({ code: "WARN_TRANSFER_PROTECTED", clause, treaty, message });
}
