import { z } from "zod";
import { lineText } from "../core/text.ts";
import { PowerIdSchema, RegionIdSchema, TurnLabelSchema } from "../scenario/conditions.ts";

/**
 * Conditions on an assistance clause: help is owed only when they hold. They express the
 * period's hedged promises — the Soviet–Czechoslovak protocol (16 May 1935) bound the USSR
 * only if France helped first; the British guarantee to Poland (31 March 1939) applied if
 * Poland chose to resist.
 */
export const AssistConditionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("thirdPartyActs"), power: PowerIdSchema }),
  z.strictObject({ kind: z.literal("leagueFinding") }),
  z.strictObject({ kind: z.literal("victimResists") }),
]);
export type AssistCondition = z.infer<typeof AssistConditionSchema>;

const base = { secret: z.boolean().default(false) };
const assistance = {
  mode: z.enum(["automatic", "consultative"]),
  /** "any" aggressor, or only a named one (the Franco-Polish alliance looked at Germany). */
  against: z.union([z.literal("any"), PowerIdSchema]).default("any"),
  conditions: z.array(AssistConditionSchema).default([]),
};

export const ClauseSchema = z.discriminatedUnion("kind", [
  /** The parties will not attack one another; with neutrality, nor help an attacker of one. */
  z.strictObject({
    kind: z.literal("nonAggression"),
    neutrality: z.boolean().default(false),
    ...base,
  }),
  z.strictObject({ kind: z.literal("consultation"), ...base }),
  /** Every party helps any other party that is attacked. */
  z.strictObject({ kind: z.literal("mutualAssistance"), ...assistance, ...base }),
  /** One-way: the guarantors help the beneficiary if it is attacked. */
  z.strictObject({
    kind: z.literal("guarantee"),
    guarantors: z.array(PowerIdSchema).min(1),
    beneficiary: PowerIdSchema,
    scope: z.enum(["independence", "borders"]),
    ...assistance,
    ...base,
  }),
  z.strictObject({
    kind: z.literal("militaryAccess"),
    grantor: PowerIdSchema,
    grantee: PowerIdSchema,
    /** Empty means the grantor's whole territory. */
    regions: z.array(RegionIdSchema).default([]),
    ...base,
  }),
  /** Turns a promise into effective help: forces committed and staff talks held. */
  z.strictObject({
    kind: z.literal("militaryConvention"),
    forces: z.number().min(0).max(1).default(0.3),
    staffTalks: z.boolean().default(true),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("spheres"),
    spheres: z
      .array(z.strictObject({ power: PowerIdSchema, regions: z.array(RegionIdSchema).min(1) }))
      .min(1),
    ...base,
  }),
  /** A dated transfer; the losing state need not be a party (Munich, 29 September 1938). */
  z.strictObject({
    kind: z.literal("territorialTransfer"),
    regions: z.array(RegionIdSchema).min(1),
    from: PowerIdSchema,
    to: PowerIdSchema,
    on: TurnLabelSchema.optional(),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("demilitarisation"),
    regions: z.array(RegionIdSchema).min(1),
    ...base,
  }),
  /** The limited party keeps its navy at or below `ratio` of the other's (35 %, June 1935). */
  z.strictObject({
    kind: z.literal("navalLimitation"),
    limited: PowerIdSchema,
    relativeTo: PowerIdSchema,
    ratio: z.number().min(0).max(2),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("trade"),
    volume: z.number().min(0).max(10).default(1),
    ...base,
  }),
  z.strictObject({ kind: z.literal("nonIntervention"), conflict: z.string().min(1), ...base }),
  z.strictObject({
    kind: z.literal("recognition"),
    government: PowerIdSchema,
    regions: z.array(RegionIdSchema).default([]),
    ...base,
  }),
]);
export type Clause = z.infer<typeof ClauseSchema>;
export type ClauseInput = z.input<typeof ClauseSchema>;
export type ClauseKind = Clause["kind"];
export const CLAUSE_KINDS = ClauseSchema.options.map((o) => o.shape.kind.value) as ClauseKind[];

export const TreatyDraftSchema = z.strictObject({
  name: lineText(120),
  parties: z.array(PowerIdSchema).min(1).max(12),
  clauses: z.array(ClauseSchema).min(1).max(20),
  /** In turns; absent means without term. */
  duration: z.number().int().min(1).max(40).optional(),
});
export type TreatyDraft = z.infer<typeof TreatyDraftSchema>;
export type TreatyDraftInput = z.input<typeof TreatyDraftSchema>;
